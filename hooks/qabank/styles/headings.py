"""Styles where a heading is the question.

``label`` (style A): an answer label line (``**Answer:**``) starts the answer;
anything between the heading and the label belongs to the question.

``heading`` (style B): the answer is everything below the heading until the
next heading of the same or a higher level.

The question level is inferred per file; deeper headings belong to answers and
higher ones are sections.
"""

from __future__ import annotations

import bisect

from ..source import Block, Source
from .common import (
    NUMBERED,
    Blocks,
    LineRange,
    Marker,
    RawQuestion,
    Split,
    assemble,
    document_title,
    heading_sections,
    most_common,
)


def _is_label(source: Source):
    vocabulary = source.vocabulary
    return lambda b: b.type == "paragraph" and vocabulary.answer_label(source.lines[b.start]) is not None


def _headings(source: Source, skip: int | None) -> list[Block]:
    return [b for b in source.headings if b.start != skip]


def _segment_ends(headings: list[Block], level: int, end_of_file: int) -> list[int]:
    """For each heading, where the next heading of ``level`` or higher starts."""
    ends = [end_of_file] * len(headings)
    next_start = end_of_file
    for index in range(len(headings) - 1, -1, -1):
        ends[index] = next_start
        if headings[index].level <= level:
            next_start = headings[index].start
    return ends


def _question_level_by_labels(source: Source, headings: list[Block], blocks: Blocks) -> int | None:
    starts = [h.start for h in headings]
    levels = []
    for block in blocks.blocks:
        if _is_label(source)(block):
            index = bisect.bisect_left(starts, block.start) - 1
            if index >= 0:
                levels.append(headings[index].level)
    return most_common(levels)


def _split(source: Source, style: str, level: int, title_line: int | None, blocks: Blocks) -> Split:
    headings = _headings(source, title_line)
    ends = _segment_ends(headings, level, len(source.lines))
    is_label = _is_label(source)
    candidates = [i for i, h in enumerate(headings) if h.level == level]
    numbered = sum(bool(NUMBERED.match(headings[i].inline)) for i in candidates)
    mostly_numbered = numbered * 5 >= len(candidates) * 4

    markers = heading_sections(source, level, title_line)
    for i in candidates:
        heading = headings[i]
        label = blocks.first(heading.end, ends[i], is_label) if style == "label" else None
        # In a numbered bank, an unnumbered heading without a label is part of the answer above.
        if style == "label" and label is None and mostly_numbered and not NUMBERED.match(heading.inline):
            continue
        markers.append(Marker(heading.start, build=_builder(source, style, heading, label)))
    markers.sort(key=lambda m: m.start)
    return assemble(source, style, markers, title_line)


def _builder(source: Source, style: str, heading: Block, label: Block | None):
    def build(end: int, section: str | None) -> RawQuestion:
        span = LineRange(heading.start, end)
        if style == "heading":
            return RawQuestion(
                heading.inline, span, LineRange(heading.end, heading.end), LineRange(heading.end, end), section=section
            )
        if label is None or label.start >= end:
            return RawQuestion(heading.inline, span, LineRange(heading.end, end), None, section=section)
        return RawQuestion(
            heading.inline,
            span,
            LineRange(heading.end, label.start),
            LineRange(label.start, end),
            answer_first_line=source.vocabulary.answer_label(source.lines[label.start]),
            section=section,
        )

    return build


def split_label(source: Source) -> Split:
    _, title_line = document_title(source)
    blocks = Blocks(source.blocks)
    level = _question_level_by_labels(source, _headings(source, title_line), blocks)
    if level == 1 and title_line is not None:
        title_line = None
        level = _question_level_by_labels(source, _headings(source, None), blocks)
    if level is None:
        return Split(style="label", intro_end=len(source.lines))
    return _split(source, "label", level, title_line, blocks)


def _heading_level(headings: list[Block]) -> int | None:
    asking = [h.level for h in headings if h.inline.rstrip().endswith(("?", "\uff1f"))]
    return most_common(asking) or most_common(h.level for h in headings)


def split_heading(source: Source) -> Split:
    _, title_line = document_title(source)
    level = _heading_level(_headings(source, title_line))
    if level == 1 and title_line is not None:
        title_line = None
        level = _heading_level(_headings(source, None))
    if level is None:
        return Split(style="heading", intro_end=len(source.lines))
    return _split(source, "heading", level, title_line, Blocks(source.blocks))
