"""Every example bank in tests/banks/: style, ids, problems, and no line lost."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest
import yaml
from qabank.model import PartKind
from qabank.parse import parse_bank
from qabank.source import normalise

BANKS = Path(__file__).parent / "banks"
EXPECTED = yaml.safe_load((BANKS / "expected.yml").read_text(encoding="utf-8"))


def parse(name: str):
    return parse_bank((BANKS / name).read_bytes().decode("utf-8"), f"topics/{name}")


def test_every_example_bank_has_expectations():
    assert sorted(p.name for p in BANKS.glob("*.md") if p.name != "README.md") == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_bank(name):
    expected = EXPECTED[name]
    bank = parse(name)
    ids = [q.id for q in bank.questions]
    # "slug-*" stands for the slug with a suffix a reader cannot work out (a hash of the question).
    assert len(ids) == len(expected["ids"]), ids
    for found, wanted in zip(ids, expected["ids"], strict=True):
        assert fnmatch.fnmatchcase(found, wanted), (found, wanted, ids)
    assert len(set(ids)) == len(ids)
    if "count" in expected:
        assert len(bank.questions) == expected["count"]
    if "marks" in expected:
        assert [q.marks for q in bank.questions] == expected["marks"]
    if "description" in expected:
        assert bank.description == expected["description"]
    if "style" in expected:
        assert bank.style == expected["style"]
    if "title" in expected:
        assert bank.title == expected["title"]
    assert [s.title for s in bank.sections] == expected.get("sections", [])
    assert [[p.severity.value, p.line] for p in bank.problems] == expected.get("problems", [])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_line_lands_in_exactly_one_part(name):
    text = normalise((BANKS / name).read_bytes().decode("utf-8"))
    bank = parse(name)
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    rebuilt = ["\n".join(lines[p.span.start - 1 : p.span.end - 1]) for p in bank.parts]
    assert "\n".join(rebuilt) == "\n".join(lines)
    questions = [p.question for p in bank.parts if p.kind in (PartKind.QUESTION, PartKind.ANSWER)]
    assert sorted(set(questions)) == list(range(len(bank.questions)))


def test_label_style_details_belong_to_the_question():
    bank = parse("a-heading-label.md")
    join = bank.questions[1]
    assert join.prompt == "**Details:** think of two tables sharing a key."
    assert join.answer.startswith("It combines rows")
    assert bank.questions[0].marks == "⭐" and join.marks == "⭐⭐"
    assert bank.questions[2].own_tags == ("performance",)
    assert bank.intro.startswith("Questions about relational databases.")


def test_anchor_links_point_at_questions_or_the_topic_page():
    from qabank.pages import SiteLayout, question_page, topic_page

    bank = parse_bank((BANKS / "a-heading-label.md").read_text(encoding="utf-8"), "topics/sql.md", slug="sql")
    layout = SiteLayout()
    assert "[the join question](sql/what-does-a-join-do.md)" in topic_page(bank, layout).markdown
    join = question_page(bank, bank.questions[1], layout).markdown
    assert "[keys](what-is-a-primary-key.md)" in join
    last = question_page(bank, bank.questions[3], layout).markdown
    assert "[⬆ Back to top](../sql.md)" in last and "#sql-interview-questions" not in last
    assert not any("links to anchors" in problem.message for problem in bank.problems)


def test_heading_style_keeps_deeper_headings_and_code_in_answers():
    bank = parse("b-heading-answer.md")
    tcp, udp = bank.questions[0], bank.questions[1]
    assert "#### Handshake" in tcp.answer and "SYN, SYN-ACK, ACK." in tcp.answer
    assert "### neither is this" in udp.answer
    assert bank.sections[0].intro == "Section intro about transport."


def test_list_heading_answers_are_dedented():
    bank = parse("c-list-heading.md")
    rebase, head, stash = bank.questions
    assert rebase.answer == "It replays commits on top of another base.\n\n```bash\ngit rebase main\n```"
    assert head.answer == "HEAD points at a commit, not a branch.\n- commits made there are easy to lose"
    assert stash.answer.startswith("It shelves changes for later.")


def test_details_styles():
    d = parse("d-heading-details.md").questions[0]
    assert d.prompt.startswith("```javascript\nconsole.log(typeof null);\n```")
    assert '- B: `"object"`' in d.prompt
    assert d.answer.startswith("#### Answer: B") and "historical bug" in d.answer
    e = parse("e-details-summary.md").questions
    assert e[1].title == "What is the output of this code?"
    assert "echo $((1 + 2))" in e[1].prompt and e[1].answer == "`3`"
    assert e[2].answer == "A unit of execution inside a process."


def test_plain_and_bold_styles():
    plain = parse("i-plain.md").questions
    assert plain[1].answer == "A read-only template for containers.\nIt is built from a Dockerfile."
    assert [q.number for q in plain] == ["1", "2", None]
    bold = parse("h-bold.md").questions
    assert bold[1].answer == "A stable network endpoint for a set of Pods."
    assert bold[3].answer == "Key-value configuration for Pods."


def test_multiple_choice_reveals_the_right_option_only_in_the_answer():
    put, port, primitives = parse("mc-choices.md").questions
    assert "[x]" not in put.prompt and put.prompt.count("[ ]") == 3
    assert put.answer.startswith("**Correct:** PUT")
    assert [c.correct for c in put.choices] == [False, True, False]
    assert port.answer == "**B.** 443"
    assert primitives.answer == "**Correct:** string; symbol"


def test_unclosed_fence_follows_commonmark():
    bank = parse("bad-unclosed-fence.md")
    assert "### 2. Swallowed?" in bank.questions[0].answer
    assert "never closed" in bank.problems[0].message


def test_titles_keep_html_as_text():
    bank = parse("bad-html-titles.md")
    assert bank.questions[0].title == 'What does <script>alert("x")</script> do?'
    assert bank.questions[1].title == 'Tom & Jerry\'s "quotes" <b>bold</b>?'


def test_five_thousand_questions_in_two_megabytes():
    parts = ["---\ntags: [big]\n---\n"]
    for n in range(1, 5001):
        parts.append(
            f"### {n}. What is item {n} of the big bank?\n\n**Answer:**  \n"
            + f"Item {n} is "
            + "x" * 330
            + ".\n\n---\n\n"
        )
    text = "".join(parts)
    assert 1_900_000 < len(text.encode("utf-8")) < 2_100_000
    bank = parse_bank(text, "topics/big.md")
    assert len(bank.questions) == 5000
    assert len({q.id for q in bank.questions}) == 5000
    assert bank.questions[-1].title == "What is item 5000 of the big bank?"
    assert bank.questions[4999].answer.startswith("Item 5000 is x")
    assert bank.problems == []


@pytest.mark.parametrize(
    "name", sorted(n for n in EXPECTED if not (BANKS / n).read_bytes().decode("utf-8").startswith("---"))
)
def test_forcing_the_list_style_loses_no_line(name):
    forced = "---\nqa: {style: list}\n---\n" + normalise((BANKS / name).read_bytes().decode("utf-8"))
    bank = parse_bank(forced, f"topics/{name}")
    lines = forced.split("\n")
    if lines[-1] == "":
        lines.pop()
    rebuilt = ["\n".join(lines[p.span.start - 1 : p.span.end - 1]) for p in bank.parts]
    assert "\n".join(rebuilt) == "\n".join(lines)
    assert bank.style in ("list", "none")
