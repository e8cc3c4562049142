"""Styles where a list item is the question; CommonMark decides where an item ends.

``list-heading`` (style C): ``1. ### Question`` with the answer as the item's
indented continuation.

Bold list items (``- **What is X?**``, the answer below it in the same item)
are found here too and joined with bold paragraphs in :mod:`.paragraphs`.
"""

from __future__ import annotations

import bisect
import re

from ..source import Block, ListItem, Source
from ..vocabulary import asks as asking_words
from ..vocabulary import is_navigation, split_trailing_marks
from .common import (
    NUMBERED,
    LineRange,
    Marker,
    RawQuestion,
    Split,
    assemble_under_headings,
    dedent,
)

_MARKER = re.compile(r"^ *(?:\d{1,9}[.)]|[-+*])(?: {1,4}|\t|$)")
BOLD_LINE = re.compile(r"^\s{0,3}(\*\*|__)(?P<text>(?:(?!\1).)+?)\1(?P<after>[^*_]*)$")
# Difficulty marks and emoji after a question: "⭐⭐", "👶", "‍⭐️" (with joiners and variation selectors).


def asks(text: str) -> bool:
    """Ends with a question mark once difficulty marks are set aside."""
    stripped = split_trailing_marks(text)[0]
    return stripped.endswith(("?", "\uff1f"))


_HINT = re.compile(r"\([^()]{1,80}\)")


def _asks_then_adds(text: str) -> bool:
    """A question followed by a hint or a task: "What are two benefits? (Choose two.)", "What are access
    specifiers? Explain each of them."."""
    head, mark, tail = text.replace("\uff1f", "?").rpartition("?")
    tail = tail.strip()
    return bool(mark and head.strip() and (_HINT.fullmatch(tail) or (len(tail) <= 80 and asking_words(tail))))


def bold_question(line: str) -> str | None:
    """The question in a line that is bold from start to end (marks may follow) and asks something.

    A numbered bold line ending in a colon (``**1. Primitives:**``) labels part of an answer.
    """
    match = BOLD_LINE.match(line)
    if not match:
        return None
    after = match.group("after")
    if after.strip() and split_trailing_marks(after)[0]:
        return None
    text = match.group("text").strip()
    if asks(text) or _asks_then_adds(text):
        return f"{text} {after.strip()}".strip()
    numbered = NUMBERED.match(text)
    if numbered and not split_trailing_marks(text)[0].endswith((":", "\uff1a")) and numbered.end() < len(text):
        return f"{text} {after.strip()}".strip()
    rest, marks = split_trailing_marks(text)
    if marks.strip("\u200d\ufe0e\ufe0f") and rest.strip() and not rest.endswith((":", "\uff1a")):
        return text  # "**Precision-recall trade-off ⭐️**": the difficulty mark the questions carry
    return None


def _content_width(line: str) -> int:
    match = _MARKER.match(line.expandtabs(4))
    return len(match.group()) if match else 0


def _item_builder(source: Source, item: ListItem, title: str, question_end: int):
    """``question_end`` is the first line of the item that belongs to the answer."""
    width = _content_width(source.lines[item.start])

    def build(end: int, section: str | None) -> RawQuestion:
        inside = dedent(source.lines[question_end : min(item.end, end)], width)
        after = source.lines[min(item.end, end) : end]
        text = "\n".join(inside + after)
        answer = LineRange(question_end, end) if text.strip() else None
        return RawQuestion(
            title,
            LineRange(item.start, end),
            LineRange(question_end, question_end),
            answer,
            section=section,
            answer_text=text if answer else None,
        )

    return build


def split_list_heading(source: Source) -> Split:
    return assemble_under_headings(source, "list-heading", list_heading_markers(source))


def list_heading_markers(source: Source) -> list[Marker]:
    return [
        Marker(
            item.start,
            build=_item_builder(source, item, item.first.inline, item.first.end),
            style="list-heading",
            evidence=not is_navigation(item.first.inline),
        )
        for item in source.items
        if item.first is not None and item.first.type == "heading" and item.first.start == item.start
    ]


