"""The exports' pure core (qabank.export): edit links, related questions, share meta, difficulty,
questions.json against its schema. The built site is checked in test_exports_site.py."""

from __future__ import annotations

import json
import time
from pathlib import Path

import jsonschema
import pytest
from qabank.export.difficulty import difficulty
from qabank.export.edit_links import repository
from qabank.export.questions_json import questions_document
from qabank.export.related import WINDOW, related_questions
from qabank.export.rendered import exported_questions, html_text, split_rendered
from qabank.export.share import first_sentence, question_description, question_json_ld, topic_json_ld
from qabank.model import Question
from qabank.pages import SiteLayout
from qabank.parse import parse_bank

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "schemas" / "questions.schema.json").read_text())
REPO = "https://github.com/me/notes"
BANK = """---
tags: [python]
title: Python basics
---
### 1. What is `len` for? ⭐⭐
<!-- tags: builtins -->

**Answer:** It counts the items of a container. Lists, dicts and strings have a length.

### 2. Why does </script> stay text? ⭐⭐⭐

**Answer:** Because the page escapes it.

### 3. What is left?

**Answer:** TODO
"""
RENDERED = {
    "topics/python-basics/what-is-len-for.md": (
        '<p>Prompt</p>\n<details class="answer">\n<summary data-search-exclude>Show answer</summary>\n'
        "<p>It counts the items of a container. Lists, dicts and strings have a length.</p>\n</details>"
    ),
    "topics/python-basics/why-does-script-stay-text.md": (
        '<details class="answer">\n<summary>Show answer</summary>\n<p>Because the page escapes '
        "&lt;/script&gt;.</p>\n</details>\n"
    ),
}


@pytest.fixture(scope="module")
def bank():
    return parse_bank(BANK, "topics/python-basics.md", slug="python-basics")


@pytest.fixture(scope="module")
def exported(bank):
    return exported_questions([bank], SiteLayout(), RENDERED, site_url="https://x.org/site/")


# Edit links


@pytest.mark.parametrize(
    ("edit_uri", "branch", "folder"),
    [
        ("edit/main/docs/", "main", "docs/"),
        ("blob/master/docs/", "master", "docs/"),
        ("edit/dev/site/docs", "dev", "site/docs/"),
        ("edit/main/", "main", ""),
        (f"{REPO}/edit/trunk/docs/", "trunk", "docs/"),
    ],
)
def test_edit_links_take_branch_and_folder_from_edit_uri(edit_uri, branch, folder):
    repo = repository(REPO, edit_uri)
    assert (repo.branch, repo.folder) == (branch, folder)
    links = repo.links("topics/python basics.md", 131)
    assert links.view == f"{REPO}/blob/{branch}/{folder}topics/python%20basics.md#L131"
    assert links.edit == f"{REPO}/edit/{branch}/{folder}topics/python%20basics.md"


@pytest.mark.parametrize(
    ("repo_url", "edit_uri"),
    [
        (None, "edit/main/docs/"),
        ("", "edit/main/docs/"),
        (REPO, ""),
        (REPO, None),
        (REPO, "?path=/docs/"),
        (REPO, "https://elsewhere.org/edit/main/"),
        (REPO, "tree/main/docs/"),
        (REPO, "edit/"),
    ],
)
def test_no_edit_links_without_a_repository_or_with_an_edit_uri_they_cannot_come_from(repo_url, edit_uri):
    assert repository(repo_url, edit_uri) is None


# Related questions


def _question(index: int, title: str, answer: str = "", tags: tuple[str, ...] = ()) -> Question:
    return Question(id=f"q{index}", position=index, title=title, prompt="", answer=answer, own_tags=tags)


def test_related_by_rare_shared_words_and_tags_never_itself():
    questions = [
        _question(0, "What does a reverse proxy do?", "It forwards requests to upstream servers."),
        _question(1, "What is a load balancer?", "It spreads requests over upstream servers like a reverse proxy."),
        _question(2, "What is a Python decorator?", "A function wrapping a function.", ("python",)),
        _question(3, "What is a generator?", "A function that yields values lazily.", ("python",)),
        _question(4, "What is a closure?", "Nothing in common here with others.", ()),
    ]
    related = related_questions(questions)
    assert [r.index for r in related[0]][:1] == [1]
    assert [r.index for r in related[1]][:1] == [0]
    assert [r.index for r in related[2]][:1] == [3]
    for index, chosen in enumerate(related):
        assert index not in [r.index for r in chosen]
        assert len(chosen) <= 5
    assert related[4] == []


def test_related_at_most_five_best_first_and_candidates_capped_by_the_window():
    # Every question shares one tag: each meets only its WINDOW neighbours on each side, not all N.
    questions = [_question(i, f"Question number {i}", "", ("shared",)) for i in range(200)]
    related = related_questions(questions)
    for index, chosen in enumerate(related):
        assert len(chosen) == 5
        assert all(abs(r.index - index) <= WINDOW for r in chosen)
        scores = [r.score for r in chosen]
        assert scores == sorted(scores, reverse=True)


