"""Styles where a paragraph line is the question.

``bold`` (style H): a paragraph or list item whose first line is bold and asks
something, ``**What is X?**``; the answer is what follows.

``plain`` (style I): ``Q1. …`` or ``Q: …`` lines, answered by an ``A: …`` line.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..source import Source
from ..vocabulary import asks as asking_words
from .common import LineRange, Marker, RawQuestion, Split, assemble_under_headings, dedent
from .list_items import asks, bold_item_markers, bold_question

# "**1)** Write a query …" or "**2) Factorial**. Calculate …": a bold number, the task after it.
BOLD_NUMBER = re.compile(
    r"^\s{0,3}(\*\*|__)\s*(?:Q\s*)?(?P<number>\d{1,4})\s*[.):]\s*(?P<inside>[^*_]{0,300}?)\s*\1(?P<after>.*)$"
)
# "Q1. …", "Q: …", "**Question 3:** …", "Pregunta: …", "**问题：** …"
PLAIN_QUESTION = re.compile(
    r"^\s{0,3}(?P<open>\*\*|__)?\s*"
    r"(?:Q(?:uestion)?|Frage|Pregunta|Pergunta|Domanda|Вопрос|Питання|Pytanie|Soru|问题|問題|질문)"
    r"\s*(?:(?P<num>\d+)\s*)?[.:)\uff1a]\s*(?:(?:\*\*|__)\s*)?(?P<text>\S.*)$",
    re.IGNORECASE,
)
# "Q:" or "**Question 3:**" alone on its line, the question on the next lines of the paragraph (flashcards).
PLAIN_QUESTION_ALONE = re.compile(
    r"^\s{0,3}(?:\*\*|__)?\s*"
    r"(?:Q(?:uestion)?|Frage|Pregunta|Pergunta|Domanda|Вопрос|Питання|Pytanie|Soru|问题|問題|질문)"
    r"\s*(?:(?P<num>\d+)\s*)?[.:)\uff1a]\s*(?:(?:\*\*|__)\s*)?\\?$",
    re.IGNORECASE,
)
PLAIN_ANSWER = re.compile(r"^\s{0,3}(?:A(?:nswer)?\s*(?:\d+\s*)?:|A\d+\s*[.)])\s*(?P<rest>.*)$", re.IGNORECASE)


def _paragraph_lines(source: Source):
    for block in source.blocks:
        if block.type == "paragraph":
            yield from range(block.start, block.end)


def italic_question(line: str) -> str | None:
    """The question in a one-line paragraph in italics that asks, ``*What does this print?*``."""
    text = line.strip()
    mark = text[:1]
    if mark not in ("*", "_") or len(text) < 3 or text[1] in "*_ " or text[-1] != mark or text[-2] in "*_ ":
        return None
    inner = text[1:-1].strip()
    return inner if asks(inner) or asking_words(inner) else None


def split_bold(source: Source) -> Split:
    return assemble_under_headings(source, "bold", bold_markers(source))


def bold_markers(source: Source) -> list[Marker]:
    markers = []
    for block in source.blocks:
        if block.type != "paragraph":
            continue
        line = source.lines[block.start]
        title, rest = bold_question(line), ""
        italic = italic_question(line) if title is None and block.end - block.start == 1 else None
        if italic is not None:
            title = italic
        elif title is None:
            number = BOLD_NUMBER.match(line)
            if number is None:
                continue
            inside, after = number.group("inside").strip(), number.group("after").strip().lstrip(".:").strip()
            if not (inside or after) or inside.endswith((":", "\uff1a")):
                continue  # "**1. Primitives:** …" labels part of an answer
            title, rest = f"{number.group('number')}) {inside or after}", after if inside else ""

        def build(
            end: int, section: str | None, start: int = block.start, title: str = title, rest: str = rest
        ) -> RawQuestion:
            has_answer = any(line.strip() for line in source.lines[start + 1 : end])
            answer = LineRange(start + 1, end) if has_answer else None
            prompt = LineRange(start + 1, start + 1)
            return RawQuestion(title, LineRange(start, end), prompt, answer, section=section, prompt_text=rest or None)

        markers.append(Marker(block.start, build=build, style="bold", weak=not asks(title)))
    return sorted(markers + bold_item_markers(source), key=lambda m: m.start)


def split_plain(source: Source) -> Split:
    return assemble_under_headings(source, "plain", plain_markers(source))


def plain_markers(source: Source) -> list[Marker]:
    """``Q: …`` lines; only those followed by an ``A: …`` line before the next ``Q:`` are evidence."""
    paragraph_lines = list(_paragraph_lines(source))
    vocabulary = source.vocabulary

    def answer_rest(line: str) -> str | None:
        match = PLAIN_ANSWER.match(line)
        return match.group("rest") if match else vocabulary.answer_label(line)

    answer_lines = [i for i in paragraph_lines if answer_rest(source.lines[i]) is not None]
    # The line after a lone "Q:" holds the question when it is in the same paragraph.
    continued = {b.start: b.start + 1 for b in source.blocks if b.type == "paragraph" and b.end - b.start >= 2}
    # Code right above a question's line, with no blank line between, is what it asks about ("What does
    # the code above print?"): it opens the question.
    code_above = {
        b.start: a.start
        for a, b in itertools.pairwise(source.blocks)
        if a.type == "fence" and b.type == "paragraph" and a.end == b.start
    }
    markers = []
    for line in paragraph_lines:
        if PLAIN_ANSWER.match(source.lines[line]):
            continue
        alone = PLAIN_QUESTION_ALONE.match(source.lines[line]) if line in continued else None
        match = None if alone else PLAIN_QUESTION.match(source.lines[line])
        if match is None and alone is None:
            continue
        if match is not None:
            text = match.group("text").strip()
            if match.group("open") and text.endswith(match.group("open")):
                text = text[: -len(match.group("open"))].rstrip()
            number, prompt_start = match.group("num"), line + 1
        else:
            text = source.lines[line + 1].strip().rstrip("\\").rstrip()
            number, prompt_start = alone.group("num"), line + 2
        title = f"{number}. {text}" if number else text

        code = code_above.get(line, line)

        def build(
            end: int,
            section: str | None,
            start: int = line,
            title: str = title,
            prompt_start: int = prompt_start,
            code: int = code,
        ) -> RawQuestion:
            index = bisect.bisect_right(answer_lines, start)
            label = answer_lines[index] if index < len(answer_lines) and answer_lines[index] < end else None
            prompt_end = end if label is None else label
            prompt_text = None
            if code < start:
                prompt_text = "\n".join(source.lines[code:start] + source.lines[prompt_start:prompt_end])
            if label is None:
                return RawQuestion(
                    title,
                    LineRange(code, end),
                    LineRange(prompt_start, end),
                    None,
                    section=section,
                    prompt_text=prompt_text,
                )
            rest = answer_rest(source.lines[label])
            return RawQuestion(
                title,
                LineRange(code, end),
                LineRange(prompt_start, label),
                LineRange(label, end),
                answer_first_line=rest,
                section=section,
                prompt_text=prompt_text,
            )

        markers.append(Marker(code, build=build, style="plain"))
    starts = [m.start for m in markers] + [len(source.lines)]
    for index, marker in enumerate(markers):
        position = bisect.bisect_right(answer_lines, marker.start)
        answered = position < len(answer_lines) and answer_lines[position] < starts[index + 1]
        markers[index] = Marker(marker.start, build=marker.build, style="plain", evidence=answered)
    return sorted(markers + bare_number_markers(source), key=lambda m: m.start)


# "1 What is Java?" / "  14 How do I inherit a class?": a number and a space, no dot, the answer on the next lines.
BARE_NUMBER = re.compile(r"^ {0,4}(?P<num>\d{1,3}) +(?P<text>[^\s\d].{0,300})$")


def bare_number_markers(source: Source) -> list[Marker]:
    """Questions numbered without a dot, one after another (1, 2, 3 …) through paragraphs and list items.

    Only a run of at least three lines whose numbers follow each other counts, and only when most of its
    lines ask; each line is a question and the lines below it, up to the next one, its answer.
    """
    candidates = []
    for block in source.blocks:
        if block.type in ("paragraph", "bullet_list", "ordered_list"):
            for line in range(block.start, block.end):
                match = BARE_NUMBER.match(source.lines[line])
                if match:
                    candidates.append((line, int(match.group("num")), match.group("text").strip()))
    runs: list[list[tuple[int, int, str]]] = []
    for candidate in candidates:
        if runs and candidate[1] == runs[-1][-1][1] + 1:
            runs[-1].append(candidate)
        else:
            runs.append([candidate])
    markers = []
    for run in runs:
        if len(run) < 3 or sum(asks(text) or asking_words(text) for _, _, text in run) * 2 < len(run):
            continue
        for line, number, text in run:
            markers.append(Marker(line, build=_bare_builder(source, line, f"{number}. {text}"), style="plain"))
    return markers


def _bare_builder(source: Source, start: int, title: str):
    def build(end: int, section: str | None) -> RawQuestion:
        lines = source.lines[start + 1 : end]
        first = next((x for x in lines if x.strip()), "")
        text = "\n".join(dedent(lines, len(first) - len(first.lstrip(" "))))
        answer = text.strip("\n")
        if not answer.strip():
            return RawQuestion(title, LineRange(start, end), LineRange(start + 1, end), None, section=section)
        return RawQuestion(
            title,
            LineRange(start, end),
            LineRange(start + 1, start + 1),
            LineRange(start + 1, end),
            section=section,
            answer_text=answer,
            style="plain",
        )

    return build