def bold_item_markers(source: Source) -> list[Marker]:
    markers = []
    numbered: list[tuple[ListItem, int, int, bool]] = []  # item, number, indent, is a bold question
    for item in source.items:
        first = item.first
        title = None
        if first is not None and first.type == "paragraph" and first.start == item.start:
            title = bold_question(first.inline.split("\n", 1)[0])
        if title is not None:
            build = _item_builder(source, item, title, item.start + 1)
            markers.append(Marker(item.start, build=build, style="bold", weak=not asks(title)))
        number = _ITEM_NUMBER_AT.match(source.lines[item.start])
        if number:
            numbered.append((item, int(number.group(2)), len(number.group(1).expandtabs(4)), title is not None))
    markers += _carried_numbers(source, numbered)
    return sorted(markers, key=lambda m: m.start)


_ITEM_NUMBER_AT = re.compile(r"^(\s*)(\d{1,9})[.)]")


def _carried_numbers(source: Source, numbered: list[tuple[ListItem, int, int, bool]]) -> list[Marker]:
    """Numbered items between two bold questions that carry their numbering on are questions too, asking
    or not: "41. **What is the compressed form of the address**", "126. True or False." between 40. and 127.

    At most three in a row, at the questions' indent, numbered exactly from one question to the next.
    """
    markers = []
    questions = [index for index, entry in enumerate(numbered) if entry[3]]
    for before, after in zip(questions, questions[1:], strict=False):
        between = numbered[before + 1 : after]
        _, low, indent, _ = numbered[before]
        high, high_indent = numbered[after][1], numbered[after][2]
        if not between or len(between) > 3 or high_indent != indent or high - low != len(between) + 1:
            continue
        if any(entry[2] != indent or entry[1] != low + 1 + offset for offset, entry in enumerate(between)):
            continue
        for item, _, _, _ in between:
            text = _LIST_MARKER.sub("", source.lines[item.start], count=1).strip()
            bold = BOLD_LINE.match(text)
            title = f"{bold.group('text').strip()} {bold.group('after').strip()}" if bold else text.replace("**", "")
            title = title.strip()
            if title:
                build = _item_builder(source, item, title, item.start + 1)
                markers.append(Marker(item.start, build=build, style="bold", weak=True))
    return markers


_LINK_ONLY = re.compile(
    r"^\[(?P<text>[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*)\]\((?P<url>[^()\s]+)(?:\s+\"[^\"]*\")?\)\s*(?P<rest>.*)$"
)
_FORMAT_TAG = re.compile(r"</?(?:b|strong|i|em)>", re.IGNORECASE)  # "- <b>What did you learn?</b>"
_WRAPPED = re.compile(r"^<(b|strong)>(?P<text>(?:(?!</?(?:b|strong)>).)+)</\1>$", re.IGNORECASE)
_CHOICE = re.compile(r"^\[[ xX]\]\s")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")


def _item_first_line(source: Source, item: ListItem) -> str:
    return _LIST_MARKER.sub("", source.lines[item.start], count=1).strip()


def _asks(text: str) -> bool:
    return asks(text) or asking_words(text)


