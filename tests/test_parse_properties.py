"""Property-based tests: random banks and random noise never crash the parser or lose text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from qabank.model import PartKind
from qabank.parse import parse_bank
from qabank.source import normalise, read_source

LINES = st.sampled_from(
    [
        "",
        " ",
        "---",
        "***",
        "# Title",
        "## Section",
        "### 1. What is X?",
        "### Q2: Why?",
        "#### Deeper",
        "**Answer:**",
        "**Answer:**  ",
        "Answer: yes",
        "**A:** short",
        "Some text.",
        "two trailing  ",
        "- item",
        "    - nested",
        "1. ### In a list?",
        "   continued",
        "```",
        "~~~",
        "```python",
        "    code",
        "<details>",
        "<summary>What?</summary>",
        "<summary>Answer</summary>",
        "</details>",
        "<!-- tags: a, b -->",
        "<!--",
        "-->",
        "|a|b|",
        "|---|---|",
        "Q1. Plain question?",
        "A: plain answer",
        "**Bold question?**",
        "> quote",
        "Setext",
        "======",
        "- [ ] option",
        "- [x] right",
        "[link](#q1)",
        "\t tab",
        "<script>x</script>",
        "什么是进程？",
        "🚀",
        "&amp; < > \" '",
    ]
)
BANKS = st.lists(LINES, max_size=60).map("\n".join)
NOISE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


def lines_of(text: str) -> list[str]:
    lines = normalise(text).split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def check_nothing_lost(text: str) -> None:
    bank = parse_bank(text, "topics/random.md", slug="random")
    lines = lines_of(text)
    covered = [line for part in bank.parts for line in lines[part.span.start - 1 : part.span.end - 1]]
    assert covered == lines
    assert [p.span.start for p in bank.parts] == sorted(p.span.start for p in bank.parts)
    questions = {p.question for p in bank.parts if p.kind in (PartKind.QUESTION, PartKind.ANSWER)}
    assert questions == set(range(len(bank.questions)))
    ids = [q.id for q in bank.questions]
    assert len(set(ids)) == len(ids) and all(ids)
    for question in bank.questions:
        assert question.title.strip()
        own = lines[question.span.start - 1 : question.span.end - 1]
        texts = [question.prompt] + ([question.answer] if question.answer is not None else [])
        for line in (line for text in texts for line in text.split("\n")):
            generated = line.startswith(("**Correct:** ", "- [ ] ")) or re.match(r"\*\*[A-H]\.\*\* ", line)
            assert generated or any(line.strip() in source.expandtabs(4) or line.strip() in source for source in own), (
                f"{line!r} does not come from the question's lines"
            )
    for problem in bank.problems:
        assert 1 <= problem.line <= max(1, len(lines))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BANKS)
def test_random_banks_lose_nothing(text):
    check_nothing_lost(text)


@settings(max_examples=200, deadline=None)
@given(NOISE)
def test_random_noise_neither_crashes_nor_loses_text(text):
    check_nothing_lost(text)


@settings(max_examples=100, deadline=None)
@given(BANKS, st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_line_endings_and_bom_do_not_change_the_result(text, newline, bom):
    plain = parse_bank(text, "t.md")
    other = parse_bank(("\ufeff" if bom else "") + text.replace("\n", newline), "t.md")
    assert [(q.id, q.answer) for q in other.questions] == [(q.id, q.answer) for q in plain.questions]


def _reference_blocks(text: str) -> list[tuple[str, int, int]]:
    """Top-level block types and start lines as markdown-it-py (the reference tokenizer) sees them."""
    source = read_source(text)
    body = "\n".join(source.lines[source.body_start :])
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    names = {
        "heading": "heading",
        "paragraph": "paragraph",
        "fence": "fence",
        "code_block": "code_block",
        "html_block": "html_block",
        "hr": "hr",
        "table": "table",
        "bullet_list": "bullet_list",
        "ordered_list": "ordered_list",
        "blockquote": "blockquote",
    }
    return [
        (
            names[t.type.removesuffix("_open")],
            t.map[0] + source.body_start,
            int(t.tag[1]) if t.type == "heading_open" else 0,
        )
        for t in tokens
        if t.level == 0 and t.nesting != -1 and t.map and t.type.removesuffix("_open") in names
    ]


@settings(max_examples=300, deadline=None)
@given(BANKS)
def test_block_structure_matches_markdown_it_py(text):
    source = read_source(text)
    ours = [(b.type, b.start, b.level) for b in source.blocks]
    assert ours == _reference_blocks(text)


def test_table_under_a_block_quote_continues_it_lazily():
    # GitHub's cmark-gfm renders this as one block quote whose paragraph holds the table lines.
    text = "> quote\n|a|b|\n|---|---|\n|1|2|\n\nafter"
    assert [(b.type, b.start, b.end) for b in read_source(text).blocks] == [("blockquote", 0, 4), ("paragraph", 5, 6)]
    assert [(b.type, b.start) for b in read_source(text).blocks] == [(t, s) for t, s, _ in _reference_blocks(text)]


def test_block_structure_matches_on_the_seed():
    from sitebuild import SEED

    text = SEED.read_text(encoding="utf-8")
    assert [(b.type, b.start, b.level) for b in read_source(text).blocks] == _reference_blocks(text)
    assert re.search(r"^### 25\.", text, re.MULTILINE)
