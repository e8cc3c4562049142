"""The Q&A model: what a bank is, independent of any site engine.

Line numbers are 1-based and refer to the bank file as the user sees it in an
editor. Ranges are half-open: ``Span(5, 9)`` covers lines 5, 6, 7 and 8.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from .vocabulary import DEFAULT_VOCABULARY, Vocabulary


@dataclass(frozen=True)
class Span:
    """A half-open range of 1-based source lines."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def __str__(self) -> str:
        if self.end - self.start <= 1:
            return f"line {self.start}"
        return f"lines {self.start}-{self.end - 1}"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """Something the user should know about a bank, with where and what to change."""

    line: int
    message: str
    severity: Severity = Severity.WARNING

    def format(self, path: str) -> str:
        return f"{path}:{self.line}: {self.message}"


class PartKind(StrEnum):
    """Where a run of source lines belongs. Every line of a bank has exactly one."""

    FRONT_MATTER = "front-matter"
    INTRO = "intro"
    SECTION = "section"
    QUESTION = "question"
    ANSWER = "answer"


@dataclass(frozen=True)
class Part:
    kind: PartKind
    span: Span
    question: int | None = None  # index into Bank.questions for QUESTION/ANSWER parts


@dataclass(frozen=True)
class Choice:
    """An option of a multiple-choice question."""

    text: str
    correct: bool


@dataclass
class Question:
    """One question of a bank.

    ``title`` is inline Markdown without the number prefix; ``prompt`` is any
    Markdown shown with the question (details, code, options); ``answer`` is the
    answer Markdown, ``None`` when the bank gives no answer yet.
    """

    id: str
    position: int
    title: str
    prompt: str
    answer: str | None
    number: str | None = None
    own_tags: tuple[str, ...] = ()
    bank_tags: tuple[str, ...] = ()
    section: str | None = None
    section_index: int | None = None  # index into Bank.sections
    span: Span = Span(1, 1)
    explicit_id: bool = False
    marks: str = ""
    choices: tuple[Choice, ...] = ()

    @property
    def tags(self) -> tuple[str, ...]:
        """Bank tags first, then the question's own, without duplicates."""
        return tuple(dict.fromkeys(self.bank_tags + self.own_tags))

    @property
    def has_answer(self) -> bool:
        return self.answer is not None


@dataclass
class Section:
    """A heading above the question level that groups the questions below it."""

    title: str
    intro: str
    span: Span
    level: int = 2


@dataclass
class Bank:
    """A parsed bank file.

    ``anchors`` maps anchors of the original file (``1-what-is-x``,
    ``question-1``) to question ids, for links between questions.
    """

    path: str
    slug: str
    title: str
    tags: tuple[str, ...]
    intro: str
    style: str
    questions: list[Question] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    parts: list[Part] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    description: str = ""
    anchors: dict[str, str] = field(default_factory=dict)
    styles: dict[str, int] = field(default_factory=dict)  # questions read in each style
    question_share: float = 0.0  # share of the non-blank lines (front matter aside) in questions
    vocabulary: Vocabulary = DEFAULT_VOCABULARY  # the bank's structure words (answer labels)

    @property
    def unanswered(self) -> list[Question]:
        return [q for q in self.questions if not q.has_answer]

    @cached_property
    def _questions_by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    def question(self, question_id: str) -> Question:
        """The question with this id; a dict look-up, as links between questions call it per link."""
        return self._questions_by_id[question_id]
