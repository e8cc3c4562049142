"""Links to anchors of the original bank file (``[see](#question-12)``, back-to-top links).

A bank read on GitHub links between its own headings; on the site every
question has its own page, so such links are pointed at the question's page;
back-to-top links (``#table-of-contents``, ``#top``) at the topic page, which
lists the questions; other links that match no question keep their text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from markdown_it_pyrs import MarkdownIt, Node

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).+?\1")
_MD_LINK = re.compile(r"\[(?P<text>[^\[\]]*)\]\(\s*#(?P<anchor>[^)\s]+)\s*\)")
_HTML_LINK = re.compile(r"<a\s[^>]*?href=[\"']#(?P<anchor>[^\"']+)[\"'][^>]*>(?P<text>.*?)</a>", re.IGNORECASE)
_BACK_TO_TOP = re.compile(r"^\W*(back\s+to\s+(the\s+)?top|top|up|to\s+top|table\s+of\s+contents)\W*$", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w\- ]", re.UNICODE)


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    return _NON_WORD.sub("", heading.strip().lower()).replace(" ", "-")


def github_anchors(headings: Iterable[str]) -> list[str]:
    """Anchors for headings in document order, with GitHub's ``-1``, ``-2`` for repeats."""
    seen: dict[str, int] = {}
    anchors = []
    for heading in headings:
        base = github_anchor(heading)
        count = seen.get(base, 0)
        anchors.append(base if count == 0 else f"{base}-{count}")
        seen[base] = count + 1
    return anchors


def _rewrite_line(line: str, resolve: Callable[[str], str | None], dropped: list[str], top: str | None) -> str:
    def replace(match: re.Match[str], html: bool) -> str:
        anchor, text = match.group("anchor"), match.group("text")
        target = resolve(anchor)
        if target is None and top is not None and _BACK_TO_TOP.match(re.sub(r"<[^>]+>", "", text)):
            target = top
        if target is not None:
            return f'<a href="{target}">{text}</a>' if html else f"[{text}]({target})"
        dropped.append(anchor)
        plain = re.sub(r"<[^>]+>", "", text)
        return "" if _BACK_TO_TOP.match(plain) or not plain.strip(" \u2b06\u2191^") else text

    out, last = [], 0
    for code in _CODE_SPAN.finditer(line):
        chunk = line[last : code.start()]
        chunk = _MD_LINK.sub(lambda m: replace(m, False), chunk)
        out.append(_HTML_LINK.sub(lambda m: replace(m, True), chunk))
        out.append(code.group())
        last = code.end()
    chunk = _MD_LINK.sub(lambda m: replace(m, False), line[last:])
    out.append(_HTML_LINK.sub(lambda m: replace(m, True), chunk))
    return "".join(out)


def rewrite_anchor_links(
    markdown: str, resolve: Callable[[str], str | None], top: str | None = None
) -> tuple[str, list[str]]:
    """Point ``#anchor`` links at ``resolve(anchor)``; back-to-top links at ``top`` when given;
    drop the others ``resolve`` returns ``None`` for.

    Returns the new Markdown and the anchors that were dropped. Code blocks and
    code spans are left alone.
    """
    if "#" not in markdown:
        return markdown, []
    dropped: list[str] = []
    lines = markdown.split("\n")
    fence: str | None = None
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence is not None:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            continue
        if match:
            fence = match.group(1)
            continue
        if "#" in line:
            lines[index] = _rewrite_line(line, resolve, dropped, top)
    return "\n".join(lines), dropped


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_DEFINITION_COLON = re.compile(rb"(?<!\\)\]:")


@lru_cache(maxsize=1)
def _inline_markdown_it() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def _is_relative(url: str) -> bool:
    return bool(url) and not url.startswith(("#", "/")) and not _SCHEME.match(url)


def _destination_at(data: bytes, at: int) -> int:
    """Where a link destination that may follow whitespace and ``<`` starts, from ``at``."""
    while at < len(data) and data[at : at + 1] in (b" ", b"\t", b"\n"):
        at += 1
    return at + 1 if data[at : at + 1] == b"<" else at


def _inline_destination(data: bytes, node: Node) -> int | None:
    """Where the destination of an inline ``[text](url)`` or ``![alt](url)`` starts; None for a reference link."""
    start, end = node.srcmap
    text_end = start + (2 if node.name == "image" else 1)
    if node.children and node.children[-1].srcmap:
        text_end = node.children[-1].srcmap[1]
    opener = data.find(b"](", text_end, end)
    return None if opener < 0 else _destination_at(data, opener + 2)


def _definition_destination(data: bytes, node: Node) -> int | None:
    """Where the destination of a reference definition ``[label]: url`` starts."""
    start, end = node.srcmap
    colon = _DEFINITION_COLON.search(data, start, end)
    return None if colon is None else _destination_at(data, colon.end())


def rebase_relative_urls(markdown: str, prefix: str) -> str:
    """``markdown`` with ``prefix`` before the URL of every relative link, image and reference definition.

    For Markdown shown on a page in another folder than the file it was written
    in: a question page sits one folder below its bank, so ``img/a.png`` there
    becomes ``../img/a.png``. Anchors, absolute paths and URLs with a scheme stay,
    and so does anything in code or raw HTML (which MkDocs does not rewrite either).
    """
    if not prefix or ("](" not in markdown and "]:" not in markdown):
        return markdown
    data = markdown.encode("utf-8")
    starts = []
    for node in _inline_markdown_it().tree(markdown).walk():
        if node.name in ("link", "image") and _is_relative(node.meta.get("url", "")):
            starts.append(_inline_destination(data, node))
        elif node.name == "definition" and _is_relative(node.meta.get("destination", "")):
            starts.append(_definition_destination(data, node))
    inserted = prefix.encode("utf-8")
    for at in sorted({at for at in starts if at is not None}, reverse=True):
        data = data[:at] + inserted + data[at:]
    return data.decode("utf-8")
