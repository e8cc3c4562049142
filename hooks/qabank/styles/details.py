"""Styles built on HTML ``<details>`` elements.

``heading-details`` (style D): a heading is the question; the answer is in the
first ``<details><summary>Answer</summary>…</details>`` below it. Options or
code may stand between the heading and the details.

``details`` (style E): ``<details><summary>Question</summary>answer</details>``,
the summary being the question (several lines and code allowed).

``<details>`` tags inside code blocks are ignored; nested details belong to
the answer that contains them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..source import Block, Source
from ..vocabulary import asks, is_navigation, split_trailing_marks
from .common import (
    LineRange,
    Marker,
    RawQuestion,
    Split,
    assemble,
    assemble_under_headings,
    document_title,
    heading_sections,
    html_to_inline,
    most_common,
)
from .headings import _headings, _segment_ends

_SUMMARY = re.compile(r"<summary\b[^>]*>(?P<summary>.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
_LINK_LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\(#|^\s*$|^\s*</?(?:p|ul|ol|li|br)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DetailsRegion:
    start: int  # line of <details>
    end: int  # line after </details>
    summary: str  # inner HTML of <summary>
    body_start: int  # line where the body starts
    body: str  # the body text (Markdown/HTML) between </summary> and </details>
    label_like: bool
    navigation: bool = False


def details_regions(source: Source) -> list[DetailsRegion]:
    """Top-level ``<details>`` elements outside code, in order."""
    regions = (_region(source, start, end) for start, end in source.details_spans)
    return [region for region in regions if region is not None]


def _region(source: Source, start: int, end: int) -> DetailsRegion | None:
    text = source.line_text(start, end)
    summary = _SUMMARY.search(text)
    if summary is None:
        return None
    closes = list(_CLOSE.finditer(text))
    body = text[summary.end() : closes[-1].start()]
    body_start = start + text.count("\n", 0, summary.end())
    inline = html_to_inline(summary.group("summary"))
    body = _tidy(body)
    # A table of contents: a summary such as "Contents", or a body that only links to anchors.
    navigation = is_navigation(inline) or (
        "](#" in body and all(_LINK_LIST_LINE.match(line) for line in body.split("\n"))
    )
    return DetailsRegion(
        start, end, summary.group("summary"), body_start, body, source.vocabulary.is_summary_label(inline), navigation
    )


def _tidy(body: str) -> str:
    """Trim blank lines, and a ``<p>`` … ``</p>`` pair wrapping the whole body on lines of their own."""
    lines = body.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) >= 2 and lines[0].strip().lower() == "<p>" and lines[-1].strip().lower() == "</p>":
        return _tidy("\n".join(lines[1:-1]))
    return "\n".join(lines)


def split_heading_details(source: Source) -> Split:
    regions = [r for r in details_regions(source) if r.label_like]
    _, title_line = document_title(source)
    headings = _headings(source, title_line)
    starts = [h.start for h in headings]
    before = [bisect.bisect_left(starts, r.start) - 1 for r in regions]
    level = most_common(headings[i].level for i in before if i >= 0)
    if level is None:
        return Split(style="heading-details", intro_end=len(source.lines))
    ends = _segment_ends(headings, level, len(source.lines))
    region_starts = [r.start for r in regions]
    markers = heading_sections(source, level, title_line)
    for index, heading in enumerate(headings):
        if heading.level != level:
            continue
        position = bisect.bisect_left(region_starts, heading.end)
        region = regions[position] if position < len(regions) and regions[position].start < ends[index] else None
        markers.append(Marker(heading.start, build=_heading_builder(source, heading, region)))
    markers.sort(key=lambda m: m.start)
    return assemble(source, "heading-details", markers, title_line)


def _heading_builder(source: Source, heading: Block, region: DetailsRegion | None):
    title, prompt_start = heading.inline, heading.end

    def build(end: int, section: str | None) -> RawQuestion:
        span = LineRange(heading.start, end)
        if region is None:
            return RawQuestion(title, span, LineRange(prompt_start, end), None, section=section)
        after = _tidy(source.line_text(region.end, end))
        answer = "\n\n".join(part for part in (region.body, after) if part)
        return RawQuestion(
            title,
            span,
            LineRange(prompt_start, region.start),
            LineRange(region.start, end),
            section=section,
            answer_text=answer,
        )

    return build


def split_details(source: Source) -> Split:
    return assemble_under_headings(source, "details", details_markers(source))


def details_markers(source: Source, regions: list[DetailsRegion] | None = None) -> list[Marker]:
    """A question for each ``<details>`` whose summary asks (not a label, not a table of contents).

    ``regions``: the file's :func:`details_regions`, when the caller has them already.
    """
    markers = []
    for region in details_regions(source) if regions is None else regions:
        if region.label_like or region.navigation:
            continue
        summary_lines = [line for line in region.summary.strip().split("\n")]
        title = html_to_inline(summary_lines[0]) or html_to_inline(region.summary)
        rest = _tidy("\n".join(summary_lines[1:]))

        def build(
            end: int, section: str | None, region: DetailsRegion = region, title: str = title, rest: str = rest
        ) -> RawQuestion:
            after = _tidy(source.line_text(region.end, end))
            answer = "\n\n".join(part for part in (region.body, after) if part)
            return RawQuestion(
                title,
                LineRange(region.start, end),
                LineRange(region.start, region.body_start),
                LineRange(region.body_start, end) if answer else None,
                section=section,
                prompt_text=rest,
                answer_text=answer or None,
            )

        # A summary that does not ask ("SQL tuning", "展开") is a question only where nothing stronger is around:
        # under a heading that asks, such blocks are parts of its answer.
        plain = re.sub(r"<[^<>]*>|[*_`]", "", title).strip()
        asking = split_trailing_marks(plain)[0].endswith(("?", "\uff1f")) or asks(plain)
        markers.append(Marker(region.start, build=build, style="details", weak=not asking))
    return markers
