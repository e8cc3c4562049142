"""Detection: every style on the same evidence, read section by section, doubt said out loud."""

from __future__ import annotations

from pathlib import Path

import pytest
from qabank.model import Severity
from qabank.parse import parse_bank
from qabank.vocabulary import Vocabulary, is_navigation, is_placeholder, split_trailing_marks


def parse(text: str):
    return parse_bank(text, "topics/t.md", slug="t")


def warnings(bank) -> list[str]:
    return [p.message for p in bank.problems if p.severity is Severity.WARNING]


def heading_bank(count: int, extra: dict[int, str] | None = None) -> str:
    extra = extra or {}
    return "# Bank\n\n" + "".join(
        f"## {n}. What is thing number {n}?\n\nThing {n} is a thing.\n\n{extra.get(n, '')}\n"
        for n in range(1, count + 1)
    )


def test_one_stray_bold_line_does_not_flip_a_heading_bank():
    bank = parse(heading_bank(12, {5: "**Why does this matter?**\n\nBecause it does.\n"}))
    assert len(bank.questions) == 12 and bank.style == "heading"
    assert "**Why does this matter?**" in bank.questions[4].answer
    assert warnings(bank) == []


def test_numbered_bold_sub_labels_stay_in_answers():
    labels = {n: "**1. Primitives:**\n\nints\n\n**2. Objects:**\n\ndicts\n" for n in range(1, 6)}
    bank = parse(heading_bank(5, labels).replace("## ", "## Q. ").replace("Q. 1. ", "Q. "))
    assert len(bank.questions) == 5
    assert all("**2. Objects:**" in q.answer for q in bank.questions)


def test_a_file_may_mix_styles_by_section():
    text = (
        "# Mixed\n\n## Theory\n\n1. ### What is X?\n   X is x.\n2. ### What is Y?\n   Y is y.\n\n"
        "## Exercises\n\n#### 1. Reverse a string\n\nUse slicing.\n\n#### 2. Sum a list\n\nUse sum.\n\n"
        "## Quiz\n\n<details><summary>What is Z?</summary>\n\nZ is z.\n\n</details>\n\n"
        "<details><summary>What is W?</summary>\n\nW is w.\n\n</details>\n"
    )
    bank = parse(text)
    assert [q.title for q in bank.questions] == [
        "What is X?",
        "What is Y?",
        "Reverse a string",
        "Sum a list",
        "What is Z?",
        "What is W?",
    ]
    assert bank.style == "mixed" and bank.styles == {"list-heading": 2, "heading": 2, "details": 2}
    assert [bank.sections[q.section_index].title for q in bank.questions] == ["Theory"] * 2 + ["Exercises"] * 2 + [
        "Quiz"
    ] * 2


def test_a_close_runner_up_is_a_warning_naming_line_style_and_front_matter():
    text = "".join(
        f"### {n}. Topic {n}\n\nNotes on topic {n}.\n\n<details><summary>Explain topic {n} in one line?</summary>\n\n"
        f"It is topic {n}.\n\n</details>\n\n"
        for n in range(1, 6)
    )
    bank = parse(text)
    (message,) = warnings(bank)
    doubt = next(p for p in bank.problems if p.severity is Severity.WARNING)
    assert message.startswith("the split looks doubtful")
    assert "qa: {style: details}" in message and "qa: {style: heading}" in message
    assert doubt.line == 5  # the first <details> the winning reading did not take as a question


def test_little_text_in_questions_is_a_warning_at_the_first_line_outside():
    text = "# Notes\n\n" + "A long note.\n\n" * 12 + "## 1. What is A?\n\nA.\n\n## 2. What is B?\n\nB.\n"
    bank = parse(text)
    (message,) = warnings(bank)
    assert "of the text is in questions" in message
    assert next(p.line for p in bank.problems if p.severity is Severity.WARNING) == 3


