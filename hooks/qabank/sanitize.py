"""Bank HTML made harmless: formatting stays, script goes.

Markdown lets a bank write raw HTML, and banks do (``<details>``, ``<img>``,
``<br>``, ``<kbd>``), so the HTML rendered from a bank is cleaned before it
reaches a reader: :func:`sanitize_html` keeps an allowlist of tags and
attributes generous enough for everything Python-Markdown, pymdownx and
Material write into a page (SVG emoji, highlighted code with line anchors,
details, admonitions, task lists, footnotes, tables, abbreviations) and drops
the rest: ``<script>``, ``<style>``, ``<iframe>``, ``<object>``, ``<embed>``,
forms, event-handler attributes (``on*``) and URLs of schemes other than
those in :data:`URL_SCHEMES` (so ``javascript:`` links lose their ``href``).

The work is done by nh3 (the Python binding of the Rust crate ammonia, which
parses as browsers do with html5ever), so what the browser reads is what was
checked. Disallowed tags are removed but their text is kept, except the
content of ``<script>`` and ``<style>``, which goes too. Comments go.
"""

from __future__ import annotations

import nh3

_SVG_TAGS = {"svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect"}
TAGS = frozenset(nh3.ALLOWED_TAGS | _SVG_TAGS | {"input", "label", "section", "main", "tfoot"})
"""Tags kept (with their allowed attributes): nh3's defaults, the SVG shapes of emoji, task-list checkboxes."""

_SVG_ATTRIBUTES = {
    "xmlns",
    "viewBox",
    "fill",
    "fill-rule",
    "clip-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "transform",
    "opacity",
}
_GEOMETRY = {"d", "points", "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1", "x2", "y2", "width", "height"}
ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class", "id", "title", "lang", "dir", "style", "role", "tabindex", "hidden", "translate"},
    "a": {"href", "hreflang", "name", "rel", "target", "download"},
    "img": {"src", "alt", "width", "height", "loading", "decoding", "align"},
    "details": {"open"},
    "ol": {"start", "reversed", "type"},
    "ul": {"type"},
    "li": {"value"},
    "input": {"type", "checked", "disabled"},
    "label": {"for"},
    "td": {"colspan", "rowspan", "align", "headers"},
    "th": {"colspan", "rowspan", "align", "headers", "scope", "abbr"},
    "col": {"span", "align"},
    "colgroup": {"span", "align"},
    "table": {"align"},
    "time": {"datetime"},
    "data": {"value"},
    "del": {"datetime", "cite"},
    "ins": {"datetime", "cite"},
    "q": {"cite"},
    "blockquote": {"cite"},
    "bdo": {"dir"},
    "hr": {"align", "size", "width"},
}
ATTRIBUTES |= {tag: _SVG_ATTRIBUTES | _GEOMETRY for tag in _SVG_TAGS}
ATTRIBUTE_PREFIXES = frozenset({"data-", "aria-"})
URL_SCHEMES = frozenset(nh3.ALLOWED_URL_SCHEMES | {"data"})
"""Relative URLs always pass. ``data:`` is there for inline images; browsers do not open ``data:`` pages from a link."""

_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags={"script", "style"},
    attributes=ATTRIBUTES,
    generic_attribute_prefixes=set(ATTRIBUTE_PREFIXES),
    url_schemes=set(URL_SCHEMES),
    link_rel=None,
    strip_comments=True,
)


def sanitize_html(fragment: str) -> str:
    """``fragment`` without anything that could run script; ordinary formatting and Material's markup kept."""
    return _CLEANER.clean(fragment)
