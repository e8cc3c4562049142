"""Question ids: safe as file names and URLs whatever the bank says, and independent of question order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qabank.ids import MAX_ID_BYTES, slug_for
from qabank.parse import parse_bank


def bank_of(*questions: str):
    return parse_bank("".join(questions), "topics/ids.md", slug="ids")


@pytest.mark.parametrize(
    ("given", "why"),
    [
        (".", "starts with '.'"),
        ("..", "starts with '.'"),
        (".hidden", "starts with '.'"),
        ("a/b", "may only hold letters, digits"),
        ("a\\b", "may only hold letters, digits"),
        ("a?b", "may only hold letters, digits"),
        ("index.html", "ends in a file extension"),
        ("notes.md", "ends in a file extension"),
        ("index", "is reserved"),
        ("INDEX", "is reserved"),
        ("read", "is reserved: it is the name of the topic's reading page"),
        ("Read", "is reserved"),
        ("x" * 101, "is 101 bytes long; ids may have at most 100"),
        ("进" * 34, "is 102 bytes long"),
    ],
)
def test_unsafe_explicit_ids_are_refused_with_the_line_and_what_to_change(given, why):
    bank = bank_of("### 1. Fine?\n\n**Answer:** A.\n\n", f"### 2. What is X? {{#{given}}}\n\n**Answer:** X.\n")
    question = bank.questions[1]
    assert question.title == "What is X?"
    assert question.id == "what-is-x"
    problems = [p for p in bank.problems if p.line == 5]
    assert len(problems) == 1, bank.problems
    assert f"id '{given}' {why}" in problems[0].message
    assert "give this question another {#id}" in problems[0].message


def test_safe_explicit_ids_are_kept():
    bank = bank_of("### A? {#a.b:c_d-e}\n\n**Answer:** A.\n\n", "### B? {#进程}\n\n**Answer:** B.\n")
    assert [q.id for q in bank.questions] == ["a.b:c_d-e", "进程"]
    assert bank.problems == []


def test_long_titles_in_any_script_give_short_distinct_ids():
    cjk = "什么是进程" * 40
    titles = [cjk + "甲", cjk + "乙", "word " * 100 + "one", "word " * 100 + "two", "🚀" * 200]
    bank = bank_of(*(f"### {t}\n\n**Answer:** A.\n\n" for t in titles))
    ids = [q.id for q in bank.questions]
    assert len(set(ids)) == len(ids)
    assert all(len(i.encode("utf-8")) <= MAX_ID_BYTES for i in ids), ids
    assert ids[0].startswith("什么是进程什么是进程")
    assert slug_for("What is a B-tree?") == "what-is-a-b-tree", "short slugs are unchanged"
    assert len(slug_for("x" * 79 + " y")) <= 80, "long ASCII slugs are cut as before, by characters"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_made_ids_fit_in_a_file_name(title):
    assert 0 < len(slug_for(title).encode("utf-8")) <= MAX_ID_BYTES - 11  # room for '-<hash>-<counter>'


QUESTION = st.tuples(
    st.sampled_from(["What's the output?", "What is X?", "Why?", "什么是进程", "🚀"]),
    st.sampled_from(["", "```js\n1+1\n```", "- [ ] a\n- [x] b", "Consider this."]),
    st.text(alphabet="abc xyz", min_size=1, max_size=12).filter(str.strip),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(QUESTION, max_size=12, unique=True), st.randoms(use_true_random=False))
def test_reordering_questions_never_changes_an_id(questions, random):
    def text(order):
        return "".join(f"### {title}\n\n{prompt}\n\n**Answer:** {answer}\n\n" for title, prompt, answer in order)

    ids = {q.title + q.prompt + (q.answer or ""): q.id for q in bank_of(text(questions)).questions}
    shuffled = list(questions)
    random.shuffle(shuffled)
    again = {q.title + q.prompt + (q.answer or ""): q.id for q in bank_of(text(shuffled)).questions}
    assert again == ids
    assert len(set(ids.values())) == len(ids)
