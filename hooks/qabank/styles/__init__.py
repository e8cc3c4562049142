"""Bank styles: where each question, its prompt and its answer start and end.

Each style is a function from a :class:`~qabank.source.Source` to a
:class:`~qabank.styles.common.Split`. A bank's style is detected by trying
them all and keeping the one that finds the most answered questions (ties go
to the more specific style, earlier in :data:`STYLES`), or set in the bank's
front matter with ``qa: {style: NAME}``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Problem
from ..source import Source
from .common import LineRange, RawQuestion, RawSection, Split, answer_label
from .details import split_details, split_heading_details
from .headings import split_heading, split_label
from .list_items import split_list_heading
from .paragraphs import split_bold, split_plain

__all__ = ["STYLES", "LineRange", "RawQuestion", "RawSection", "Split", "answer_label", "split"]

STYLES: dict[str, Callable[[Source], Split]] = {
    "label": split_label,
    "heading-details": split_heading_details,
    "details": split_details,
    "list-heading": split_list_heading,
    "plain": split_plain,
    "bold": split_bold,
    "heading": split_heading,
}


# Styles whose questions carry their own evidence; for the others only answered
# questions count, and "heading" has none: it is the fallback.
_EVERY_QUESTION_IS_EVIDENCE = {"details", "list-heading", "plain", "bold"}


def _evidence(split: Split) -> int:
    if split.style in _EVERY_QUESTION_IS_EVIDENCE:
        return len(split.questions)
    return 0 if split.style == "heading" else split.answered


def detect(source: Source) -> Split:
    """The split of the style that fits the file best.

    A style is a candidate when at least half of the questions it finds carry
    its marks (an answer label, a details block, a bold question...). The
    candidate finding the most questions wins, ties going to the style listed
    first; with no candidate, the plain heading style applies.
    """
    best: Split | None = None
    for name, splitter in STYLES.items():
        if name == "heading":
            continue
        candidate = splitter(source)
        evidence = _evidence(candidate)
        if not evidence or evidence * 2 < len(candidate.questions):
            continue
        if best is None or len(candidate.questions) > len(best.questions):
            best = candidate
    return best or split_heading(source)


def split(source: Source, style: object = None) -> Split:
    """Split ``source`` with the given style name, or the detected one."""
    if style is None:
        return detect(source)
    if style in STYLES:
        return STYLES[str(style)](source)
    result = detect(source)
    result.problems.insert(
        0,
        Problem(
            2,
            f"unknown style '{style}' in front matter 'qa: style'; use one of {', '.join(STYLES)}; "
            f"detected '{result.style}' instead",
        ),
    )
    return result
