"""The parser on the user's own bank: every question, every answer line, every tag."""

from __future__ import annotations

import re

import pytest
from qabank.model import PartKind
from qabank.parse import parse_bank
from sitebuild import SEED

TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def bank():
    return parse_bank(TEXT, "topics/backend-interview-questions.md", slug="backend-interview-questions")


def expected_questions() -> list[tuple[str, str, list[str]]]:
    """(number, title, answer lines) read straight from the file, independently of the parser."""
    blocks = re.split(r"^### ", TEXT, flags=re.MULTILINE)[1:]
    result = []
    for block in blocks:
        heading, _, body = block.partition("\n")
        number, title = re.match(r"(\d+)\. (.*)", heading).groups()
        answer = body.split("**Answer:**", 1)[1]
        answer = re.sub(r"\n---\s*$", "", answer.rstrip())
        result.append((number, title, [line.strip() for line in answer.splitlines() if line.strip()]))
    return result


def test_seed_has_25_questions(bank):
    assert len(bank.questions) == 25
    assert [q.position for q in bank.questions] == list(range(1, 26))
    assert [q.number for q in bank.questions] == [str(n) for n in range(1, 26)]


def test_titles_drop_the_number_prefix(bank):
    assert [q.title for q in bank.questions] == [title for _, title, _ in expected_questions()]
    assert bank.questions[0].title == "What is the main purpose of a backend in a web application?"


def test_every_answer_line_is_kept_in_order(bank):
    for question, (_, _, lines) in zip(bank.questions, expected_questions(), strict=True):
        got = [line.strip() for line in question.answer.splitlines() if line.strip()]
        assert got == lines, question.title


def test_answers_keep_markdown_details(bank):
    first, second = bank.questions[0], bank.questions[1]
    assert "correctly and securely." in first.answer
    assert "external systems.  \nIt acts" in first.answer, "hard line break (two spaces) lost"
    assert "|Over-fetching|Common|Eliminated|" in second.answer
    assert "→" in bank.questions[2].answer
    assert not any(q.answer.rstrip().endswith("---") for q in bank.questions), "separator leaked into answer"
    assert all(q.prompt == "" for q in bank.questions)


def test_answer_20_mentions_bcrypt(bank):
    assert "bcrypt" in bank.questions[19].answer


def test_bank_tags_reach_every_question(bank):
    assert bank.tags == ("interviews", "backend")
    assert all(q.tags == ("interviews", "backend") for q in bank.questions)


def test_title_and_style(bank):
    assert bank.title == "Backend interview questions"
    assert bank.style == "label"
    assert bank.problems == []


def test_every_line_belongs_to_exactly_one_part(bank):
    lines = TEXT.split("\n")
    rebuilt = "\n".join("\n".join(lines[p.span.start - 1 : p.span.end - 1]) for p in bank.parts)
    assert rebuilt == TEXT
    kinds = [p.kind for p in bank.parts]
    assert kinds[0] is PartKind.FRONT_MATTER
    assert kinds.count(PartKind.QUESTION) == kinds.count(PartKind.ANSWER) == 25


def test_question_spans_point_at_their_headings(bank):
    lines = TEXT.split("\n")
    for question in bank.questions:
        assert lines[question.span.start - 1] == f"### {question.number}. {question.title}"


def test_ids_are_unique_and_readable(bank):
    ids = [q.id for q in bank.questions]
    assert len(set(ids)) == 25
    assert ids[0] == "what-is-the-main-purpose-of-a-backend-in-a-web-application"
    assert bank.questions[4].id == "whats-the-difference-between-synchronous-and-asynchronous-processing"


def test_ids_survive_renumbering_and_reordering(bank):
    blocks = re.split(r"(?=^### )", TEXT, flags=re.MULTILINE)
    head, questions = blocks[0], blocks[1:]
    questions = [q.rstrip("\n-") + "\n\n---\n\n" for q in reversed(questions)]
    renumbered = [re.sub(r"^### \d+\.", f"### {n}.", q) for n, q in enumerate(questions, 1)]
    shuffled = parse_bank(head + "".join(renumbered), "x.md")
    before = {q.title: q.id for q in bank.questions}
    after = {q.title: q.id for q in shuffled.questions}
    assert after == before
    assert shuffled.questions[0].number == "1" and shuffled.questions[0].title == bank.questions[-1].title