def test_forcing_a_style_silences_the_doubt():
    text = "---\nqa: {style: heading}\n---\n# Notes\n\n" + "A long note.\n\n" * 12 + "## 1. What is A?\n\nA.\n"
    assert warnings(parse(text)) == []


@pytest.mark.parametrize("label", ["**Antwort:**", "**Réponse :**", "**Ответ:**", "**정답:**", "**答案：**", "Cevap:"])
def test_answer_labels_in_other_languages(label):
    bank = parse(f"### 1. Q one?\n\n{label} first.\n\n### 2. Q two?\n\n{label} second.\n")
    assert bank.style == "label"
    assert [q.answer for q in bank.questions] == ["first.", "second."]


def test_answer_labels_from_front_matter():
    text = "---\nqa: {answer_labels: [Svar]}\n---\n"
    text += "### 1. Vad är X?\n\n**Svar:** Ett X.\n\n### 2. Vad är Y?\n\n**Svar:** Y.\n"
    bank = parse(text)
    assert bank.style == "label" and bank.questions[0].answer == "Ett X."
    assert "Svar" not in (bank.questions[0].prompt or "")


def test_bad_answer_labels_setting_is_reported():
    bank = parse("---\nqa: {answer_labels: 3}\n---\n### 1. Q?\n\n**Answer:** A.\n")
    assert any("answer_labels" in p.message for p in bank.problems)


@pytest.mark.parametrize(
    ("summary", "label"),
    [
        ("Answer", True),
        ("答案", True),
        ("Show answer", True),
        ("See solution", True),
        ("Click to expand", True),
        ("Check answer", True),
        ("Check whether a list is sorted", False),
        ("See the difference between == and ===", False),
        ("View the event loop in action: what prints first?", False),
    ],
)
def test_summary_labels(summary, label):
    assert Vocabulary().is_summary_label(summary) is label


@pytest.mark.parametrize(
    ("title", "navigation"),
    [
        ("Table of Contents", True),
        ("Related Topics", True),
        ("References", True),
        ("# Variables", True),
        ("目录", True),
        ("What is a reference?", False),
        ("Contents of a JAR file", False),
        ("Hide/Show table of contents", True),
        ("Show TOC", True),
        ("Show the output", False),
        ("Open questions", False),
    ],
)
def test_navigation_titles(title, navigation):
    assert is_navigation(title) is navigation


def test_marks_after_a_bold_question():
    text = "**What is overfitting? 👶**\n\nNoise.\n\n**What is bias? \u200d⭐️**\n\nAssumptions.\n\n"
    text += "**Why? 🚀**\n\nBecause.\n"
    bank = parse(text)
    assert [(q.title, q.marks) for q in bank.questions] == [
        ("What is overfitting?", "👶"),
        ("What is bias?", "⭐️"),
        ("Why?", "🚀"),
    ]
    assert split_trailing_marks("Title" + " " * 40_000 + "x") == ("Title" + " " * 40_000 + "x", "")


@pytest.mark.parametrize(
    "answer",
    [
        "TODO",
        "Read answer on [site](https://example.com/q/1)",
        "Answer here",
        "[第 28 题](https://github.com/x/y/issues/28)",
    ],
)
def test_placeholders_are_no_answer(answer):
    assert is_placeholder(answer)
    bank = parse(f"### 1. What is A?\n\n**Answer:** real.\n\n### 2. What is B?\n\n**Answer:** {answer}\n")
    assert bank.questions[1].answer is None


def test_a_pointer_placeholder_stays_visible_with_the_question():
    bank = parse("## 1. What is A?\n\nRead answer on [site](https://x.y/a)\n\n## 2. What is C?\n\n**Answer:** C.\n")
    assert bank.questions[0].answer is None
    assert "Read answer on [site](https://x.y/a)" in bank.questions[0].prompt


