"""``python -m qabank pages`` writes bank parts whose HTML could run script as text, and only those."""

from __future__ import annotations

from pathlib import Path

import pytest
from qabank.parse import parse_bank
from qabank.standalone_pages import _Checker, _defused

ROOT = Path(__file__).resolve().parent.parent

UNSAFE = [
    "<script>alert(1)</script>",
    "Text <img src=x onerror=alert(1)> more",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    '[x](https://example.org){: onclick="alert(1)" }',
    "<iframe src=https://example.org></iframe>",
    "<svg onload=alert(1)></svg>",
    "<style>body { display: none }</style>",
    '<form action="https://example.org"><input name=a></form>',
]
SAFE = [
    "Plain **bold** text with [a link](https://example.org) and [another page](../other.md).",
    "A <kbd>Ctrl</kbd> key, a <br> break and `<script>` in code.",
    '```html\n<script>alert("in a fence")</script>\n```',
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "A footnote[^1].\n\n[^1]: The note.",
    "- [x] done\n- [ ] not yet",
    "![diagram](img/a.png)",
    "<details><summary>Hint</summary>\n\nUse an index.\n\n</details>",
]


@pytest.mark.parametrize("text", UNSAFE)
def test_html_that_could_run_script_is_found(text):
    assert not _Checker().is_safe(text)


@pytest.mark.parametrize("text", SAFE)
def test_ordinary_markdown_and_harmless_html_pass(text):
    assert _Checker().is_safe(text)


def test_no_piece_of_the_example_and_real_banks_is_written_as_text():
    """The check must not turn ordinary banks into code blocks: none of the repository's banks trips it."""
    checker = _Checker()
    paths = sorted((ROOT / "tests" / "banks").glob("*.md")) + sorted((ROOT / "docs" / "topics").glob("*.md"))
    assert len(paths) > 30
    for path in paths:
        bank = parse_bank(path.read_bytes().decode("utf-8"), path=f"topics/{path.name}", slug=path.stem)
        messages = []
        _defused(bank, f"docs/topics/{path.name}", checker, messages)
        assert messages == [], path.name


def test_a_defused_part_keeps_its_text_in_a_code_block_and_is_named():
    text = "### 1. What is [x](javascript:alert(1))?\n\n**Answer:** <img src=x onerror=alert(2)> bad\n"
    bank = parse_bank(text, path="topics/evil.md", slug="evil")
    messages = []
    safe = _defused(bank, "docs/topics/evil.md", _Checker(), messages)
    (question,) = safe.questions
    assert question.answer == "```text\n<img src=x onerror=alert(2)> bad\n```"
    assert question.title == r"What is \[x\]\(javascript:alert\(1\)\)?"
    assert [m.text.split(": this part")[0] for m in messages] == ["docs/topics/evil.md:1", "docs/topics/evil.md:1"]
    assert bank.questions[0].answer == "<img src=x onerror=alert(2)> bad"  # the parsed bank is left as it was