def list_question_markers(source: Source) -> list[Marker]:
    """Questions written as the items of a list (``- What is X?``, ``1. Explain Y.``, ``* [Why Z?](url)``).

    A list is a question list when at least three of its items, and most of them, ask. Each item
    is a question; what the item holds below its first line is the answer, unless that is a list of
    sub-questions, which stays with the question. A list of links to anchors is a table of contents.
    """
    markers: list[Marker] = []
    starts = [item.start for item in source.items]
    for run in _list_runs(source):
        first, last = bisect.bisect_left(starts, run[0].start), bisect.bisect_left(starts, run[-1].end)
        items = source.items[first:last]  # the code blocks between the run's lists hold no items
        lines = [_item_first_line(source, item) for item in items]
        if any(item.first is not None and item.first.type == "heading" for item in items):
            continue
        if sum(line.startswith("[") and "](#" in line for line in lines) * 2 >= len(lines):
            continue  # a table of contents
        if sum(bool(_CHOICE.match(line)) for line in lines) * 2 >= len(lines):
            continue  # the options of a multiple-choice question ("- [ ] Explain it to the team.")
        cards = sum(bool(_CARD.match(line)) and asks(_CARD.match(line).group("front")) for line in lines)
        if cards >= 3 and cards * 5 >= len(lines) * 3:
            markers += [
                Marker(item.start, build=_card_builder(source, item, line), style="list")
                for item, line in zip(items, lines, strict=True)
                if line
            ]
            continue
        asking = sum((_asks(_plain(line)) or _bold_lead_asks(line)) and bold_question(line) is None for line in lines)
        if asking < 3 or asking * 5 < len(lines) * 3:
            continue
        for item, line in zip(items, lines, strict=True):
            if not line:
                continue
            children = [] if _LEVEL_TAG.match(line) else _marked_children(source, item)
            if children:
                markers += _group_markers(source, item, line, children)
            else:
                markers.append(Marker(item.start, build=_list_item_builder(source, item, line), style="list"))
    return sorted(markers + _line_question_markers(source), key=lambda m: m.start)


_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def _marked_children(source: Source, item: ListItem) -> list[ListItem]:
    """The items of the list an item holds right under its first line, when at least two and most of them
    carry a difficulty mark the item lacks.

    "3. Activation functions." over "1. [E] Draw the graphs …" / "2. [M] Pros and cons …": the item
    only names a group; its sub-items are the questions. (Follow-ups under a question without marks,
    "- Tell me about X" over "- Why?", stay with it.)
    """
    body = [n for n in range(item.start + 1, item.end) if source.lines[n].strip()]
    if not body or not _MARKER.match(source.lines[body[0]]):
        return []
    indent = len(source.lines[body[0]].expandtabs(4)) - len(source.lines[body[0]].expandtabs(4).lstrip(" "))
    if indent < 2:
        return []
    starts, fence = [], None
    for number in body:
        text = source.lines[number].expandtabs(4)
        opened = _FENCE.match(text)
        if fence is not None:
            fence = None if opened and opened.group(1)[0] == fence else fence
            continue
        if opened:
            fence = opened.group(1)[0]
        elif len(text) - len(text.lstrip(" ")) == indent and _MARKER.match(text):
            starts.append(number)
    ends = starts[1:] + [item.end]
    children = [ListItem(start, end, item.marker, None) for start, end in zip(starts, ends, strict=True)]
    marked = sum(bool(_LEVEL_TAG.match(_item_first_line(source, child))) for child in children)
    return children if len(children) >= 2 and marked * 5 >= len(children) * 3 else []


def _group_markers(source: Source, item: ListItem, group: str, children: list[ListItem]) -> list[Marker]:
    """One question per sub-item; the group's line opens the first one and is shown with each."""
    markers = []
    for index, child in enumerate(children):
        build = _list_item_builder(source, child, _item_first_line(source, child))
        start = item.start if index == 0 else child.start

        def grouped(end: int, section: str | None, build=build, start: int = start) -> RawQuestion:
            question = build(end, section)
            question.span = LineRange(start, question.span.end)
            question.prompt_text = "\n\n".join(part for part in (group, question.prompt_text) if part)
            return question

        markers.append(Marker(start, build=grouped, style="list"))
    return markers


def _list_runs(source: Source) -> list[list[Block]]:
    """Lists, those separated only by code blocks taken together: a fence at the margin ends a list, so
    "* Make this work:" / code / "* What does this print?" / code is one list of questions to an author."""
    runs: list[list[Block]] = []
    joinable = False
    for block in source.blocks:
        if block.type in ("bullet_list", "ordered_list"):
            if joinable and runs[-1][-1].type == block.type:
                runs[-1].append(block)
            else:
                runs.append([block])
            joinable = True
        elif block.type != "fence":
            joinable = False
    return runs


