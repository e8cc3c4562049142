"""Reading a bank file: line normalisation, front matter and CommonMark blocks.

Structure is decided by markdown-it-py, a CommonMark tokenizer whose tokens
carry line numbers, so ``#`` lines inside code, HTML blocks or front matter are
never mistaken for headings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import yaml
from markdown_it import MarkdownIt

from .model import Problem, Severity


@lru_cache(maxsize=1)
def _markdown_it() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def normalise(text: str) -> str:
    """Drop a byte-order mark and turn CRLF / CR line endings into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class Block:
    """A top-level CommonMark block with its 0-based, half-open line range."""

    type: str
    start: int
    end: int
    level: int = 0
    inline: str = ""
    markup: str = ""


@dataclass
class Source:
    """A bank file split into lines, front matter and top-level blocks."""

    text: str
    lines: list[str]
    meta: dict
    body_start: int
    blocks: list[Block]
    problems: list[Problem] = field(default_factory=list)

    def line_text(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start:end])


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
        meta = yaml.safe_load(raw) if raw.strip() else {}
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
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return {}, index + 1, [Problem(2, "front matter must be a YAML mapping such as 'tags: [a, b]'; it was ignored")]
    return meta, index + 1, []


def _blocks(lines: list[str], offset: int) -> list[Block]:
    tokens = _markdown_it().parse("\n".join(lines[offset:]))
    blocks: list[Block] = []
    for index, token in enumerate(tokens):
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        start, end = token.map[0] + offset, token.map[1] + offset
        kind = token.type.removesuffix("_open")
        if kind in ("heading", "paragraph"):
            inline = tokens[index + 1].content
            level = int(token.tag[1]) if kind == "heading" else 0
            blocks.append(Block(kind, start, end, level, inline, token.markup))
        else:
            blocks.append(Block(kind, start, end, markup=token.markup))
    return blocks


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
    blocks = _blocks(lines, body_start)
    problems += _unclosed_fences(lines, blocks)
    return Source(text, lines, meta, body_start, blocks, problems)


def info(line: int, message: str) -> Problem:
    return Problem(line, message, Severity.INFO)
