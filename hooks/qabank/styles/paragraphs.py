"""Styles where a paragraph line is the question.

``bold`` (style H): a paragraph or list item whose first line is bold and asks
something, ``**What is X?**``; the answer is what follows.

``plain`` (style I): ``Q1. …`` or ``Q: …`` lines, answered by an ``A: …`` line.
"""

from __future__ import annotations

import bisect
import re

from ..source import Source
from .common import LineRange, Marker, RawQuestion, Split, assemble_under_headings
from .list_items import bold_item_markers, bold_question

PLAIN_QUESTION = re.compile(r"^\s{0,3}Q(?:uestion)?\s*(?P<num>\d+)?\s*[.:)]\s*(?P<text>\S.*)$", re.IGNORECASE)
PLAIN_ANSWER = re.compile(r"^\s{0,3}(?:A(?:nswer)?\s*(?:\d+\s*)?:|A\d+\s*[.)])\s*(?P<rest>.*)$", re.IGNORECASE)


def _paragraph_lines(source: Source):
    for block in source.blocks:
        if block.type == "paragraph":
            yield from range(block.start, block.end)


def split_bold(source: Source) -> Split:
    markers = []
    for block in source.blocks:
        if block.type != "paragraph":
            continue
        title = bold_question(source.lines[block.start])
        if title is None:
            continue

        def build(end: int, section: str | None, start: int = block.start, title: str = title) -> RawQuestion:
            has_answer = any(line.strip() for line in source.lines[start + 1 : end])
            answer = LineRange(start + 1, end) if has_answer else None
            return RawQuestion(title, LineRange(start, end), LineRange(start + 1, start + 1), answer, section=section)

        markers.append(Marker(block.start, build=build))
    return assemble_under_headings(source, "bold", markers + bold_item_markers(source))


def split_plain(source: Source) -> Split:
    paragraph_lines = list(_paragraph_lines(source))
    answer_lines = [i for i in paragraph_lines if PLAIN_ANSWER.match(source.lines[i])]
    markers = []
    for line in paragraph_lines:
        match = PLAIN_QUESTION.match(source.lines[line])
        if match is None or PLAIN_ANSWER.match(source.lines[line]):
            continue

        def build(
            end: int, section: str | None, start: int = line, title: str = source.lines[line].strip()
        ) -> RawQuestion:
            index = bisect.bisect_right(answer_lines, start)
            label = answer_lines[index] if index < len(answer_lines) and answer_lines[index] < end else None
            if label is None:
                return RawQuestion(title, LineRange(start, end), LineRange(start + 1, end), None, section=section)
            rest = PLAIN_ANSWER.match(source.lines[label]).group("rest")
            return RawQuestion(
                title,
                LineRange(start, end),
                LineRange(start + 1, label),
                LineRange(label, end),
                answer_first_line=rest,
                section=section,
            )

        markers.append(Marker(line, build=build))
    return assemble_under_headings(source, "plain", markers)
