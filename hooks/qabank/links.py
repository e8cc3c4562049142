"""Links to anchors of the original bank file (``[see](#question-12)``, back-to-top links).

A bank read on GitHub links between its own headings; on the site every
question has its own page, so such links are pointed at the question's page or,
when they match no question (``#table-of-contents``, ``#top``), dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

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


def _rewrite_line(line: str, resolve: Callable[[str], str | None], dropped: list[str]) -> str:
    def replace(match: re.Match[str], html: bool) -> str:
        anchor, text = match.group("anchor"), match.group("text")
        target = resolve(anchor)
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


def rewrite_anchor_links(markdown: str, resolve: Callable[[str], str | None]) -> tuple[str, list[str]]:
    """Point ``#anchor`` links at ``resolve(anchor)``; drop those it returns ``None`` for.

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
            lines[index] = _rewrite_line(line, resolve, dropped)
    return "\n".join(lines), dropped
