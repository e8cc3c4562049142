"""Parser rules beyond the seed: tags, ids, labels, structure decided by CommonMark."""

from __future__ import annotations

import re

import pytest
from qabank.ids import slug_for
from qabank.model import Severity
from qabank.parse import clean_title, parse_bank


def bank(text: str):
    return parse_bank(text, "topics/t.md", slug="t")


def test_question_tags_come_from_a_comment_under_the_heading():
    b = bank(
        "---\ntags: [sql]\n---\n### 1. What is a join?\n<!-- tags: joins, basics -->\n\n**Answer:** Combines rows.\n"
    )
    q = b.questions[0]
    assert q.own_tags == ("joins", "basics")
    assert q.tags == ("sql", "joins", "basics")
    assert q.prompt == "" and q.answer == "Combines rows."


def test_answer_text_on_the_label_line_is_kept():
    b = bank("### Q1: Why?\n**Answer**: Because.\nAnd more.\n")
    assert b.questions[0].answer == "Because.\nAnd more."
    assert b.questions[0].number == "1"


@pytest.mark.parametrize("label", ["**Answer:**", "**Answer**:", "Answer:", "**A:**", "__Answer:__"])
def test_answer_label_variants(label):
    b = bank(f"## 1. What is X?\n\n{label}\n\nX is a letter.\n")
    assert b.style == "label"
    assert b.questions[0].answer == "X is a letter."


def test_details_before_the_label_belong_to_the_question():
    b = bank("### 1. What does this print? ⭐⭐\n\n```python\nprint(1)\n```\n\n**Answer:**\n\n`1`\n")
    q = b.questions[0]
    assert q.title == "What does this print?" and q.marks == "⭐⭐"
    assert q.prompt == "```python\nprint(1)\n```"
    assert q.answer == "`1`"


def test_hash_lines_inside_code_are_not_questions():
    b = bank(
        "### 1. Shell?\n\n**Answer:**\n\n```bash\n### not a question\n# comment\n```\n\n"
        "### 2. Next?\n\n**Answer:** yes\n"
    )
    assert [q.title for q in b.questions] == ["Shell?", "Next?"]
    assert "### not a question" in b.questions[0].answer


def test_explicit_id_wins_and_is_removed_from_the_title():
    b = bank("### 1. What is a B-tree? {#btree}\n\n**Answer:** A tree.\n")
    assert b.questions[0].id == "btree"
    assert b.questions[0].title == "What is a B-tree?"


def test_duplicate_titles_get_distinct_stable_ids():
    text = (
        "### What's the output?\n\n```js\n1+1\n```\n\n**Answer:** 2\n\n"
        "### What's the output?\n\n```js\n2+2\n```\n\n**Answer:** 4\n"
    )
    first = [q.id for q in bank(text).questions]
    # Every copy of a repeated title carries a hash of its own content, so that no id depends on the order.
    assert all(re.fullmatch(r"whats-the-output-[0-9a-f]{6}", i) for i in first)
    assert len(set(first)) == 2
    assert [q.id for q in bank(text).questions] == first
    copies = text.split("### ")[1:]
    swapped = [q.id for q in bank("### " + "### ".join(reversed(copies))).questions]
    assert swapped == first[::-1]


def test_question_without_answer_is_kept_and_counted():
    b = bank("### 1. Done?\n\n**Answer:** yes\n\n### 2. Pending?\n\n**Answer:** TODO\n\n### 3. Empty?\n")
    assert [q.has_answer for q in b.questions] == [True, False, False]
    infos = [p for p in b.problems if p.severity is Severity.INFO]
    assert "2 of 3 questions have no answer yet" in infos[0].message


def test_unicode_and_emoji_titles_get_readable_slugs():
    assert slug_for("什么是进程？") == "什么是进程"
    assert slug_for("Что такое индекс?") == "что-такое-индекс"
    assert slug_for("🚀🔥") == "rocket-fire"


def test_clean_title_prefixes():
    assert clean_title("12. What?")[:2] == ("What?", "12")
    assert clean_title("Q3. What?")[:2] == ("What?", "3")
    assert clean_title("Q: What?")[:2] == ("What?", None)
    assert clean_title("2024 goals")[:2] == ("2024 goals", None)


def test_broken_front_matter_is_reported_with_its_line():
    b = bank("---\ntags: [a, b\n---\n### 1. Q?\n\n**Answer:** A.\n")
    assert len(b.questions) == 1
    warning = b.problems[0]
    assert warning.severity is Severity.WARNING and warning.line in (2, 3)
    assert "not valid YAML" in warning.message


def test_prose_without_questions_is_reported():
    b = bank("# Notes\n\nJust some prose.\n")
    assert b.questions == []
    assert "no questions found" in b.problems[0].message


def test_bom_and_crlf_are_handled():
    b = bank("\ufeff---\r\ntags: [x]\r\n---\r\n### 1. Q?\r\n\r\n**Answer:**\r\nA.\r\n")
    assert b.tags == ("x",) and b.questions[0].answer == "A."
