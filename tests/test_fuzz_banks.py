"""Hostile banks: nothing a bank says crashes the parser or the page renderer, or makes them crawl."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qabank import source
from qabank.accounting import expected_lines, unseen_lines
from qabank.model import Bank
from qabank.pages import SiteLayout, question_page, reading_page, topic_page
from qabank.parse import parse_bank
from qabank.source import ListItem
from test_parse_properties import BANKS as PROPERTY_BANKS
from test_parse_properties import lines_of

SECONDS = 2.0  # a hang is what these tests look for, not speed: parsing 50 KB takes a few milliseconds


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Fail (instead of hanging for minutes) when the block takes longer than ``seconds``."""

    def stop(signum, frame):
        raise TimeoutError(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds * 5)  # the hard stop; the assertion below is the real bound
    started = time.perf_counter()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.perf_counter() - started
    assert elapsed < seconds, f"{what} took {elapsed:.2f} s"


def read_and_render(text: str) -> Bank:
    """Parse, render every page (the reading page too) and work out (and check) the lines each page must show,
    as a build does."""
    bank = parse_bank(text, "topics/hostile.md", slug="hostile")
    layout = SiteLayout()
    pages = {layout.question_src(bank, q): question_page(bank, q, layout).markdown for q in bank.questions}
    pages[layout.topic_src(bank)] = topic_page(bank, layout).markdown
    pages[layout.reading_src(bank)] = reading_page(bank, layout).markdown
    for src, lines in expected_lines(bank, text, layout).items():
        unseen_lines(lines, pages[src])  # the Markdown stands in for the HTML: only the time counts here
    return bank