def test_prose_is_not_a_bank():
    text = "# Essay\n\n## Introduction\n\nProse.\n\n## What about later\n\nMore prose.\n\n## Conclusion\n\nEnd.\n"
    bank = parse(text)
    assert bank.questions == [] and [s.title for s in bank.sections] == [
        "Introduction",
        "What about later",
        "Conclusion",
    ]
    assert "no questions found" in warnings(bank)[0]


def test_question_lists():
    text = "# Front-end\n\n## General\n\n"
    text += "* What is a doctype?\n* Explain event delegation.\n* Why use a CDN?\n* Describe BEM.\n"
    bank = parse(text)
    assert [q.title for q in bank.questions] == [
        "What is a doctype?",
        "Explain event delegation.",
        "Why use a CDN?",
        "Describe BEM.",
    ]
    assert bank.style == "list" and not any(q.has_answer for q in bank.questions)


def test_a_table_of_contents_list_is_no_question_list():
    toc = "".join(f"- [What is thing {n}?](#what-is-thing-{n})\n" for n in range(1, 6))
    bank = parse("# T\n\n" + toc + "\n" + heading_bank(5)[len("# Bank\n\n") :])
    assert len(bank.questions) == 5 and bank.style == "heading"


def test_bold_numbered_tasks():
    text = (
        "## SQL\n\n**1)** The number of active ads.\n\n```sql\nSELECT count(*) FROM ads;\n```\n\n"
        "**2) Factorial**. Calculate the factorial of a number.\n\n```python\nmath.factorial(n)\n```\n\n"
        "**3) Mean**. Compute a mean.\n\n`sum(x) / len(x)`\n"
    )
    bank = parse(text)
    assert [(q.title, q.number) for q in bank.questions] == [
        ("The number of active ads.", "1"),
        ("Factorial", "2"),
        ("Mean", "3"),
    ]
    assert bank.questions[1].prompt == "Calculate the factorial of a number."
    assert bank.questions[1].answer.startswith("```python")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("**Q1:** What is a pod?", "**A:** The smallest unit."),
        ("**Question:** What is a pod?", "**Answer:** The smallest unit."),
        ("Pregunta 1: What is a pod?", "Respuesta: The smallest unit."),
        ("**Q: What is a pod?**", "A: The smallest unit."),
    ],
)
def test_plain_questions_in_bold_and_other_languages(question, answer):
    second_q = question.replace("pod", "node").replace("1", "2")
    text = f"# K8s\n\n{question}\n\n{answer}\n\n{second_q}\n\n{answer.replace('smallest unit', 'machine')}\n"
    bank = parse(text)
    assert [q.title for q in bank.questions] == ["What is a pod?", "What is a node?"]
    assert [q.answer for q in bank.questions] == ["The smallest unit.", "The machine."]


def test_a_bold_lead_in_and_a_symbol_link_do_not_hide_a_listed_question():
    bank = parse(
        "# Areas\n\n## 1. Networking\n\n"
        "1. **Handshake:** Explain the TLS handshake. [➜](net.md#handshake)\n"
        "2. **Keep-alive**: Why reuse connections? [→](net.md#keep-alive)\n"
        "3. **DNS:** How does a resolver work?\n"
    )
    assert [q.title for q in bank.questions] == [
        "**Handshake:** Explain the TLS handshake.",
        "**Keep-alive**: Why reuse connections?",
        "**DNS:** How does a resolver work?",
    ]
    assert [q.prompt for q in bank.questions] == ["[➜](net.md#handshake)", "[→](net.md#keep-alive)", ""]
    assert [s.title for s in bank.sections] == ["1. Networking"]


def test_a_glossary_of_bold_terms_is_no_question_list():
    bank = parse(
        "# Notes\n\n- **RTT:** the time a packet takes there and back.\n- **MTU:** the largest frame.\n"
        "- **TTL:** how long a record stays cached. [➜](dns.md)\n"
    )
    assert bank.questions == []


