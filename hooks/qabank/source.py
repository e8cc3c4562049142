"""Reading a bank file: line normalisation, front matter and CommonMark blocks.

Structure is decided by markdown-it-pyrs (markdown-it in Rust), a CommonMark
tokenizer whose nodes carry source positions, so ``#`` lines inside code, HTML
blocks or front matter are never mistaken for headings. The pure-Python
markdown-it-py is several times slower on multi-megabyte banks; the tests check
that both see the same structure.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

import yaml
from markdown_it import MarkdownIt as MarkdownItPy
from markdown_it_pyrs import MarkdownIt, Node

from .model import Problem
from .vocabulary import DEFAULT_VOCABULARY, Vocabulary

_BLOCK_RULES = [
    "blockquote",
    "code",
    "fence",
    "heading",
    "hr",
    "lheading",
    "list",
    "paragraph",
    "reference",
    "html_block",
    "table",
]


@lru_cache(maxsize=1)
def _markdown_it() -> MarkdownIt:
    # CommonMark block rules (and GFM tables) only: inline text stays one node with its source span.
    return MarkdownIt("zero").enable_many(_BLOCK_RULES)


def normalise(text: str) -> str:
    """Drop a byte-order mark and turn CRLF / CR line endings into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Block(NamedTuple):
    """A top-level CommonMark block with its 0-based, half-open line range."""

    type: str
    start: int
    end: int
    level: int = 0
    inline: str = ""
    markup: str = ""