def split_list(source: Source) -> Split:
    """Forced ``list`` style: every item of a top-level list is a question, asking or not.

    A list that is mostly links to anchors (a table of contents) stays bank text; headings are sections.
    """
    markers: list[Marker] = []
    starts = [item.start for item in source.items]
    for block in source.blocks:
        if block.type not in ("bullet_list", "ordered_list"):
            continue
        items = source.items[bisect.bisect_left(starts, block.start) : bisect.bisect_left(starts, block.end)]
        lines = [_item_first_line(source, item) for item in items]
        if sum(line.startswith("[") and "](#" in line for line in lines) * 2 >= len(lines):
            continue
        markers += [
            Marker(item.start, build=_list_item_builder(source, item, line), style="list")
            for item, line in zip(items, lines, strict=True)
            if line
        ]
    return assemble_under_headings(source, "list", markers)


def _line_question_markers(source: Source) -> list[Marker]:
    """One question per line of a paragraph, without list markers ("What is a stack?" / "What is a queue?").

    Markdown joins such lines into one paragraph, but the author wrote a list: a paragraph of at least
    three lines, most of which ask and at least two end with a question mark, is read one question
    per line, with no answer. Wrapped prose rarely ends two lines with "?".
    """
    markers: list[Marker] = []
    for block in source.blocks:
        if block.type != "paragraph" or block.end - block.start < 3:
            continue
        lines = [source.lines[i].strip() for i in range(block.start, block.end)]
        if any(not line or len(line) > 300 for line in lines):
            continue
        marked = sum(asks(line) for line in lines)
        asking = sum(_asks(line.replace("**", "").replace("__", "")) for line in lines)
        if marked < 2 or asking * 5 < len(lines) * 3:
            continue
        for line_number, line in zip(range(block.start, block.end), lines, strict=True):
            markers.append(Marker(line_number, build=_line_builder(line_number, line.rstrip("\\ ")), style="list"))
    return markers + _lone_line_markers(source, {m.start for m in markers})


def _lone_line_markers(source: Source, marked: set[int]) -> list[Marker]:
    """A one-line paragraph that asks and is all a section holds ("## General" / "What is a paradigm?") is a
    question when the section before or after it holds such line questions."""
    blocks = source.blocks
    markers = []
    for index, block in enumerate(blocks):
        if block.type != "paragraph" or block.end - block.start != 1 or not asks(source.lines[block.start].strip()):
            continue
        if index == 0 or blocks[index - 1].type != "heading":
            continue
        if index + 1 < len(blocks) and blocks[index + 1].type != "heading":
            continue
        neighbours = (blocks[other] for other in (index - 2, index + 2) if 0 <= other < len(blocks))
        if any(other.type == "paragraph" and other.start in marked for other in neighbours):
            line = source.lines[block.start].strip().rstrip("\\ ")
            markers.append(Marker(block.start, build=_line_builder(block.start, line), style="list"))
    return markers


def _line_builder(start: int, title: str):
    def build(end: int, section: str | None) -> RawQuestion:
        return RawQuestion(title, LineRange(start, end), LineRange(start + 1, end), None, section=section, style="list")

    return build


_LEVEL_TAG = re.compile(r"^\s*\[[A-Za-z]{1,2}\]\s*")  # "[E] Write …": easy, medium, hard
# "**Event Loop:** Explain …" or "**Event Loop**: Explain …": a bold lead-in naming the topic, the question after it.
_LEAD_IN = re.compile(r"^(\*\*|__)[^*_\n]{1,80}?[:\uff1a]\s*\1\s*|^(\*\*|__)[^*_\n]{1,80}?\2\s*[:\uff1a]\s*")
# "- 85 . Can a switch …": the author's own number after the list marker.
_ITEM_NUMBER = re.compile(r"^\d{1,4} ?[.)] +")
# "… [➜](answers.md#event-loop)": a link whose text is only a symbol sends the reader to the answer elsewhere.
_POINTER_LINK = re.compile(r"\[[^\w\[\]]{1,8}\]\((?P<url>[^()\s]+)\)\s*$")


