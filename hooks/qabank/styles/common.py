"""What every style returns, and the assembly they share.

A style finds *markers*: lines where a section or a question starts. A question
runs from its marker to the next marker (or the end of the file), so every line
after the intro belongs to exactly one section or question.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Problem
from ..source import Block, Source
from ..vocabulary import DEFAULT_VOCABULARY, Vocabulary

NUMBERED = re.compile(r"^\s*(?:Q(?:uestion)?\s*)?\d+\s*[.):]|^\s*Q(?:uestion)?\s*[.:]", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
_CODE_TAG = re.compile(r"<code>((?:(?!</?code>).)*?)</code>", re.IGNORECASE | re.DOTALL)


def answer_label(line: str, vocabulary: Vocabulary = DEFAULT_VOCABULARY) -> str | None:
    """The text after an answer label on ``line``, or ``None`` if it is no label."""
    return vocabulary.answer_label(line)


def html_to_inline(fragment: str) -> str:
    """Inline Markdown from a small HTML fragment such as a ``<summary>``."""
    text = _CODE_TAG.sub(lambda m: f"`{html.unescape(m.group(1))}`", fragment)
    return html.unescape(_TAG.sub("", text)).strip()


@dataclass(frozen=True)
class LineRange:
    """A 0-based, half-open range of lines."""

    start: int
    end: int


@dataclass
class RawQuestion:
    """Where one question's parts are. ``*_text`` override the raw lines when a style rewrites them."""

    title: str
    span: LineRange
    prompt: LineRange
    answer: LineRange | None
    answer_first_line: str | None = None
    section: str | None = None
    prompt_text: str | None = None
    answer_text: str | None = None
    style: str = ""
    section_index: int | None = None


@dataclass
class RawSection:
    title: str
    intro: str
    span: LineRange
    level: int = 2


@dataclass
class Split:
    style: str
    intro_end: int
    title: str | None = None
    title_line: int | None = None
    questions: list[RawQuestion] = field(default_factory=list)
    sections: list[RawSection] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    styles: dict[str, int] = field(default_factory=dict)  # questions found by each style

    @property
    def answered(self) -> int:
        return sum(q.answer is not None for q in self.questions)


@dataclass(frozen=True)
class Marker:
    """A section or question start. ``build`` receives the exclusive end line of its span."""

    start: int
    build: Callable[[int, str | None], RawQuestion] | None = None
    section: str | None = None
    section_body_start: int = 0
    style: str = ""
    evidence: bool = True  # the marker carries the style's own mark (an answer, a summary, a bold question)
    level: int = 0  # a section's heading level
    weak: bool = False  # evidence of a question only where nothing stronger is around ("**1. Basics**")


class Blocks:
    """Top-level blocks with fast look-ups by line."""

    def __init__(self, blocks: Iterable[Block]) -> None:
        self.blocks = list(blocks)
        self.starts = [b.start for b in self.blocks]

    def first(self, start: int, end: int, accept: Callable[[Block], bool]) -> Block | None:
        for index in range(bisect.bisect_left(self.starts, start), len(self.blocks)):
            block = self.blocks[index]
            if block.start >= end:
                return None
            if accept(block):
                return block
        return None


def most_common(levels: Iterable[int]) -> int | None:
    counts = Counter(levels)
    if not counts:
        return None
    return max(counts, key=lambda level: (counts[level], level))


def document_title(source: Source) -> tuple[str | None, int | None]:
    """A level-1 heading that is the first block of the body is the bank title."""
    for block in source.blocks:
        if block.type == "heading" and block.level == 1:
            return block.inline.strip(), block.start
        if block.type not in ("html_block",):
            return None, None
    return None, None


def assemble(source: Source, style: str, markers: list[Marker], title_line: int | None = None) -> Split:
    """Turn sorted markers into sections and questions covering the rest of the file."""
    end_of_file = len(source.lines)
    title = None
    if title_line is not None:
        title = next(b.inline.strip() for b in source.blocks if b.start == title_line)
    split = Split(style=style, intro_end=end_of_file, title=title, title_line=title_line)
    if markers:
        split.intro_end = markers[0].start
    section: str | None = None
    section_index: int | None = None
    for index, marker in enumerate(markers):
        end = markers[index + 1].start if index + 1 < len(markers) else end_of_file
        if marker.build is None:
            section = marker.section
            intro = source.line_text(marker.section_body_start, end).strip("\n")
            split.sections.append(RawSection(section or "", intro, LineRange(marker.start, end), marker.level or 2))
            section_index = len(split.sections) - 1
        else:
            question = marker.build(end, section)
            question.section_index = section_index
            question.style = question.style or marker.style or style
            split.questions.append(question)
    return split


def heading_sections(source: Source, below: int, skip: int | None) -> list[Marker]:
    """Markers for headings above the question level ``below`` (all headings when ``below`` is 7)."""
    return [
        Marker(b.start, section=b.inline.strip(), section_body_start=b.end, level=b.level)
        for b in source.headings
        if b.level < below and b.start != skip
    ]


def assemble_under_headings(source: Source, style: str, questions: list[Marker]) -> Split:
    """Assemble questions that are not headings: every heading (but the title) is a section."""
    if not questions:
        return Split(style=style, intro_end=len(source.lines))
    _, title_line = document_title(source)
    markers = heading_sections(source, 7, title_line) + questions
    markers.sort(key=lambda m: m.start)
    return assemble(source, style, markers, title_line)


def dedent(lines: list[str], width: int) -> list[str]:
    """Remove up to ``width`` columns of indentation (list item continuation)."""
    out = []
    for line in lines:
        expanded = line.expandtabs(4)
        strip = min(width, len(expanded) - len(expanded.lstrip(" ")))
        out.append(expanded[strip:])
    return out
