"""Bank styles: where each question, its prompt and its answer start and end.

Each style is a function from a :class:`~qabank.source.Source` to a
:class:`~qabank.styles.common.Split`. Unless the bank's front matter forces one
style for the whole file (``qa: {style: NAME}``), :func:`compose` reads the
file section by section, each part in the style its evidence shows.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Problem
from ..source import Source
from .common import LineRange, RawQuestion, RawSection, Split, answer_label
from .compose import Detection, compose
from .details import split_details, split_heading_details
from .headings import split_heading, split_label
from .list_items import split_list, split_list_heading
from .paragraphs import split_bold, split_plain

__all__ = [
    "STYLES",
    "Detection",
    "LineRange",
    "RawQuestion",
    "RawSection",
    "Split",
    "answer_label",
    "compose",
    "split",
]

STYLES: dict[str, Callable[[Source], Split]] = {
    "label": split_label,
    "heading-details": split_heading_details,
    "details": split_details,
    "list-heading": split_list_heading,
    "plain": split_plain,
    "bold": split_bold,
    "heading": split_heading,
    "list": split_list,
}


def split(source: Source, style: object = None) -> tuple[Split, Detection | None]:
    """Split ``source`` with the style named in its front matter, or as detected.

    Returns the split and, when detected, the evidence behind it (``None`` when forced).
    """
    if style is None:
        return compose(source)
    if isinstance(style, str) and style in STYLES:
        forced = STYLES[style](source)
        forced.styles = {style: len(forced.questions)} if forced.questions else {}
        return forced, None
    result, detection = compose(source)
    result.problems.insert(
        0,
        Problem(
            2,
            f"front matter 'qa: style' is {style!r}; use one of {', '.join(STYLES)}; the style was detected instead",
        ),
    )
    return result, detection