def test_related_time_grows_linearly():
    def run(count: int) -> float:
        words = [f"term{i % 997}x" for i in range(count)]
        questions = [
            _question(i, f"What is {words[i]} and {words[(i * 7) % count]}?", f"{words[(i * 13) % count]} " * 3)
            for i in range(count)
        ]
        start = time.perf_counter()
        related_questions(questions)
        return time.perf_counter() - start

    run(500)  # warm up
    small, large = min(run(2000) for _ in range(2)), min(run(8000) for _ in range(2))
    # Linear: 4 times the questions take about 4 times as long (all pairs would take 16 times).
    assert large < small * 8


# Share meta


def test_first_sentence_plain_and_at_most_160_characters():
    assert first_sentence("One. Two.") == "One."
    assert first_sentence("No end here\nsecond line") == "No end here"
    assert first_sentence("Version 3.11 is out. Next.") == "Version 3.11 is out."
    assert first_sentence("进程是资源分配的单位。线程是调度的单位。") == "进程是资源分配的单位。"
    long = "word " * 60
    cut = first_sentence(long)
    assert len(cut) <= 160 and cut.endswith("…") and not cut.endswith(" …")


def test_description_is_the_answers_first_sentence_without_code_or_tables(exported):
    first = exported[0]
    assert question_description(first) == "It counts the items of a container."
    assert html_text("<pre><code>x = 1</code></pre><p>Text <b>bold</b>.</p>", skip=frozenset({"pre"})) == "Text bold."
    assert question_description(exported[2]) == "What is left?"  # no answer: the title


def test_split_rendered_keeps_the_prompt_and_the_answer_apart():
    prompt, answer = split_rendered(RENDERED["topics/python-basics/what-is-len-for.md"])
    assert prompt == "<p>Prompt</p>"
    assert answer.startswith("<p>It counts") and answer.endswith("</p>")
    assert split_rendered('<div class="admonition note">No answer</div>') == (
        '<div class="admonition note">No answer</div>',
        None,
    )


def google_flashcard_errors(data: dict) -> list[str]:
    """Google's Education Q&A rules for a flashcard page: a Quiz whose hasPart holds Questions with
    eduQuestionType Flashcard, text, and an acceptedAnswer Answer with text."""
    errors = []
    if data.get("@context") not in ("https://schema.org/", "https://schema.org", "http://schema.org"):
        errors.append("@context")
    if data.get("@type") != "Quiz":
        errors.append("@type Quiz")
    parts = data.get("hasPart")
    if not isinstance(parts, list) or not parts:
        return [*errors, "hasPart"]
    for part in parts:
        if part.get("@type") != "Question":
            errors.append("Question @type")
        if part.get("eduQuestionType") != "Flashcard":
            errors.append("eduQuestionType")
        if not isinstance(part.get("text"), str) or not part["text"].strip():
            errors.append("Question text")
        answer = part.get("acceptedAnswer")
        if not isinstance(answer, dict) or answer.get("@type") != "Answer" or not str(answer.get("text", "")).strip():
            errors.append("acceptedAnswer")
    return errors


def test_json_ld_is_a_quiz_google_accepts_and_absent_without_an_answer(exported):
    data = question_json_ld(exported[1])
    assert google_flashcard_errors(data) == []
    assert data["hasPart"][0]["text"] == "Why does </script> stay text?"
    assert data["hasPart"][0]["acceptedAnswer"]["text"] == "Because the page escapes </script>."
    assert data["url"] == "https://x.org/site/topics/python-basics/why-does-script-stay-text/"
    assert question_json_ld(exported[2]) is None


def test_topic_item_list_has_every_question_url_in_order(exported):
    data = topic_json_ld(exported)
    assert data["@type"] == "ItemList"
    assert [item["position"] for item in data["itemListElement"]] == [1, 2, 3]
    assert [item["url"] for item in data["itemListElement"]] == [q.url for q in exported]
    assert topic_json_ld(exported_questions([exported[0].bank], SiteLayout(), {})) is None  # no site URL


# Difficulty and questions.json


def test_difficulty_from_marks():
    assert difficulty("") is None
    assert difficulty("⭐⭐⭐") == {"marks": "⭐⭐⭐", "level": 3}
    assert difficulty("⭐\ufe0f⭐\ufe0f") == {"marks": "⭐\ufe0f⭐\ufe0f", "level": 2}
    assert difficulty("🔥") == {"marks": "🔥", "level": None}


def test_questions_document_follows_its_schema(exported, bank):
    document = questions_document(exported, site_name="Notes", site_url="https://x.org/site/")
    jsonschema.validate(document, SCHEMA)
    first = document["questions"][0]
    assert first["key"] == "python-basics/what-is-len-for"
    assert first["difficulty"] == {"marks": "⭐⭐", "level": 2}
    assert first["tags"] == ["python", "builtins"]
    assert first["source"] == {"file": "docs/topics/python-basics.md", "line": 5}
    assert first["answer_markdown"].startswith("It counts")
    assert first["answer_html"].startswith("<p>It counts")
    assert document["questions"][2]["answer_markdown"] is None and document["questions"][2]["answer_html"] is None
    broken = json.loads(json.dumps(document))
    broken["questions"][0]["source"]["line"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)