# All but the last four were quadratic or worse (2 s to minutes at 160 KB) before the regex behind each was
# made linear; the last four never were, and are here so that they stay so.
HOSTILE: dict[str, Callable[[int], str]] = {
    "spaces inside a heading": lambda n: "### a" + " " * n + "b\n\n**Answer:** a\n",
    "stars after a title": lambda n: "### Q" + "\u2b50 " * (n // 2) + "x\n\n**Answer:** a\n",
    "'*a ' title": lambda n: "### " + "*a " * (n // 3) + "\n\n**Answer:** a\n",
    "'_a ' title": lambda n: "### " + "_a " * (n // 3) + "\n\n**Answer:** a\n",
    "'[a](' title": lambda n: "### " + "[a](" * (n // 4) + "\n\n**Answer:** a\n",
    "backticks in a title": lambda n: "### " + "`" * n + "x\n\n**Answer:** a\n",
    "'<a ' next to an anchor link": lambda n: "### Q?\n\n**Answer:** [x](#q) " + "<a " * (n // 3) + "\n",
    "'<a id=' next to an anchor link": lambda n: "### Q?\n\n**Answer:** [x](#q) " + "<a id='" * (n // 7) + "\n",
    "'[x](#' in an answer": lambda n: "### Q?\n\n**Answer:** " + "[x](#" * (n // 5) + "\n",
    "'<a href=#' in an answer": lambda n: "### Q?\n\n**Answer:** " + "<a href='#" * (n // 10) + "\n",
    "spaces after 'Q1.'": lambda n: "Q1." + " " * n + "x\nA: y\n",
    "spaces after 'A'": lambda n: "### Q?\n\nA" + " " * n + "x\n",
    "spaces after '**A'": lambda n: "### Q?\n\n**A" + " " * n + "x\n",
    "'<' in a summary": lambda n: "<details><summary>" + "<" * n + "</summary>\nx\n</details>\n",
    "'<code>' in a summary": lambda n: "<details><summary>" + "<code>" * (n // 6) + "</summary>\nx\n</details>\n",
    "'Q' and spaces": lambda n: "Q" + " " * n + "x\nA: y\n",
    "':' and letters (emoji shortcode)": lambda n: "### Q?\n\n**Answer:** :" + "a" * n + "\n",
    "'](' in an answer": lambda n: "### Q?\n\n**Answer:** " + "](" * (n // 2) + "\n",
    "'![' in an answer": lambda n: "### Q?\n\n**Answer:** " + "![" * (n // 2) + "\n",
    "'<summary>' runs": lambda n: "### Q?\n\n**Answer:** " + "<summary>" * (n // 9) + "\n",
    "'{#' in an answer": lambda n: "### Q?\n\n**Answer:** " + "{#" * (n // 2) + "\n",
    "'[[' list item": lambda n: "- [" + "[" * n + "\n- What?\n- Why?\n- How?\n",
    "a long summary": lambda n: "<details><summary>show " + "here " * (n // 5) + "x</summary>\nx\n</details>\n",
    "a long navigation-like heading": lambda n: "## related " + "links " * (n // 6) + "x\n\ntext\n",
    # Never slow:
    "a long title": lambda n: "### " + "word " * (n // 5) + "\n\n**Answer:** a\n",
    "a long CJK title": lambda n: "### " + "什么" * (n // 2) + "\n\n**Answer:** a\n",
    "'[' and links": lambda n: "### Q?\n\n**Answer:** [a](b.md) " + "[" * n + "\n",
    "'`x ' and an anchor link": lambda n: "### Q?\n\n**Answer:** [a](#b) " + "`x " * (n // 3) + "\n",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_lines_are_read_in_linear_time(name):
    # At 160 KB each takes 0.01-0.3 s now; quadratic growth would show as tens of seconds.
    text = HOSTILE[name](160_000)
    with time_limit(SECONDS, f"{name}, 160 KB"):
        read_and_render(text)


def billion_laughs(levels: int) -> str:
    """Front matter whose aliases expand to 9**levels values."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        previous, current = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{current}: &{current} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "---\ntags: [kept]\n" + "\n".join(lines) + "\n---\n### 1. Q?\n\n**Answer:** A.\n"


@pytest.mark.parametrize("front_matter", [billion_laughs(9), billion_laughs(5), "---\na: &a [*a]\n---\n### Q?\n"])
def test_yaml_aliases_that_expand_too_far_are_refused(front_matter):
    with time_limit(SECONDS, "billion laughs"):
        bank = read_and_render(front_matter)
    assert bank.meta == {} and bank.tags == ()
    refused = [p for p in bank.problems if "aliases that expand to more than 10,000 values" in p.message]
    assert [p.line for p in refused] == [3 if "lol" in front_matter else 2]
    assert "read without its front matter" in refused[0].message


def test_a_few_aliases_are_fine():
    bank = parse_bank("---\ntags: &t [a, b]\nalso: *t\n---\n### 1. Q?\n\n**Answer:** A.\n", "t.md")
    assert bank.tags == ("a", "b") and bank.problems == []


@pytest.mark.parametrize(
    ("front_matter", "line", "words"),
    [
        ("qa: {style: [label]}", 3, ["'qa: style' must be one style name", "not a list", "label, heading"]),
        ("qa:\n  style: {a: 1}", 4, ["'qa: style' must be one style name", "not a mapping", "label, heading"]),
        ("qa: {style: 3}", 3, ["'qa: style'", "not a number", "label, heading"]),
        ("qa: label", 3, ["'qa' must be a mapping such as 'qa: {style: label}'", "not text", "label, heading"]),
        ("qa: [1, 2]", 3, ["'qa' must be a mapping", "not a list"]),
        ("tags: {a: 1}", 3, ["'tags' must be a list"]),
        ("tags: 3.5", 3, ["'tags' must be a list"]),
        ("tags: [[a], {b: 1}]", 3, ["is not a tag name"]),
        ("title: [a, b]", 3, ["'title' must be text such as 'title: ", "not a list"]),
        ("title: {a: 1}", 3, ["'title' must be text", "not a mapping"]),
        ("title: yes", 3, ["'title' must be text", "not true/false"]),
        ("description: [a]", 3, ["'description' must be text", "not a list"]),
        ("description: {a: [1]}", 3, ["'description' must be text", "not a mapping"]),
    ],
)
def test_front_matter_of_the_wrong_type_is_a_problem_naming_its_line(front_matter, line, words):
    bank = read_and_render(f"---\nother: 1\n{front_matter}\n---\n### 1. Q?\n\n**Answer:** A.\n")
    assert [q.title for q in bank.questions] == ["Q?"]
    messages = [p.message for p in bank.problems if p.line == line]
    assert any(all(word in m for word in words) for m in messages), bank.problems
    assert bank.title == "Hostile" and bank.description == ""


def test_numbers_and_dates_are_text_in_title_and_description():
    bank = parse_bank("---\ntitle: 2024\ndescription: 2024-01-02\n---\n### 1. Q?\n\n**Answer:** A.\n", "t.md")
    assert (bank.title, bank.description, bank.problems) == ("2024", "2024-01-02", [])


def _nested_list(depth: int) -> str:
    return "\n".join("  " * level + f"- item {level} [l](x.md)" for level in range(depth))


FRAGMENTS = st.one_of(
    st.sampled_from(
        [
            "### 1. What is X?",
            "## Section",
            "**Answer:**",
            "A: plain",
            "Q1. Plain?",
            "**Bold question?**",
            "1. ### Listed?",
            "- [ ] option",
            "- [x] right",
            "[link](other.md) and [`",
            "Use [^`]+ to match, see [docs](docs.md)",
            "[see](#1-what-is-x) <a href='#q1'>q1</a> <a id='q1'></a>",
            "![img](img/a.png)",
            "[ref]: ref.md",
            "```",
            "~~~python",
            "    indented code",
            ">" * 60 + " deep quote",
            _nested_list(50),
            "<details><summary>Q?</summary>" * 20 + "answer" + "</details>" * 5,
            "<details>",
            "</details>",
            "<!-- tags: a, b -->",
            "<!--",
            "|a|b|\n|---|---|\n|[c](#d)|`e`|",
            "{#.} {#..} {#index.html} {#a/b}",
            "### Q {#index.html}",
            "### Q {#..}",
            "### " + "什么是进程" * 30,
            "### " + "*a " * 300,
            "### a" + " " * 3000 + "b \u2b50\u2b50",
            "\x00\x01\x02\x1b[31m\x7f\u0085\u2028\u2029\ufeff\ufffe",
            "---",
            "***",
            "\r\n",
            "\r",
            "\t\t- tab",
            "`" * 50,
            "<a " * 300,
            "\\",
        ]
    ),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)
FRONT_MATTER = st.sampled_from(
    [
        "",
        "---\n",
        "---\ntags: [a, b]\n---\n",
        "---\nqa: {style: [label]}\ntitle: [x]\ndescription: {a: 1}\ntags: {a: 1}\n---\n",
        "---\nqa: {style: plain}\n---\n",
        "---\nqa: 7\n---\n",
        billion_laughs(9).split("### ", 1)[0],
        "---\na: &a [*a]\n---\n",
        "---\n: : :\n  - [\n---\n",
    ]
)
BANKS = st.tuples(FRONT_MATTER, st.lists(FRAGMENTS, max_size=40), st.sampled_from(["\n", "\r\n", "\r", "\n\n"])).map(
    lambda parts: parts[0] + parts[2].join(parts[1])
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(BANKS)
def test_random_hostile_banks_never_crash_or_hang(text):
    with time_limit(SECONDS, f"a bank of {len(text)} characters"):
        bank = read_and_render(text)
    ids = [q.id for q in bank.questions]
    assert len(set(ids)) == len(ids)
    assert all(0 < len(i.encode("utf-8")) <= 100 and "/" not in i and not i.startswith(".") for i in ids)


def _without_trailing_blank_lines(lines: list[str], blocks: list) -> list:
    """Blocks and items with ends before trailing blank lines: where the two tokenizers may differ."""
    out = []
    for block in blocks:
        end = block.end
        while end > block.start + 1 and not lines[end - 1].strip():
            end -= 1
        if isinstance(block, ListItem):
            first = block.first and _without_trailing_blank_lines(lines, [block.first])[0]
            out.append(ListItem(block.start, end, block.marker, first))
        else:
            out.append(block._replace(end=end))
    return out


@settings(max_examples=300, deadline=None)
@given(PROPERTY_BANKS)
def test_markdown_it_py_fallback_sees_the_blocks_markdown_it_pyrs_sees(text):
    lines = lines_of(text)
    _, start, _ = source._front_matter(lines)
    for ours, fallback in zip(source._blocks_rs(lines, start), source._blocks_py(lines, start), strict=True):
        assert _without_trailing_blank_lines(lines, fallback) == _without_trailing_blank_lines(lines, ours)


def test_a_panic_of_markdown_it_pyrs_while_reading_blocks_falls_back(monkeypatch):
    from markdown_it_pyrs import MarkdownIt

    def panic(lines, offset):
        MarkdownIt("commonmark").tree("[`")  # the real pyo3_runtime.PanicException

    text = "# Bank\n\n### 1. What is X?\n\n```\ncode\n```\n\n**Answer:** X.\n\n- ### Listed?\n"
    expected = source.read_source(text)
    monkeypatch.setattr(source, "_blocks_rs", panic)
    fallback = source.read_source(text)
    assert (fallback.blocks, fallback.items) == (expected.blocks, expected.items)
    assert [q.title for q in parse_bank(text, "t.md").questions] == ["What is X?"]
