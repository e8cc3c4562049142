"""Smoke run of bench/real_banks.py on two made-up banks (the real corpus stays outside the repository)."""

from __future__ import annotations

import importlib.util
import sys

from sitebuild import PROJECT

LABEL_BANK = """---
tags: [smoke]
---
# Smoke label bank

Intro text of the bank, with a [link](https://example.com).

### 1. What is a queue?

**Answer:**
A first-in, first-out collection.

---

### 2. What is a stack? ⭐

**Answer:**

| Operation | Cost |
|---|---|
| push | constant |

```python
stack.append(1)  # push
```
"""

DETAILS_BANK = """# Smoke details bank

<details><summary>Why cache results?</summary>

Repeated work is skipped.
</details>

<details><summary>What does a load balancer do?</summary>

It spreads requests over servers.
</details>
"""


def load_script():
    if "real_banks" not in sys.modules:  # registered first: its dataclasses look their module up
        spec = importlib.util.spec_from_file_location("real_banks", PROJECT / "bench" / "real_banks.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["real_banks"] = module
        spec.loader.exec_module(module)
    return sys.modules["real_banks"]


def test_real_banks_reports_a_row_per_file(tmp_path):
    real_banks = load_script()
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "smoke-label.md").write_text(LABEL_BANK, encoding="utf-8")
    (folder / "smoke-details.md").write_text(DETAILS_BANK, encoding="utf-8")
    manifest = tmp_path / "manifest.yml"
    manifest.write_text(
        "files:\n  - file: smoke-label.md\n    expected_questions: 2\n    question_regex: '^### \\d'\n"
        "  - file: smoke-details.md\n    expected_questions: 2\n",
        encoding="utf-8",
    )
    report = real_banks.run(folder, manifest)
    rows = {row["file"]: row for row in report["rows"]}
    assert set(rows) == {"smoke-label.md", "smoke-details.md"}
    for row in rows.values():
        assert {"style", "questions", "expected", "visible_share", "lines", "missing"} <= set(row)
        assert row["expected"] == 2 and row["pages"] >= 2 and 0 <= row["visible_share"] <= 1
    label = rows["smoke-label.md"]
    assert label["style"] == "label" and label["questions"] == 2 and label["placed"] == 2
    assert label["missed_questions"] == [] and label["extra_questions"] == []
    assert rows["smoke-details.md"]["placed"] is None  # no question_regex in its manifest entry
    assert label["visible_share"] == 1.0, label["missing"]  # the seed's own style loses nothing
    assert report["totals"]["expected"] == 4 and report["build_error"] is None
    table = real_banks.table(report, missing=3)
    header = "| file | style | questions | expected | placed | visible share | missing lines | warnings |"
    assert table.splitlines()[0] == header
    assert "| smoke-label.md | label | 2 | 2 | 2 | 100.0% | 0 of " in table and "**total (2 files)**" in table
    assert label["warnings"] == [] and "found != expected without a warning: 0" in table


def test_totals_count_wrong_files_without_a_warning():
    real_banks = load_script()
    row = {"questions": 3, "expected": 3, "placed": None, "lines": 1, "visible_lines": 1, "warnings": []}
    warned = [{"line": 4, "text": "the split looks doubtful"}]
    rows = [row, {**row, "questions": 2}, {**row, "questions": 2, "warnings": warned}, {**row, "warnings": warned}]
    totals = real_banks.totals(rows)
    assert (totals["right"], totals["wrong_silent"], totals["warned"]) == (2, 1, 2)
    assert real_banks._warned(rows[2]) == "1 (l. 4)" and real_banks._warned(row) == ""


def test_placed_questions_pairs_expected_lines_with_parser_starts():
    real_banks = load_script()
    text = "# T\n<details>\n<summary>Q1?</summary>\nA\n</details>\n### Q2?\nA\n### Q3?\n"
    # the parser's questions start at 2 (the <details> above the summary) and 6; 4 is a stray one
    matched, missed, extra = real_banks.placed_questions(text, [2, 4, 6], r"<summary>|^### ")
    assert (matched, missed, extra) == ([3, 6], [8], [4])


def test_a_line_missing_from_the_pages_is_counted_as_missing():
    real_banks = load_script()
    bank = "# Bank\n\n### What is a queue?\n\n**Answer:**\nFirst in, first out.\n\nA second paragraph.\n"
    page = (
        '<html><body><nav>A second paragraph</nav><article class="md-content__inner md-typeset">'
        "<h1>What is a queue?</h1><details><summary>Show answer</summary><p>First in, first out.</p></details>"
        "<script>var a = 'A second paragraph';</script></article></body></html>"
    )
    seen = real_banks.visibility(bank, [page])
    assert [line.number for line in seen.missing] == [1, 8]  # the title "Bank" and the second paragraph
    assert seen.lines == 5 and seen.visible == 3
    twice = bank + "\nFirst in, first out.\n"  # the same line again: the page shows it only once
    assert [line.number for line in real_banks.visibility(twice, [page]).missing] == [1, 8, 10]
    complete = page.replace("</article>", "<p>Bank. A second paragraph.</p></article>")
    assert real_banks.visibility(bank, [complete]).missing == []


def test_reader_text_keeps_only_what_a_reader_sees():
    real_banks = load_script()
    assert real_banks.words(real_banks.reader_text("1. **[Routing](#routing)** <b>guards</b> :rocket: {#id}")) == [
        "routing",
        "guards",
    ]
    assert real_banks.words(real_banks.reader_text("## Q12: What is `__init__`? <!-- tags: py -->")) == [
        "what",
        "is",
        "init",
    ]
    assert real_banks.words(real_banks.reader_text("## Q. How does it work?")) == ["how", "does", "it", "work"]
    # Question and answer labels are structure, in any language; a word that only looks like one is kept.
    assert real_banks.words(real_banks.reader_text("Frage: Was ist x?")) == ["was", "ist", "x"]
    for line in ("**Antwort: x**", "Pytanie: x", "**Odpowiedź:** x", "A: x", "答案：x"):
        assert real_banks.words(real_banks.reader_text(line)) == ["x"], line
    assert real_banks.words(real_banks.reader_text("Answering: x")) == ["answering", "x"]
    assert real_banks.words("缓存是什么") == ["缓", "存", "是", "什", "么"]
    lines = real_banks.source_lines("---\ntitle: X\n---\n\n```md\n# kept as code\n```\n[ref]: https://example.com\n")
    assert [(line.number, line.words) for line in lines] == [
        (5, []),
        (6, ["kept", "as", "code"]),
        (7, []),
        (8, []),
    ]
    quoted = real_banks.source_lines("> ```js\n> let a = 1;\n> ```\n\nx<sub>i</sub> and B1*x1\n")
    assert [line.words for line in quoted] == [[], ["let", "a", "1"], [], ["x", "i", "and", "b1", "x1"]]
    page = '<article class="md-content__inner"><p>x<sub>i</sub> and B1<em>x1</em></p></article>'
    assert real_banks.words(real_banks.visible_text(page)) == ["x", "i", "and", "b1", "x1"]
