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
from .common import LineRange, RawQuestion, RawSection, Split, answer_label, document_title
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


def split_notes(source: Source) -> Split:
    """Forced ``notes``: no questions, the file is one page of notes (an article, study notes)."""
    title, title_line = document_title(source)
    return Split(style="notes", intro_end=len(source.lines), title=title, title_line=title_line)


def split_single(source: Source) -> Split:
    """Forced ``single``: the whole file answers one question, titled by its ``#`` heading at the top,
    else by front matter ``title``, else by its first line."""
    end = len(source.lines)
    _, title_line = document_title(source)
    if title_line is not None:
        title = next(b.inline for b in source.blocks if b.start == title_line)
        start, body = title_line, title_line + 1
    else:
        start = body = source.body_start
        meta_title = source.meta.get("title")
        first = next((line.strip().lstrip("#").strip() for line in source.lines[start:] if line.strip()), "")
        title = meta_title.strip() if isinstance(meta_title, str) and meta_title.strip() else first
    if not title:
        return Split(style="single", intro_end=end)
    question = RawQuestion(title, LineRange(start, end), LineRange(body, body), LineRange(body, end), style="single")
    return Split(style="single", intro_end=start, questions=[question])


STYLES: dict[str, Callable[[Source], Split]] = {
    "label": split_label,
    "heading-details": split_heading_details,
    "details": split_details,
    "list-heading": split_list_heading,
    "plain": split_plain,
    "bold": split_bold,
    "heading": split_heading,
    "list": split_list,
    "single": split_single,
    "notes": split_notes,
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
