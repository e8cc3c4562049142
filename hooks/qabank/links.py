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

from markdown_it import MarkdownIt as MarkdownItPy
from markdown_it import rules_block, rules_inline
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it_pyrs import MarkdownIt, Node

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")
# Anchors, tags and link texts never run over the next '[' or '<': each attempt stops where the next can
# start, so a line of 20,000 '<a ' or '[x](#' is read in linear time.
_MD_LINK = re.compile(r"\[(?P<text>[^\[\]]*)\]\(\s*#(?P<anchor>[^)\s\[\]]+)\s*\)")
_HTML_LINK = re.compile(
    r"<a\s[^<>]*?href=[\"']#(?P<anchor>[^\"'<>]+)[\"'][^<>]*>(?P<text>(?:[^<]|<(?!/?a[\s>]))*?)</a>", re.IGNORECASE
)
_TAG = re.compile(r"<[^<>]+>")
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


def code_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, content)`` of the code spans of inline Markdown, in linear time.

    As CommonMark pairs them: a run of backticks opens a span closed by the next
    run of the same length; a run with no such partner is literal text. (A regex
    such as ``(`+)(.+?)\\1`` takes cubic time on a title of many backticks.)
    """
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    partner: list[int | None] = [None] * len(runs)
    later: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        partner[index] = later.get(length)
        later[length] = index
    spans = []
    index = 0
    while index < len(runs):
        closer = partner[index]
        if closer is None:
            index += 1
            continue
        spans.append((runs[index][0], runs[closer][1], text[runs[index][1] : runs[closer][0]]))
        index = closer + 1
    return spans


def _rewrite_line(line: str, resolve: Callable[[str], str | None], dropped: list[str], top: str | None) -> str:
    def replace(match: re.Match[str], html: bool) -> str:
        anchor, text = match.group("anchor"), match.group("text")
        target = resolve(anchor)
        if target is None and top is not None and _BACK_TO_TOP.match(re.sub(r"<[^>]+>", "", text)):
            target = top
        if target is not None:
            return f'<a href="{target}">{text}</a>' if html else f"[{text}]({target})"
        dropped.append(anchor)
        plain = _TAG.sub("", text)
        return "" if _BACK_TO_TOP.match(plain) or not plain.strip(" \u2b06\u2191^") else text

    out, last = [], 0
    for start, end, _ in code_spans(line):
        chunk = line[last:start]
        chunk = _MD_LINK.sub(lambda m: replace(m, False), chunk)
        out.append(_HTML_LINK.sub(lambda m: replace(m, True), chunk))
        out.append(line[start:end])
        last = end
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


def _destinations(markdown: str) -> list[int]:
    """Byte offsets where the destination of a relative link, image or reference definition starts."""
    data = markdown.encode("utf-8")
    starts = []
    for node in _inline_markdown_it().tree(markdown).walk():
        if node.name in ("link", "image") and _is_relative(node.meta.get("url", "")):
            starts.append(_inline_destination(data, node))
        elif node.name == "definition" and _is_relative(node.meta.get("destination", "")):
            starts.append(_definition_destination(data, node))
    return [at for at in starts if at is not None]


class _Recorder:
    """markdown-it-py rules that note where links and definitions are, since its tokens carry no offsets."""

    def __init__(self) -> None:
        self.token: Token | None = None
        self.links: list[tuple[Token, int]] = []  # (inline token, where the destination starts in its content)
        self.definitions: list[tuple[int, int]] = []  # line ranges

    def core_inline(self, state: StateCore) -> None:
        for token in state.tokens:
            if token.type == "inline":
                self.token = token
                token.children = token.children or []
                state.md.inline.parse(token.content, state.md, state.env, token.children)

    def inline_rule(self, rule: Callable, image: bool) -> Callable:
        def run(state: StateInline, silent: bool) -> bool:
            start, count = state.pos, len(state.tokens)
            found = rule(state, silent)
            # Links in an image's alt text are parsed from a copy of it: those are left alone.
            if found and not silent and self.token is not None and state.src is self.token.content:
                opened = (t for t in state.tokens[count:] if t.type in ("link_open", "image"))  # after pending text
                self._link(state, start, next(opened, None), image)
            return found

        return run

    def _link(self, state: StateInline, start: int, token: Token | None, image: bool) -> None:
        url = token.attrGet("src" if image else "href") if token is not None else None
        if not isinstance(url, str) or not _is_relative(url):
            return
        label_end = state.md.helpers.parseLinkLabel(state, start + 1 if image else start, not image)
        after = label_end + 1
        if label_end < 0 or state.src[after : after + 1] != "(" or state.pos <= after:
            return  # a reference link
        at = after + 1
        while state.src[at : at + 1] in (" ", "\t", "\n"):
            at += 1
        assert self.token is not None
        self.links.append((self.token, at + 1 if state.src[at : at + 1] == "<" else at))

    def reference_rule(self, rule: Callable) -> Callable:
        def run(state: StateBlock, start: int, end: int, silent: bool) -> bool:
            found = rule(state, start, end, silent)
            if found and not silent:
                self.definitions.append((start, state.line))
            return found

        return run


_DESTINATION = re.compile(r"(?<!\\)\]:[ \t]*\n?[ \t]*(<?)([^\s>]*)")


def _fallback_destinations(markdown: str) -> list[int]:
    """``_destinations`` found with markdown-it-py, for text that makes markdown-it-pyrs 0.4 panic.

    markdown-it-py's inline tokens have no source offsets: the rules above note
    where each link's destination is in its inline content, and that content is
    found again on its source lines (container markers such as ``>`` or list
    indentation are only ever removed from the start of a line).
    """
    recorder = _Recorder()
    md = MarkdownItPy("commonmark").enable("table")
    md.core.ruler.at("inline", recorder.core_inline)
    md.inline.ruler.at("link", recorder.inline_rule(rules_inline.link, False))
    md.inline.ruler.at("image", recorder.inline_rule(rules_inline.image, True))
    md.block.ruler.at("reference", recorder.reference_rule(rules_block.reference))
    tokens = md.parse(markdown)
    lines = markdown.replace("\0", "\ufffd").split("\n")  # markdown-it-py's own normalisation, same length
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line) + 1)
    placed: dict[int, int] = {}  # id(inline token) -> where its first line starts in its source line
    cursors: dict[int, int] = {}  # table cells share a line: each is looked for after the one before
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        first = token.content.split("\n", 1)[0]
        key = first.lstrip(" \t")
        line = token.map[0]
        found = lines[line].find(key, cursors.get(line, 0)) if line < len(lines) else -1
        if found >= 0:
            placed[id(token)] = found - (len(first) - len(key))
            cursors[line] = found + len(key)
    starts = []
    for token, offset in recorder.links:
        before = token.content[:offset]
        row = before.count("\n")
        column = offset - (before.rfind("\n") + 1)
        if row == 0:
            if id(token) not in placed:
                continue
            column += placed[id(token)]
        else:
            content_line = token.content.split("\n")[row]
            key = content_line.lstrip(" \t")
            found = lines[token.map[0] + row].find(key)
            if found < 0:
                continue
            column += found - (len(content_line) - len(key))
        starts.append(line_starts[token.map[0] + row] + column)
    for first_line, end_line in recorder.definitions:
        text = "\n".join(lines[first_line:end_line])
        match = _DESTINATION.search(text)
        if match and _is_relative(match.group(2)):
            starts.append(line_starts[first_line] + match.start(2))
    return [len(markdown[:at].encode("utf-8")) for at in starts]


def rebase_relative_urls(markdown: str, prefix: str) -> str:
    """``markdown`` with ``prefix`` before the URL of every relative link, image and reference definition.

    For Markdown shown on a page in another folder than the file it was written
    in: a question page sits one folder below its bank, so ``img/a.png`` there
    becomes ``../img/a.png``. Anchors, absolute paths and URLs with a scheme stay,
    and so does anything in code or raw HTML (which MkDocs does not rewrite either).
    """
    if not prefix or ("](" not in markdown and "]:" not in markdown):
        return markdown
    try:
        starts = _destinations(markdown)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # pyo3's PanicException: markdown-it-pyrs 0.4 on '[' and a lone backtick
        starts = _fallback_destinations(markdown)
    data = markdown.encode("utf-8")
    inserted = prefix.encode("utf-8")
    for at in sorted(set(starts), reverse=True):
        data = data[:at] + inserted + data[at:]
    return data.decode("utf-8")