_DETAILS_TAG = re.compile(r"<details\b|</details\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class ListItem:
    """An item of a top-level list.

    ``first`` is its first child block when the item's first line could hold a
    question (a heading or bold text), else ``None``.
    """

    start: int
    end: int
    marker: str
    first: Block | None


@dataclass
class Source:
    """A bank file split into lines, front matter and top-level blocks."""

    text: str
    lines: list[str]
    meta: dict
    body_start: int
    blocks: list[Block]
    items: list[ListItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    vocabulary: Vocabulary = DEFAULT_VOCABULARY

    def line_text(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start:end])

    @cached_property
    def code_lines(self) -> bytearray:
        """1 for each line inside a top-level fenced or indented code block."""
        marks = bytearray(len(self.lines))
        for block in self.blocks:
            if block.type in ("fence", "code_block"):
                marks[block.start : block.end] = b"\x01" * (block.end - block.start)
        return marks

    @cached_property
    def details_spans(self) -> list[tuple[int, int]]:
        """Half-open line ranges of outermost ``<details>`` elements outside code."""
        spans: list[tuple[int, int]] = []
        depth, start = 0, 0
        for number in range(self.body_start, len(self.lines)):
            line = self.lines[number]
            if self.code_lines[number] or "details" not in line.lower():
                continue
            for match in _DETAILS_TAG.finditer(line):
                if not match.group().startswith("</"):
                    start = number if depth == 0 else start
                    depth += 1
                elif depth:
                    depth -= 1
                    if depth == 0:
                        spans.append((start, number + 1))
        return spans

    @cached_property
    def details_lines(self) -> bytearray:
        """1 for each line inside a ``<details>`` element (its own tag lines excluded)."""
        marks = bytearray(len(self.lines))
        for start, end in self.details_spans:
            marks[start + 1 : end - 1] = b"\x01" * max(0, end - start - 2)
        return marks

    @cached_property
    def headings(self) -> list[Block]:
        """Top-level headings that structure the file: none inside ``<details>``."""
        return [b for b in self.blocks if b.type == "heading" and not self.details_lines[b.start]]


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: same results, faster
MAX_FRONT_MATTER_VALUES = 10_000


def _expanded_size(root: yaml.Node, limit: int) -> tuple[int, int | None]:
    """How many values the YAML graph ``root`` holds once its aliases are expanded (capped at ``limit + 1``),
    and the 0-based line of the first anchor used more than once.

    Aliases make the composed graph a DAG: sizes are added up per node, once each,
    so nine nested levels of ten aliases ("billion laughs") cost nothing here. A
    recursive alias (``&a [*a]``) expands without end and counts as too many.
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()
    reused: int | None = None
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            children = []
        if done:
            sizes[id(node)] = min(limit + 1, 1 + sum(sizes[id(child)] for child in children))
            active.discard(id(node))
        elif id(node) in sizes:
            reused = node.start_mark.line if reused is None else reused
        elif id(node) in active:
            return limit + 1, node.start_mark.line  # reached again from inside itself: a recursive alias
        else:
            active.add(id(node))
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(children))
    return sizes[id(root)], reused


def _load_yaml(raw: str, first_line: int) -> tuple[object, Problem | None]:
    """The front matter's value, or a problem when its aliases expand beyond ``MAX_FRONT_MATTER_VALUES``."""
    loader = _YAML_LOADER(raw)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        size, reused = _expanded_size(node, MAX_FRONT_MATTER_VALUES)
        if size > MAX_FRONT_MATTER_VALUES and reused is not None:
            return None, Problem(
                first_line + reused,
                f"front matter uses YAML aliases that expand to more than {MAX_FRONT_MATTER_VALUES:,} values "
                "(the anchor here is used again); write the values out instead of '*alias' references; "
                "the bank was read without its front matter",
            )
        return loader.construct_document(node), None
    finally:
        loader.dispose()


def _front_matter(lines: list[str]) -> tuple[dict, int, list[Problem]]:
    if not lines or lines[0].rstrip() != "---":
        return {}, 0, []
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            break
    else:
        return {}, 0, [Problem(1, "front matter starts with '---' but is never closed; add a '---' line after it")]
    raw = "\n".join(lines[1:index])
    try:
        meta, problem = _load_yaml(raw, 2) if raw.strip() else ({}, None)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = 2 + mark.line if mark is not None else 1
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        return (
            {},
            index + 1,
            [
                Problem(
                    line,
                    f"front matter is not valid YAML ({reason}); fix it or remove it, the bank was read without it",
                )
            ],
        )
    if problem is not None:
        return {}, index + 1, [problem]
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return {}, index + 1, [Problem(2, "front matter must be a YAML mapping such as 'tags: [a, b]'; it was ignored")]
    return meta, index + 1, []


class _LineMap:
    """Byte offsets of the tokenizer's source maps to 0-based line numbers."""

    def __init__(self, lines: list[str], offset: int) -> None:
        self.offset = offset
        self.starts = [0]
        total = 0
        for line in lines[offset:]:
            total += (len(line) if line.isascii() else len(line.encode("utf-8"))) + 1
            self.starts.append(total)

    def span(self, srcmap: tuple[int, int]) -> tuple[int, int]:
        start, end = srcmap
        first = bisect.bisect_right(self.starts, start) - 1
        last = bisect.bisect_right(self.starts, max(start, end - 1)) - 1
        return first + self.offset, last + 1 + self.offset


def _inline(node: Node, data: bytes) -> str:
    children = node.children
    if not children or not children[0].srcmap or not children[-1].srcmap:
        return ""
    return data[children[0].srcmap[0] : children[-1].srcmap[1]].decode("utf-8")


def _block(node: Node, data: bytes, lines: _LineMap) -> Block:
    start, end = lines.span(node.srcmap)
    kind = node.name
    if kind in ("heading", "lheading"):
        return Block(
            "heading",
            start,
            end,
            int(node.meta.get("level", 1)),
            _inline(node, data),
            "#" if kind == "heading" else "=",
        )
    if kind == "paragraph":
        return Block(kind, start, end, 0, _inline(node, data))
    markup = str(node.meta.get("marker", "")) * int(node.meta.get("marker_len", 0) or 0)
    return Block(kind, start, end, markup=markup)


_BLOCK_NODES = {
    "paragraph",
    "heading",
    "lheading",
    "hr",
    "fence",
    "code_block",
    "html_block",
    "table",
    "bullet_list",
    "ordered_list",
    "blockquote",
}


def _first_child(item: Node, data: bytes, lines: _LineMap) -> Block | None:
    """The first block of a list item; a tight item's paragraph has no node of its own."""
    children = [c for c in item.children if c.srcmap]
    if not children:
        return None
    if children[0].name in _BLOCK_NODES:
        return _block(children[0], data, lines)
    inline = []
    for child in children:
        if child.name in _BLOCK_NODES:
            break
        inline.append(child)
    start, _ = lines.span(inline[0].srcmap)
    _, end = lines.span(inline[-1].srcmap)
    return Block("paragraph", start, end, 0, data[inline[0].srcmap[0] : inline[-1].srcmap[1]].decode("utf-8"))


def _is_lazy_table(previous: Node | None, node: Node, blocks: list[Block], block: Block) -> bool:
    """A table right under a block quote's paragraph continues that paragraph lazily.

    CommonMark, GitHub (cmark-gfm) and markdown-it-py agree; markdown-it-pyrs 0.4
    starts a table there instead.
    """
    return (
        node.name == "table"
        and previous is not None
        and previous.name == "blockquote"
        and bool(previous.children)
        and previous.children[-1].name == "paragraph"
        and blocks[-1].end == block.start
    )


def _blocks(lines: list[str], offset: int) -> tuple[list[Block], list[ListItem]]:
    """Top-level blocks and list items, by markdown-it-pyrs or, should it panic, by markdown-it-py."""
    try:
        return _blocks_rs(lines, offset)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # pyo3's PanicException is no Exception; none is known here (inline rules are off)
        return _blocks_py(lines, offset)


def _source_span(lines: list[str], start: int, end: int, content: str) -> str:
    """The source text of inline ``content`` found on lines ``start``-``end``, container markers and all."""
    rows = content.split("\n")
    first = lines[start].find(rows[0].lstrip())
    last_line = lines[start + len(rows) - 1] if start + len(rows) - 1 < end else lines[end - 1]
    stop = last_line.rfind(rows[-1]) + len(rows[-1]) if rows[-1] in last_line else len(last_line.rstrip())
    text = "\n".join(lines[start : start + len(rows)])
    first = max(0, first)
    return text[first : len(text) - len(last_line) + stop] if len(rows) > 1 else lines[start][first:stop]


def _trimmed(lines: list[str], start: int, end: int) -> tuple[int, int]:
    """A line range without trailing blank lines, which markdown-it-py counts into a block and markdown-it-pyrs not.

    (markdown-it-pyrs does count a last line of spaces at the very end of the file: ends may differ by such lines.)
    """
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def _markdown_it_py() -> MarkdownItPy:
    return MarkdownItPy("zero", {"html": True}).enable(_BLOCK_RULES)


def _blocks_py(lines: list[str], offset: int) -> tuple[list[Block], list[ListItem]]:
    """``_blocks_rs`` done with markdown-it-py, whose block tokens carry line maps too."""
    tokens = _markdown_it_py().parse("\n".join(lines[offset:]))
    blocks: list[Block] = []
    items: list[ListItem] = []

    def block(index: int) -> Block:
        token = tokens[index]
        start, end = _trimmed(lines, token.map[0] + offset, token.map[1] + offset)
        kind = token.type.removesuffix("_open")
        if kind in ("heading", "paragraph"):
            inline = tokens[index + 1].content
            text = _source_span(lines, start, end, inline) if inline else ""
            if kind == "paragraph":
                return Block(kind, start, end, 0, text)
            return Block(kind, start, end, int(token.tag[1]), text, "#" if token.markup.startswith("#") else "=")
        if kind == "hr":  # markdown-it-py 4.3 writes one marker too many
            return Block(kind, start, end, markup=token.markup[:1] * lines[start].count(token.markup[:1]))
        return Block(kind, start, end, markup=token.markup if kind == "fence" else "")

    list_marker = ""
    for index, token in enumerate(tokens):
        if token.nesting == -1 or not token.map:
            continue
        if token.level == 0:
            blocks.append(block(index))
            list_marker = token.markup if token.type in ("bullet_list_open", "ordered_list_open") else ""
        elif token.level == 1 and token.type == "list_item_open":
            start, end = _trimmed(lines, token.map[0] + offset, token.map[1] + offset)
            first_line = lines[start]
            could_ask = "#" in first_line or "**" in first_line or "__" in first_line
            child = index + 1
            first = block(child) if could_ask and child < len(tokens) and tokens[child].map else None
            items.append(ListItem(start, end, list_marker, first))
    return blocks, items


def _blocks_rs(lines: list[str], offset: int) -> tuple[list[Block], list[ListItem]]:
    body = "\n".join(lines[offset:])
    data = body.encode("utf-8")
    line_map = _LineMap(lines, offset)
    blocks: list[Block] = []
    items: list[ListItem] = []
    previous: Node | None = None
    merged = False
    for node in _markdown_it().tree(body).children:
        if not node.srcmap:
            continue
        block = _block(node, data, line_map)
        touching = bool(blocks) and blocks[-1].end == block.start
        if _is_lazy_table(previous, node, blocks, block) or (merged and touching and node.name == "blockquote"):
            # The quote goes on through the table rows and any quote lines right after them.
            blocks[-1] = blocks[-1]._replace(end=block.end)
            merged = True
            continue
        merged = False
        blocks.append(block)
        previous = node
        if node.name in ("bullet_list", "ordered_list"):
            marker = str(node.meta.get("marker", ""))
            for item in node.children:
                if item.name != "list_item" or not item.srcmap:
                    continue
                start, end = line_map.span(item.srcmap)
                # Only a heading or a bold line can make an item a question: skip the rest cheaply.
                first_line = lines[start]
                could_ask = "#" in first_line or "**" in first_line or "__" in first_line
                first = _first_child(item, data, line_map) if could_ask else None
                items.append(ListItem(start, end, marker, first))
    return blocks, items


def _unclosed_fences(lines: list[str], blocks: list[Block]) -> list[Problem]:
    problems = []
    for block in blocks:
        if block.type != "fence" or block.end != len(lines):
            continue
        last = lines[block.end - 1].strip() if block.end - block.start > 1 else ""
        closed = last.startswith(block.markup) and set(last) <= set(block.markup[0])
        if not closed:
            problems.append(
                Problem(
                    block.start + 1,
                    f"code fence '{block.markup}' opened here is never closed, so everything after it "
                    f"is code; add a closing '{block.markup}' line",
                )
            )
    return problems


def read_source(text: str) -> Source:
    """Normalise ``text`` and split it into front matter and top-level blocks."""
    text = normalise(text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    meta, body_start, problems = _front_matter(lines)
    blocks, items = _blocks(lines, body_start)
    problems += _unclosed_fences(lines, blocks)
    return Source(text, lines, meta, body_start, blocks, items, problems)