@pytest.mark.parametrize(
    "verb",
    [
        "Реализуйте",
        "Решите",
        "Создайте",
        "Найдите",
        "Спроектируйте",
        "Разработайте",
        "Оптимизируйте",
        "Спланируйте",
        "Настройте",
        "Предложите",
    ],
)
def test_russian_task_verbs_ask(verb):
    bank = parse("".join(f"{n}. {verb} задачу номер {n}.\n" for n in (1, 2, 3)))
    assert len(bank.questions) == 3 and bank.style == "list"


def test_lines_that_ask_are_one_question_each():
    bank = parse("# Warm-up\n\n## Git\nWhat does rebase do?\nHow do you undo a commit?  \nExplain a detached HEAD\n")
    assert [q.title for q in bank.questions] == [
        "What does rebase do?",
        "How do you undo a commit?",
        "Explain a detached HEAD",
    ]
    assert all(q.answer is None for q in bank.questions)


def test_wrapped_prose_is_no_line_list():
    prose = (
        "# Notes\n\nWe met on Monday. Was the plan clear?\nNobody knew. Did anyone ask the team?\n"
        "In the end we agreed to write it down\nand to meet again on Friday with a draft.\n"
    )
    assert parse(prose).questions == []


@pytest.mark.parametrize("label", ["Q:", "Q:  ", "Q: \\", "**Q:**", "**Question 2:**", "Вопрос:"])
def test_a_question_label_alone_on_its_line(label):
    bank = parse(
        f"{label}\nWhat is a mole?\nIn one sentence.\n\nA:\nA count of particles.\n\n"
        f"{label}\nWhat is pH?\n\nA:\nAcidity.\n"
    )
    assert [q.title for q in bank.questions] == ["What is a mole?", "What is pH?"]
    assert bank.questions[0].prompt == "In one sentence."
    assert [q.answer for q in bank.questions] == ["A count of particles.", "Acidity."]


def test_a_lone_question_label_at_a_paragraph_end_is_no_question():
    assert parse("Notes end with a label\nQ:\n\nWhat follows is prose, not a card.\n").questions == []


def test_numbered_topics_over_bare_lists_are_a_doubt_naming_the_list_style():
    text = (Path(__file__).parent / "banks" / "trap-topic-lists.md").read_text(encoding="utf-8")
    [warning] = warnings(parse(text))
    assert "3 of those questions are numbered titles" in warning and "'qa: {style: list}'" in warning
    forced = parse("---\nqa: {style: list}\n---\n" + text)
    assert len(forced.questions) == 9 and forced.style == "list" and not warnings(forced)
    assert forced.questions[0].title == "Rotate an array by k places"
    assert [s.title for s in forced.sections][:2] == ["Data structures", "1. Arrays"]


def test_a_numbered_question_over_a_list_is_no_topic():
    bank = parse(
        "".join(f"### {n}. What are the parts of thing {n}?\n\n- one\n- two\n- three\n\n" for n in (1, 2, 3, 4))
    )
    assert len(bank.questions) == 4 and not warnings(bank)


@pytest.mark.parametrize("ending", ["教えてください", "説明してください", "述べてください", "教えて下さい"])
def test_japanese_requests_ask(ending):
    from qabank.vocabulary import asks

    assert asks(f"インデックスの仕組みを{ending}")
    assert not asks("インデックスの仕組み")


def test_one_question_in_one_section_alone_stays_notes():
    basics = "# Bank\n\n## Basics\n\n" + "".join(f"### {n}. What is thing {n}?\n\nA thing.\n\n" for n in (1, 2, 3))
    tip = "## Tips\n\nQ: Why index?\nA: Speed.\n\n"
    bank = parse(basics + tip)
    assert len(bank.questions) == 3 and "Q: Why index?" in bank.sections[-1].intro
    twice = parse(basics + tip + tip.replace("Tips", "More tips"))
    assert [q.title for q in twice.questions][3:] == ["Why index?", "Why index?"]


