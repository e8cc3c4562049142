"""Bank styles: where each question, its prompt and its answer start and end.

A style works on the CommonMark blocks of :class:`~qabank.source.Source` and
returns a :class:`Split` of 0-based, half-open line ranges. Adding a style means
adding a splitter here and a name in :data:`SPLITTERS`; the parser does the rest.

Styles:

``label``
    A heading per question, then an answer label line (``**Answer:**``). This
    is the style of the seed bank.
``heading``
    A heading per question; the answer is everything below it until the next
    heading of the same or a higher level.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .model import Problem
from .source import Block, Source

ANSWER_LABEL = re.compile(
    r"""^[ ]{0,3}(?:
        (?P<bold>\*\*|__)\s*(?:answer|ans|a)\s*(?P<inner>[:\uff1a])?\s*(?P=bold)\s*(?P<outer>[:\uff1a])?
      | (?:answer|ans|a)\s*[:\uff1a]
    )(?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE,
)


def answer_label(line: str) -> str | None:
    """The text after an answer label on ``line``, or ``None`` if it is no label."""
    match = ANSWER_LABEL.match(line)
    if not match:
        return None
    rest = match.group("rest")
    if match.group("bold") and not (match.group("inner") or match.group("outer")) and rest.strip():
        return None
    return rest.strip()


@dataclass(frozen=True)
class LineRange:
    start: int
    end: int


@dataclass
class RawQuestion:
    title: str
    span: LineRange
    prompt: LineRange
    answer: LineRange | None
    answer_first_line: str | None = None
    section: str | None = None


@dataclass
class RawSection:
    title: str
    intro: str
    span: LineRange


@dataclass
class Split:
    style: str
    intro_end: int
    title: str | None = None
    title_line: int | None = None
    questions: list[RawQuestion] = field(default_factory=list)
    sections: list[RawSection] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _most_common_level(levels: list[int]) -> int | None:
    if not levels:
        return None
    counts = Counter(levels)
    return max(counts, key=lambda level: (counts[level], level))


def _label_blocks(source: Source) -> list[Block]:
    return [b for b in source.blocks if b.type == "paragraph" and answer_label(source.lines[b.start]) is not None]


def _heading_before(headings: list[Block], line: int) -> Block | None:
    before = [h for h in headings if h.start < line]
    return before[-1] if before else None


def _first_in(blocks: list[Block], start: int, end: int) -> Block | None:
    return next((b for b in blocks if start <= b.start < end), None)


_NUMBERED = re.compile(r"^\s*(?:Q(?:uestion)?\s*)?\d+\s*[.):]|^\s*Q(?:uestion)?\s*[.:]", re.IGNORECASE)


def _split_by_headings(source: Source, style: str, level: int, labels: list[Block]) -> Split:
    headings = [b for b in source.blocks if b.type == "heading"]
    end_of_file = len(source.lines)
    title = title_line = None
    first = headings[0] if headings else None
    if first is not None and first.level == 1 and level > 1:
        title, title_line = first.inline.strip(), first.start
        headings = headings[1:]

    def segment_end(index: int) -> int:
        for later in headings[index + 1 :]:
            if later.level <= level:
                return later.start
        return end_of_file

    candidates = [i for i, h in enumerate(headings) if h.level == level]
    if style == "label":
        numbered = sum(bool(_NUMBERED.match(headings[i].inline)) for i in candidates)
        mostly_numbered = numbered * 5 >= len(candidates) * 4

        def is_question(i: int) -> bool:
            has_label = _first_in(labels, headings[i].end, segment_end(i)) is not None
            return has_label or not mostly_numbered or bool(_NUMBERED.match(headings[i].inline))
    else:

        def is_question(i: int) -> bool:
            return True

    boundaries: list[tuple[int, str]] = []
    for i, heading in enumerate(headings):
        if heading.level < level:
            boundaries.append((i, "section"))
        elif heading.level == level and is_question(i):
            boundaries.append((i, "question"))

    split = Split(style=style, intro_end=end_of_file, title=title, title_line=title_line)
    if boundaries:
        split.intro_end = headings[boundaries[0][0]].start
    section_title: str | None = None
    for n, (i, kind) in enumerate(boundaries):
        heading = headings[i]
        end = headings[boundaries[n + 1][0]].start if n + 1 < len(boundaries) else end_of_file
        span = LineRange(heading.start, end)
        if kind == "section":
            section_title = heading.inline.strip()
            intro = source.line_text(heading.end, end).strip("\n")
            split.sections.append(RawSection(section_title, intro, span))
            continue
        answer = None
        first_line = None
        prompt = LineRange(heading.end, heading.end)
        if style == "label":
            label = _first_in(labels, heading.end, end)
            if label is not None:
                prompt = LineRange(heading.end, label.start)
                answer = LineRange(label.start, end)
                first_line = answer_label(source.lines[label.start])
            else:
                prompt = LineRange(heading.end, end)
        else:
            answer = LineRange(heading.end, end)
        split.questions.append(RawQuestion(heading.inline, span, prompt, answer, first_line, section_title))
    return split


def split_label(source: Source) -> Split:
    labels = _label_blocks(source)
    headings = [b for b in source.blocks if b.type == "heading"]
    levels = [h.level for h in (_heading_before(headings, b.start) for b in labels) if h is not None]
    level = _most_common_level(levels)
    if level is None:
        return split_heading(source)
    return _split_by_headings(source, "label", level, labels)


def split_heading(source: Source) -> Split:
    headings = [b for b in source.blocks if b.type == "heading"]
    asking = [h.level for h in headings if h.inline.rstrip().endswith(("?", "\uff1f"))]
    level = _most_common_level(asking)
    if level is None:
        rest = headings[1:] if headings and headings[0].level == 1 else headings
        level = _most_common_level([h.level for h in rest])
    if level is None:
        return Split(style="heading", intro_end=len(source.lines))
    return _split_by_headings(source, "heading", level, [])


SPLITTERS: dict[str, Callable[[Source], Split]] = {
    "label": split_label,
    "heading": split_heading,
}


def detect(source: Source) -> str:
    """Pick the style that fits the file."""
    return "label" if _label_blocks(source) else "heading"


def split(source: Source, style: object = None) -> Split:
    """Split ``source`` with the given style name, or the detected one."""
    problems: list[Problem] = []
    if style is not None and style not in SPLITTERS:
        problems.append(
            Problem(
                2,
                f"unknown style '{style}' in front matter 'qa: style'; use one of "
                f"{', '.join(sorted(SPLITTERS))}; the style was detected instead",
            )
        )
        style = None
    result = SPLITTERS[str(style) if style else detect(source)](source)
    result.problems = problems + result.problems
    return result