def split_pointer(line: str) -> tuple[str, str | None]:
    """The item's text without a trailing symbol link (``[➜](url)``), and that link's destination."""
    match = _POINTER_LINK.search(line)
    if match is None or not line[: match.start()].strip():
        return line, None
    return line[: match.start()].rstrip(), match.group("url")


_BOLD_LEAD = re.compile(r"^(\*\*|__)(?P<text>[^*_\n]{1,300}?)\1\s*\S")


def _bold_lead_asks(line: str) -> bool:
    """An item that opens with a bold question and goes on: "**What is SOLID?** (Every developer should know.)"."""
    lead = _BOLD_LEAD.match(line)
    return lead is not None and asks(lead.group("text"))


def _plain(line: str) -> str:
    link = _LINK_ONLY.match(line)
    text = link.group("text") if link else split_pointer(_LEVEL_TAG.sub("", line))[0]
    text = _ITEM_NUMBER.sub("", _LEAD_IN.sub("", text, count=1), count=1)
    text = _FORMAT_TAG.sub("", text).replace("**", "").replace("__", "").strip()
    return text.strip('"\u201c\u201d\u00ab\u00bb').strip()  # a quoted question: "How did you solve it?"


# "O que é um byte? → Conjunto de 8 bits.": a card, the question and its answer on one line.
_CARD = re.compile(r"^(?P<front>[^→]{1,300}?)\s+(?:→|->|=>)\s+(?P<back>\S.*)$")


def _card_builder(source: Source, item: ListItem, line: str):
    """An item of a list of cards: the text before the arrow is the question, the rest the answer."""
    card = _CARD.match(line)
    if card is None:
        return _list_item_builder(source, item, line)
    width = _content_width(source.lines[item.start])

    def build(end: int, section: str | None) -> RawQuestion:
        inside = dedent(source.lines[item.start + 1 : min(item.end, end)], width)
        rest = "\n".join(inside + source.lines[item.end : end])
        answer = "\n\n".join(part for part in (card.group("back").strip(), rest.strip("\n")) if part.strip())
        return RawQuestion(
            card.group("front").strip(),
            LineRange(item.start, end),
            LineRange(item.start, item.start),
            LineRange(item.start, end),
            section=section,
            answer_text=answer,
            style="list",
        )

    return build


def _list_item_builder(source: Source, item: ListItem, line: str):
    width = _content_width(source.lines[item.start])
    link = _LINK_ONLY.match(line)
    title = line
    pointer = None
    if link and not link.group("rest").strip():
        # "[What is X?](https://…)": the question, its answer elsewhere.
        title, pointer = link.group("text"), f"<{link.group('url')}>"
    else:
        title, url = split_pointer(line)
        if url is not None:
            # "**Topic:** Explain X. [➜](answers.md#x)": the link goes with the question, not into its title.
            pointer = line[len(title) :].strip()

    wrapped = _WRAPPED.match(title)
    if wrapped:
        title = wrapped.group("text")  # "<b>What did you learn?</b>", as "**What did you learn?**" is read

    def build(end: int, section: str | None) -> RawQuestion:
        body_start = item.start + 1
        inside = dedent(source.lines[body_start : min(item.end, end)], width)
        after = source.lines[min(item.end, end) : end]
        text = "\n".join(inside + after).strip("\n")
        sub_questions = text.lstrip().startswith(("-", "*", "+")) or bool(re.match(r"\s*\d+[.)]\s", text))
        prompt = "\n\n".join(part for part in (pointer, text if sub_questions else None) if part)
        answer = text if text.strip() and not sub_questions else None
        return RawQuestion(
            title,
            LineRange(item.start, end),
            LineRange(body_start, body_start if answer else end),
            LineRange(body_start, end) if answer else None,
            section=section,
            prompt_text=prompt,
            answer_text=answer,
            style="list",
        )

    return build
