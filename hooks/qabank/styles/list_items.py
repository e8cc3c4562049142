"""Styles where a list item is the question; CommonMark decides where an item ends.

``list-heading`` (style C): ``1. ### Question`` with the answer as the item's
indented continuation.

Bold list items (``- **What is X?**``, the answer below it in the same item)
are found here too and joined with bold paragraphs in :mod:`.paragraphs`.
"""

from __future__ import annotations

import re

from ..source import ListItem, Source
from ..vocabulary import is_navigation, split_trailing_marks
from .common import (
    NUMBERED,
    LineRange,
    Marker,
    RawQuestion,
    Split,
    assemble_under_headings,
    dedent,
)

_MARKER = re.compile(r"^ *(?:\d{1,9}[.)]|[-+*])(?: {1,4}|\t|$)")
BOLD_LINE = re.compile(r"^\s{0,3}(\*\*|__)(?P<text>(?:(?!\1).)+?)\1(?P<after>[^*_]*)$")
# Difficulty marks and emoji after a question: "⭐⭐", "👶", "‍⭐️" (with joiners and variation selectors).


def asks(text: str) -> bool:
    """Ends with a question mark once difficulty marks are set aside."""
    stripped = split_trailing_marks(text)[0]
    return stripped.endswith(("?", "\uff1f"))


def bold_question(line: str) -> str | None:
    """The question in a line that is bold from start to end (marks may follow) and asks something.

    A numbered bold line ending in a colon (``**1. Primitives:**``) labels part of an answer.
    """
    match = BOLD_LINE.match(line)
    if not match:
        return None
    after = match.group("after")
    if after.strip() and split_trailing_marks(after)[0]:
        return None
    text = match.group("text").strip()
    if asks(text):
        return f"{text} {after.strip()}".strip()
    numbered = NUMBERED.match(text)
    if numbered and not split_trailing_marks(text)[0].endswith((":", "\uff1a")) and numbered.end() < len(text):
        return f"{text} {after.strip()}".strip()
    return None


def _content_width(line: str) -> int:
    match = _MARKER.match(line.expandtabs(4))
    return len(match.group()) if match else 0


def _item_builder(source: Source, item: ListItem, title: str, question_end: int):
    """``question_end`` is the first line of the item that belongs to the answer."""
    width = _content_width(source.lines[item.start])

    def build(end: int, section: str | None) -> RawQuestion:
        inside = dedent(source.lines[question_end : min(item.end, end)], width)
        after = source.lines[min(item.end, end) : end]
        text = "\n".join(inside + after)
        answer = LineRange(question_end, end) if text.strip() else None
        return RawQuestion(
            title,
            LineRange(item.start, end),
            LineRange(question_end, question_end),
            answer,
            section=section,
            answer_text=text if answer else None,
        )

    return build


def split_list_heading(source: Source) -> Split:
    return assemble_under_headings(source, "list-heading", list_heading_markers(source))


def list_heading_markers(source: Source) -> list[Marker]:
    return [
        Marker(
            item.start,
            build=_item_builder(source, item, item.first.inline, item.first.end),
            style="list-heading",
            evidence=not is_navigation(item.first.inline),
        )
        for item in source.items
        if item.first is not None and item.first.type == "heading" and item.first.start == item.start
    ]


def bold_item_markers(source: Source) -> list[Marker]:
    markers = []
    for item in source.items:
        first = item.first
        if first is None or first.type != "paragraph" or first.start != item.start:
            continue
        title = bold_question(first.inline.split("\n", 1)[0])
        if title is not None:
            markers.append(Marker(item.start, build=_item_builder(source, item, title, first.start + 1), style="bold"))
    return markers