def test_an_answer_heading_starts_the_answer_of_the_question_above():
    text = (Path(__file__).parent / "banks" / "trap-answer-headings.md").read_text(encoding="utf-8")
    bank = parse(text)
    assert [q.prompt.splitlines()[0] for q in bank.questions] == ["- A: `func`", "- A: 空切片", "- A: 是", "- A: `go`"]
    assert [q.answer.splitlines()[0] for q in bank.questions] == [
        "正确答案：A",
        "正确答案：B",
        "正确答案：B",
        "Correct answer: A",
    ]


def test_details_that_do_not_ask_stay_in_the_answer_of_an_asking_heading():
    parts = "".join(f"<details>\n<summary>Part {n}</summary>\n\nText {n}.\n\n</details>\n\n" for n in (1, 2, 3))
    bank = parse(f"# B\n\n### What is tuning?\n\n{parts}### Why index?\n\nSpeed.\n")
    assert [q.title for q in bank.questions] == ["What is tuning?", "Why index?"]
    assert bank.questions[0].answer.count("<summary>") == 3


def test_an_items_own_number_does_not_hide_its_asking_word():
    bank = parse("- 1 . Can X fail\n- 2 . Should Y wait\n- 3 . Why Z\n- 4 . Guess the output\n")
    assert [q.number for q in bank.questions] == ["1", "2", "3", "4"]


def test_a_first_question_one_level_up_keeps_its_chinese_number():
    text = "# 面试题\n\n# 一 什么是切片？\n\n动态数组。\n\n## 二 什么是映射？\n\n键值对。\n\n"
    text += "## 三、 什么是通道？\n\n管道。\n"
    bank = parse(text)
    assert [q.title for q in bank.questions] == ["一 什么是切片？", "二 什么是映射？", "三、 什么是通道？"]
    assert bank.title == "面试题"


def test_a_numbered_section_over_questions_is_no_level_slip():
    bank = parse("# B\n\n## 1. Basics\n\n### 1) What is X?\n\nX.\n\n## 2. More\n\n### 1) What is Y?\n\nY.\n")
    assert [s.title for s in bank.sections] == ["1. Basics", "2. More"]
    assert len(bank.questions) == 2


def test_numbers_without_a_dot_need_a_run_that_asks():
    run = parse("1 What is X?\n  An x.\n\n2 What is Y?\n  A y.\n\n3 What is Z?\n  A z.\n")
    assert [(q.number, q.title, q.answer) for q in run.questions] == [
        ("1", "What is X?", "An x."),
        ("2", "What is Y?", "A y."),
        ("3", "What is Z?", "A z."),
    ]
    assert parse("1 What is X?\n\n3 What is Y?\n\n5 What is Z?\n").questions == []
    assert parse("1 apple\n\n2 pears\n\n3 plums\n").questions == []


def test_topic_headings_beside_a_section_of_listed_questions_are_questions():
    listed = "".join(f"* Why would you pick option {n}?\n" for n in range(1, 13))
    topics = "".join(f"---\n## Topic {n}\n\n| a | b |\n|---|---|\n| {n} | {n} |\n\n" for n in (1, 2, 3))
    cache = "## What is a cache?\n\nA copy.\n\n### Trade-offs\n\nStale data.\n\n"
    text = f"# Notes\n\n## Questions\n{listed}\n---\n{cache}"
    bank = parse(text + topics)
    assert [q.title for q in bank.questions][12:] == ["What is a cache?", "Topic 1", "Topic 2", "Topic 3"]
    assert "### Trade-offs" in bank.questions[12].answer and "Topic" not in bank.questions[12].answer
    assert [s.title for s in bank.sections] == ["Questions"] and not warnings(bank)


def test_marked_sub_items_of_an_unmarked_group_item_are_the_questions():
    marked = "".join(f"{n}. [E] What is thing {n}?\n" for n in (1, 2, 3))
    group = "4. Locks.\n    1. [M] Why do locks wait?\n    2. [H] Draw a deadlock.\n"
    follow_ups = "5. Joins compared\n    - Why?\n    - When?\n"
    bank = parse(marked + group + follow_ups)
    assert [q.title for q in bank.questions][3:] == ["[M] Why do locks wait?", "[H] Draw a deadlock.", "Joins compared"]
    assert [q.prompt for q in bank.questions[3:5]] == ["Locks.", "Locks."]
    assert bank.questions[3].span.start == 4 and "- Why?" in bank.questions[5].prompt


@pytest.mark.parametrize(
    ("line", "answer"),
    [("**Answer: B**", "**B**"), ("**Odpowiedź: `2`", "`2`"), ("__Antwort: ja__", "__ja__"), ("**Answer:** B", "B")],
)
def test_a_label_bold_together_with_its_answer(line, answer):
    assert Vocabulary().answer_label(line) == answer


def test_code_right_above_a_question_line_is_its_prompt():
    code = "```js\n{}\n```\n"
    text = "".join(code.format(n) + f"Q: What does {n} print?\nA: {n}\n\n" for n in (1, 2, 3))
    bank = parse(text + "```js\nafter()\n```\n\nQ: And this?\nA: x\n")
    assert [q.prompt for q in bank.questions] == [code.format(n).strip() for n in (1, 2, 3)] + [""]
    # Code with a blank line before the question stays where it is, in the answer above.
    assert [q.answer for q in bank.questions] == ["1", "2", "3\n\n```js\nafter()\n```", "x"]


def test_lists_cut_by_code_at_the_margin_are_one_list_of_questions():
    code = "```js\nf(1)\n```\n"
    text = f"## Code\n\n* Make this work:\n{code}* Write a loop\n* What does this print?\n{code}* Why is it slow?\n"
    bank = parse(text)
    assert [q.title for q in bank.questions] == [
        "Make this work:",
        "Write a loop",
        "What does this print?",
        "Why is it slow?",
    ]
    assert bank.questions[0].answer == code.strip()
    # Prose between the lists ends the run: two questions on one side, one on the other, no list of questions.
    assert parse(text.replace(f"print?\n{code}", "print?\n\nSome prose.\n\n")).questions == []


def test_italic_lines_that_ask_are_questions_and_other_italics_notes():
    text = "## Quiz\n\n*What is `x`?*\n```js\nx\n```\n\n*Write a loop*\n\n*What does this do?*\n\n*Good luck.*\n"
    bank = parse(text)
    assert [q.title for q in bank.questions] == ["What is `x`?", "Write a loop", "What does this do?"]
    assert bank.questions[-1].answer == "*Good luck.*"
    assert parse("## Notes\n\n*What is this?* he asked.\n\n*Be brief.*\n").questions == []


@pytest.mark.parametrize(
    "title", ["Créez une boucle for", "Faça isso funcionar:", "Escreva uma função", "Farkları açıklayınız."]
)
def test_task_verbs_in_french_portuguese_and_turkish_ask(title):
    from qabank.vocabulary import asks

    assert asks(title) and not asks("Une boucle for")


def test_a_file_without_questions_is_told_about_single_and_notes():
    text = "# What is ANR?\n\nThe app stops answering.\n\n## Causes\n\nA long task on the main thread.\n"
    (message,) = warnings(parse(text.replace("?", "")))
    assert "'qa: {style: single}'" in message and "'qa: {style: notes}'" in message
    single = parse("---\nqa: {style: single}\n---\n" + text)
    [question] = single.questions
    assert (question.title, question.answer.split("\n")[0], single.style) == (
        "What is ANR?",
        "The app stops answering.",
        "single",
    )
    assert "## Causes" in question.answer and not warnings(single)
    notes = parse("---\nqa: {style: notes}\n---\n" + text.replace("?", ""))
    assert notes.questions == [] and not warnings(notes) and "## Causes" in notes.intro


def test_a_doubt_no_other_style_shares_names_marks_and_notes_not_a_style_finding_nothing():
    text = "# Notes\n\n" + "A long note.\n\n" * 12 + "## 1. What is A?\n\nA.\n\n## 2. What is B?\n\nB.\n"
    (message,) = warnings(parse(text))
    assert "0 questions found that way" not in message and "'qa: {style: notes}'" in message


def test_a_numbered_question_read_into_the_question_above_is_a_warning():
    text = "1. What is X?\n2. What is Y?\n3. What is Z?\n- Z is z.\n\n4. Why is W slow?\n- Locks.\n\n5. What is V?\n"
    bank = parse(text)
    assert len(bank.questions) == 3
    [warning] = [p for p in bank.problems if p.severity is Severity.WARNING]
    assert warning.line == 6 and "'4. Why is W slow?'" in warning.message and "at line 3" in warning.message
    assert "(2 such lines" not in warning.message and "indent that text under its question" in warning.message
    indented = text.replace("- Z is z.", "   - Z is z.").replace("- Locks.", "   - Locks.")
    assert len(parse(indented).questions) == 5 and not warnings(parse(indented))
    steps = "## 1. How do you deploy?\n\n1. Build.\n2. Why test first? To be safe.\n3. Ship.\n\n## 2. Why?\n\nx\n"
    assert not warnings(parse(steps))


def test_an_item_indented_too_little_to_nest_is_a_warning():
    text = "* What is X?\n* Why is Y?\n * And Z?\n* How is W?\n"
    [warning] = [p for p in parse(text).problems if p.severity is Severity.WARNING]
    assert warning.line == 3 and "indented 1 space(s) more than the first item" in warning.message
    assert not warnings(parse(text.replace(" * And", "   * And")))
    assert not warnings(parse("  * What is X?\n  * Why is Y?\n  * How is W?\n"))  # a whole list indented


def test_a_list_of_notes_numbered_on_from_the_questions_is_a_warning():
    questions = "1. What is X?\n2. Why is Y?\n3. How is Z?\n\n## End\n\n"
    [warning] = warnings(parse(questions + "4. Thanks.\n5. Bye.\n"))
    assert "carries the numbering of the questions before it on (4.)" in warning
    assert not warnings(parse(questions + "1. Thanks.\n2. Bye.\n"))


def test_one_heading_question_beside_many_list_questions_is_a_warning():
    listed = "".join(f"- What is thing {n}?\n" for n in range(1, 51))
    [warning] = warnings(parse(f"## Things\n\n{listed}\n## What next?\n\nRead more.\n"))
    assert warning.startswith("'What next?' is read as a heading that asks, one of only 1 of that kind beside 50")
    assert not warnings(parse(f"## Things\n\n{listed}"))
    assert not warnings(parse(f"## Things\n\n{listed[: listed.index('- What is thing 50')]}\n## What next?\n\nx\n"))


def test_a_bold_line_with_the_questions_difficulty_mark_is_a_question_without_asking():
    from qabank.styles.list_items import bold_question

    assert bold_question("**Bias-variance trade-off ⭐️**") == "Bias-variance trade-off ⭐️"
    assert bold_question("**Bias-variance trade-off**") is None and bold_question("**Levels ⭐:**") is None


def test_a_numbered_question_over_a_list_of_questions_stays_a_question():
    listed = "- Why is A?\n- Why is B?\n- Why is C?\n"
    text = f"## 1. Joins\n\nText.\n\n## 2. How do you dedupe?\n\n{listed}\n## 3. Windows\n\nText.\n"
    bank = parse(text)
    assert [q.title for q in bank.questions] == ["Joins", "How do you dedupe?", "Windows"]
    assert bank.questions[1].answer == listed.strip()
    unnumbered = parse(text.replace("## 2. How", "## How"))
    assert [s.title for s in unnumbered.sections] == ["How do you dedupe?"]  # a section over its questions
