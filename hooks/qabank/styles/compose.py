"""Detection: read a bank the way its author wrote it, section by section.

Every style is scored on the same evidence, a *mark* the author put on each
question: an answer label, a ``<details>`` answer, a question mark, a number, a
``Q:`` line answered by ``A:``. Headings are read first, since they carry a
file's structure:

1. Each heading is classified: *strong* (ends with a question mark, starts with
   ``Q``, or has an answer label or answer ``<details>`` right under it),
   *medium* (numbered, or opens with an asking word such as "What" or
   "Explain"), *navigation* ("Table of Contents", "References") or none.
2. A heading whose own text holds several questions of another style is a
   section, whatever it looks like ("## 1. Basics" over bold questions).
3. The question level is the level most of the strong (else medium) headings
   have. Headings there that ask are questions; each one finds its own answer
   (label, ``<details>``, or the text below it).
4. Everything outside those questions (the intro, sections of notes, parts of
   the file written in another style) is read region by region: in each, the
   non-heading style with the most evidence wins (``<details>`` summaries,
   ``1. ### Question`` list items, ``Q:``/``A:`` lines, bold questions).

One stray bold line inside an answer cannot flip a file, because it lies inside
a heading question; a file whose first half is list items and whose second half
is headings is read in both styles. A file with no evidence at all is not a
bank: it becomes a plain topic page.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import IntEnum

from ..ids import split_explicit_id
from ..source import Block, Source
from ..vocabulary import QUESTION_PREFIX, Vocabulary, asks, is_navigation, is_placeholder, split_trailing_marks
from .common import (
    NUMBERED,
    Blocks,
    LineRange,
    Marker,
    RawQuestion,
    Split,
    assemble,
    document_title,
)
from .details import DetailsRegion, details_markers, details_regions
from .list_items import list_heading_markers, list_question_markers
from .paragraphs import bold_markers, plain_markers

_Q_PREFIX = re.compile(r"^\s*Q(?:uestion)?\s*(?:\d+\s*)?[.:)\uff1a]", re.IGNORECASE)
_EMPTY_ANCHOR = re.compile(r"<a\s[^<>]*>\s*</a>", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s+\D")  # "16 单例模式"
_CORRECT = re.compile(r"^(?:correct|right|正确|正確|правильный)\s*", re.IGNORECASE)  # "正确答案：B"

# Region styles in the order that wins a tie: the more specific first.
REGION_STYLES = ("details", "list-heading", "plain", "bold", "list")
HEADING_STYLES = ("label", "heading-details", "heading")


class Strength(IntEnum):
    NAVIGATION = -1
    NONE = 0
    MEDIUM = 1
    STRONG = 2


@dataclass
class Detection:
    """What detection saw: the evidence of every style, for the log and for doubt."""

    evidence: dict[str, int] = field(default_factory=dict)
    question_level: int | None = None
    # Heading questions that are numbered titles without a question over nothing but a list of three or
    # more items ("### 3. Stacks & Queues" then "- Valid parentheses" …): the items may be the questions.
    topic_lists: list[int] = field(default_factory=list)


def _title_text(heading: Block) -> str:
    text = split_explicit_id(heading.inline.strip())[0]
    text = _EMPTY_ANCHOR.sub("", text).strip()
    return split_trailing_marks(text.rstrip("*_ "))[0].strip()


@dataclass(eq=False)
class _Heading:
    block: Block
    index: int
    strength: Strength
    answer: str | None  # "label" or "heading-details" when a mark stands right under it
    end: int = 0  # next heading of the same or a higher level
    own_end: int = 0  # next heading of any level
    container: bool = False  # holds several questions of another style: a section
    gives_answer: bool = False  # "## Answer: B", "### 正确答案：C": part of the answer above, never a question


class _Marks:
    """Where the non-heading marks of a file are, by style, for counting in any line range."""

    def __init__(self, source: Source) -> None:
        self.details = details_regions(source)  # every <details>: label-like ones answer heading questions
        self.markers: dict[str, list[Marker]] = {
            "details": details_markers(source, self.details),
            "list-heading": list_heading_markers(source),
            "plain": plain_markers(source),
            "bold": bold_markers(source),
            "list": list_question_markers(source),
        }
        self.starts = {style: [m.start for m in markers] for style, markers in self.markers.items()}

    def within(self, style: str, start: int, end: int) -> list[Marker]:
        starts = self.starts[style]
        return self.markers[style][bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def evidence(self, style: str, start: int, end: int, strong: bool = False) -> int:
        return sum(marker.evidence and not (strong and marker.weak) for marker in self.within(style, start, end))

    def strong_count(self, start: int, end: int) -> int:
        """The most questions one style marks in ``[start, end)``, counting only unmistakable marks."""
        return max(self.evidence(style, start, end, strong=True) for style in REGION_STYLES)

    def first_start(self, start: int, end: int) -> int:
        """The first line in ``[start, end)`` where a question of any region style starts, else ``end``."""
        first = end
        for style, starts in self.starts.items():
            position = bisect.bisect_left(starts, start)
            if position < len(starts) and starts[position] < first and self.markers[style][position].evidence:
                first = starts[position]
        return first

    def best(
        self, start: int, end: int, minimum: int, styles: tuple[str, ...] = REGION_STYLES
    ) -> tuple[str | None, int]:
        best: tuple[str | None, int] = (None, 0)
        for style in styles:
            count = self.evidence(style, start, end)
            if count >= minimum and count > best[1]:
                best = (style, count)
        return best


def _classify(source: Source, headings: list[Block], marks: _Marks) -> list[_Heading]:
    vocabulary = source.vocabulary
    labels = [
        b.start
        for b in source.blocks
        if (b.type == "paragraph" and vocabulary.answer_label(source.lines[b.start]) is not None)
        or gives_answer(b, vocabulary)
    ]
    label_details = [r.start for r in marks.details if r.label_like]
    out: list[_Heading] = []
    end_of_file = len(source.lines)
    for index, block in enumerate(headings):
        own_end = headings[index + 1].start if index + 1 < len(headings) else end_of_file
        end = next((h.start for h in headings[index + 1 :] if h.level <= block.level), end_of_file)
        answer = None
        # A label after a question of another style ("Q1. …" then "A: …") answers that one.
        asked_end = marks.first_start(block.end, own_end)
        if _any_between(labels, block.end, asked_end):
            answer = "label"
        elif _any_between(label_details, block.end, asked_end):
            answer = "heading-details"
        title = _title_text(block)
        answers = gives_answer(block, vocabulary)
        if answers:
            strength = Strength.NONE
        elif is_navigation(title):
            strength = Strength.NAVIGATION
        elif answer or title.endswith(("?", "\uff1f")) or _Q_PREFIX.match(title) or QUESTION_PREFIX.match(title):
            strength = Strength.STRONG
        elif NUMBERED.match(title) or _BARE_NUMBER.match(title) or asks(title):
            strength = Strength.MEDIUM
        else:
            strength = Strength.NONE
        out.append(_Heading(block, index, strength, answer, end, own_end, gives_answer=answers))
    return out


def gives_answer(block: Block, vocabulary: Vocabulary) -> bool:
    """A heading that is an answer label: "## Answer: B", "### 正确答案：C" (correct answer: C)."""
    if block.type != "heading":
        return False
    return vocabulary.answer_label(_CORRECT.sub("", _title_text(block), count=1)) is not None


def _any_between(sorted_lines: list[int], start: int, end: int) -> bool:
    position = bisect.bisect_left(sorted_lines, start)
    return position < len(sorted_lines) and sorted_lines[position] < end


def _is_container(heading: _Heading, marks: _Marks) -> bool:
    """A heading over several questions of another style is their section."""
    if heading.answer is not None or heading.strength == Strength.NAVIGATION:
        return False
    count = marks.strong_count(heading.block.end, heading.end)
    return count >= (3 if heading.strength == Strength.STRONG else 2)


def _question_level(candidates: list[_Heading]) -> int | None:
    """The level where the asking headings are: a strong mark counts twice a medium one; ties go deeper."""
    scores = Counter()
    for heading in candidates:
        scores[heading.block.level] += 2 if heading.strength == Strength.STRONG else 1
    if not scores:
        return None
    return max(scores, key=lambda level: (scores[level], level))


def _heading_question_markers(
    source: Source, headings: list[_Heading], marks: _Marks
) -> tuple[list[_Heading], int | None]:
    """The headings that are questions, and the question level."""
    for heading in headings:
        heading.container = _is_container(heading, marks)
    candidates = [h for h in headings if h.strength >= Strength.MEDIUM and not h.container]
    level = _question_level(candidates)
    # One heading that merely opens with "What" in a file with no other mark is prose, not a bank.
    if level is None or (not any(h.strength == Strength.STRONG for h in candidates) and len(candidates) < 2):
        return [], None
    at_level = [
        h for h in headings if h.block.level == level and h.strength != Strength.NAVIGATION and not h.gives_answer
    ]
    candidate_indexes = {h.index for h in candidates}
    asking = [h for h in at_level if h.index in candidate_indexes]
    # Where most headings of the level ask and are numbered, one that is neither is part of the answer
    # above ("### Example"); where about half ask, or they are not numbered, the level is a heading bank
    # with some bare titles ("### Closures"), all questions; where few ask, the others are sections.
    questions = asking
    numbered = sum(bool(NUMBERED.match(_title_text(h.block))) for h in asking)
    if len(asking) * 5 < len(at_level) * 4 or numbered * 5 < len(asking) * 4:
        # Questions of another style in a section of their own at this level ("## Questions" right over a
        # list, no deeper heading) do not compete with the level's headings, when such sections are few there.
        own = [(h.block.end, h.end) for h in at_level if h.container and h.own_end == h.end]
        own = own if len(own) * 3 <= len(at_level) else []
        other_styles = max(
            marks.evidence(style, 0, len(source.lines)) - sum(marks.evidence(style, *span) for span in own)
            for style in REGION_STYLES
        )
        if len(asking) * 2 >= len(at_level) or other_styles <= len(at_level):
            questions = [h for h in at_level if not h.container]
    chosen = set(id(h) for h in questions)
    # A strong heading above the level that holds no question is a question too (a level slip).
    for heading in candidates:
        if heading.block.level < level and heading.strength == Strength.STRONG and id(heading) not in chosen:
            inside = [h for h in candidates if heading.block.start < h.block.start < heading.end]
            if not inside and marks.best(heading.block.end, heading.end, 1)[1] < 2:
                questions.append(heading)
                chosen.add(id(heading))
    questions.sort(key=lambda h: h.block.start)
    _number_slips(candidates, questions, chosen, level)
    _numbered_containers(headings, questions, level)
    return questions, level


def _numbered_containers(headings: list[_Heading], questions: list[_Heading], level: int) -> None:
    """A heading that asks at the question level and carries the questions' numbering on ("## 15. How to
    find duplicates?" after "## 14. …") is a question, even over a list of questions: they are its answer."""
    starts = [h.block.start for h in questions]
    numbers = [_number(_title_text(h.block)) for h in questions]
    for heading in headings:
        if not heading.container or heading.block.level != level or heading.strength != Strength.STRONG:
            continue
        position = bisect.bisect_left(starts, heading.block.start)
        number = _number(_title_text(heading.block))
        if number is not None and position > 0 and numbers[position - 1] == number - 1:
            heading.container = False
            questions.insert(position, heading)
            starts.insert(position, heading.block.start)
            numbers.insert(position, number)


_ARABIC = re.compile(r"^\W{0,3}(\d{1,4})\s*[.)\u3001:\uff1a\s]")
_HAN_DIGITS = "一二三四五六七八九"
_HAN = re.compile(rf"^\W{{0,3}}([{_HAN_DIGITS}十]{{1,3}})\s*[.)\u3001:\uff1a\s]")


def _number(title: str) -> int | None:
    """The number a title starts with: "66) …" is 66, "一 …" is 1, "十二、…" is 12."""
    arabic = _ARABIC.match(title)
    if arabic:
        return int(arabic.group(1))
    han = _HAN.match(title)
    if not han:
        return None
    tens, _, ones = han.group(1).rpartition("十")
    if "十" not in han.group(1):
        return _HAN_DIGITS.index(ones) + 1 if len(ones) == 1 else None
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_HAN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_HAN_DIGITS.index(ones) + 1 if ones else 0)


def _number_slips(candidates: list[_Heading], questions: list[_Heading], chosen: set[int], level: int) -> None:
    """Add the headings above the level that carry the questions' numbering on (a level slip).

    "### 66) …" after "#### 65) …" holds no question and repeats or follows the last number; "# 一 …？"
    before "## 二 …" asks and is followed by the next number. A section ("## 2. Advanced") does neither.
    """
    starts = [h.block.start for h in questions]
    numbers = [_number(_title_text(h.block)) for h in questions]
    added = []
    for heading in candidates:
        if heading.block.level >= level or id(heading) in chosen:
            continue
        number = _number(_title_text(heading.block))
        if number is None:
            continue
        position = bisect.bisect_left(starts, heading.block.start)
        before = numbers[position - 1] if position > 0 else None
        after = numbers[position] if position < len(numbers) else None
        holds = position < len(starts) and starts[position] < heading.end
        if (not holds and before in (number, number - 1)) or (
            before is None and after == number + 1 and heading.strength == Strength.STRONG
        ):
            added.append(heading)
    for heading in added:
        chosen.add(id(heading))
    questions += added
    questions.sort(key=lambda h: h.block.start)


def _heading_builder(source: Source, heading: Block, mode: str, blocks: Blocks, regions: list[DetailsRegion]):
    vocabulary = source.vocabulary
    region_starts = [r.start for r in regions]

    def is_label(block: Block) -> bool:
        paragraph = block.type == "paragraph" and vocabulary.answer_label(source.lines[block.start]) is not None
        return paragraph or gives_answer(block, vocabulary)

    def build(end: int, section: str | None) -> RawQuestion:
        span = LineRange(heading.start, end)
        title = heading.inline
        label = blocks.first(heading.end, end, is_label)
        position = bisect.bisect_left(region_starts, heading.end)
        region = regions[position] if position < len(regions) and regions[position].start < end else None
        if label is not None and (region is None or label.start < region.start):
            return RawQuestion(
                title,
                span,
                LineRange(heading.end, label.start),
                LineRange(label.start, end),
                # An answer heading stays whole ("正确答案：B"): its words are shown, as a line of the answer.
                answer_first_line=_title_text(label)
                if label.type == "heading"
                else vocabulary.answer_label(source.lines[label.start]),
                section=section,
                style="label",
            )
        if region is not None:
            after = _tidy_lines(source.line_text(region.end, end))
            answer = "\n\n".join(part for part in (region.body, after) if part)
            return RawQuestion(
                title,
                span,
                LineRange(heading.end, region.start),
                LineRange(region.start, end),
                section=section,
                answer_text=answer,
                style="heading-details",
            )
        body = source.line_text(heading.end, end)
        if mode != "heading" or not body.strip() or is_placeholder(_strip_rule(body)):
            # No mark of an answer: the text below is shown with the question, which has no answer yet.
            return RawQuestion(title, span, LineRange(heading.end, end), None, section=section, style=mode)
        return RawQuestion(
            title, span, LineRange(heading.end, heading.end), LineRange(heading.end, end), section=section, style=mode
        )

    return build


def _strip_rule(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and set(lines[-1].strip()) <= set("-*_ ") and len(lines[-1].strip()) >= 3:
        lines.pop()
    return "\n".join(lines)


def _tidy_lines(text: str) -> str:
    return text.strip("\n")


def _heading_mode(questions: list[_Heading], source: Source) -> str:
    """How a heading question without a mark is read: most questions with a body decide."""
    with_body = [h for h in questions if source.line_text(h.block.end, h.own_end).strip()]
    marked = Counter(h.answer for h in with_body if h.answer)
    unmarked = [h for h in with_body if not h.answer]
    placeholders = sum(is_placeholder(_strip_rule(source.line_text(h.block.end, h.own_end))) for h in unmarked)
    real = len(unmarked) - placeholders
    if marked and sum(marked.values()) >= real:
        return marked.most_common(1)[0][0]
    return "heading"


def _heading_modes(questions: list[_Heading], classified: list[_Heading], source: Source) -> dict[int, str]:
    """The reading of each heading question, decided per section: a section may use labels, another not."""
    groups: list[list[_Heading]] = [[]]
    chosen = {h.index for h in questions}
    level = min((h.block.level for h in questions), default=0)
    for heading in classified:
        if heading.index in chosen:
            groups[-1].append(heading)
        elif heading.block.level < level and groups[-1]:
            groups.append([])
    modes: dict[int, str] = {}
    for group in groups:
        mode = _heading_mode(group, source)
        modes.update((h.index, mode) for h in group)
    return modes


def compose(source: Source) -> tuple[Split, Detection]:
    """The split of a bank read section by section, and the evidence behind it."""
    _, title_line = document_title(source)
    marks = _Marks(source)
    classified = _classify(source, [h for h in source.headings if h.start != title_line], marks)
    questions, level = _heading_question_markers(source, classified, marks)
    if level == 1 and title_line is not None:
        # Questions are level-1 headings, so the first one is a question, not the bank's title.
        title_line = None
        classified = _classify(source, list(source.headings), marks)
        questions, level = _heading_question_markers(source, classified, marks)
    detection = Detection(question_level=level)

    blocks = Blocks(source.blocks)
    label_regions = [r for r in marks.details if r.label_like]
    modes = _heading_modes(questions, classified, source)
    markers: list[Marker] = [
        Marker(
            h.block.start,
            build=_heading_builder(source, h.block, modes[h.index], blocks, label_regions),
            style=modes[h.index],
        )
        for h in questions
    ]
    inside = _headings_inside_questions(questions, classified)
    # Every other heading outside the heading questions is a section.
    for heading in classified:
        if heading.index in inside:
            continue
        start = heading.block.start
        markers.append(
            Marker(
                start,
                section=heading.block.inline.strip(),
                section_body_start=heading.block.end,
                level=heading.block.level,
            )
        )
    markers.sort(key=lambda m: m.start)

    # The regions outside heading questions, each read in the style with the most evidence there.
    minimum = 2 if questions else 1
    boundaries = [m.start for m in markers] + [len(source.lines)]
    region_starts = [source.body_start] + [m.section_body_start for m in markers if m.build is None]
    region_ends = [boundaries[0]] + [boundaries[i + 1] for i, m in enumerate(markers) if m.build is None]
    # Beside heading questions, a list of questions is notes ("Questions to ask the interviewer:"),
    # unless lists hold far more questions than headings do.
    lists_win = marks.evidence("list", 0, len(source.lines)) > 2 * len(questions)
    region_styles = REGION_STYLES if lists_win else REGION_STYLES[:-1]
    found: list[Marker] = []
    regions = [(start, end) for start, end in zip(region_starts, region_ends, strict=True) if end > start]
    bests = [marks.best(start, end, 1, region_styles) for start, end in regions]
    for index, ((start, end), (style, count)) in enumerate(zip(regions, bests, strict=True)):
        if style is None:
            continue
        # Below the minimum, one question per section counts when the next or previous section has one of
        # the same style too ("### Scenario 1" over one "**Question:** …" line, "### Scenario 2" over another).
        neighbours = {bests[other][0] for other in (index - 1, index + 1) if 0 <= other < len(bests)}
        if count >= minimum or style in neighbours:
            found += marks.within(style, start, end)
    markers = sorted(markers + found, key=lambda m: m.start)
    split = assemble(source, "heading", markers, title_line)

    styles = Counter(q.style for q in split.questions)
    if styles:
        split.style = styles.most_common(1)[0][0] if len(_families(styles)) == 1 else "mixed"
    else:
        split.style = "none"
    split.styles = dict(styles)
    detection.evidence = _evidence(classified, marks, len(source.lines), source)
    detection.topic_lists = _topic_lists(source, [h for h in questions if modes[h.index] == "heading"], blocks)
    return split, detection


_LISTS = ("bullet_list", "ordered_list")


def _topic_lists(source: Source, questions: list[_Heading], blocks: Blocks) -> list[int]:
    """The heading questions (0-based lines) that only number a topic and hold nothing but a list."""
    found = []
    item_starts = [item.start for item in source.items]
    for heading in questions:
        title = _title_text(heading.block)
        if heading.strength != Strength.MEDIUM or asks(title) or not NUMBERED.match(title):
            continue
        first = bisect.bisect_left(blocks.starts, heading.block.end)
        inside = blocks.blocks[first : bisect.bisect_left(blocks.starts, heading.own_end)]
        items = bisect.bisect_left(item_starts, heading.own_end) - bisect.bisect_left(item_starts, heading.block.end)
        if len(inside) == 1 and inside[0].type in _LISTS and items >= 3:
            found.append(heading.block.start)
    return found


def _families(styles: Counter) -> set[str]:
    return {"heading" if style in HEADING_STYLES else style for style in styles}


def _headings_inside_questions(questions: list[_Heading], classified: list[_Heading]) -> set[int]:
    """Indexes of the headings that are questions or belong to a question's answer.

    A heading question's answer takes the headings below it up to the next question, the
    next heading above its level, or a navigation heading ("References") at its level.
    """
    inside: set[int] = set()
    question_indexes = {h.index for h in questions}
    for heading in questions:
        inside.add(heading.index)
        level = heading.block.level
        for other in classified[heading.index + 1 :]:
            if other.index in question_indexes or other.block.level < level:
                break
            if other.block.level == level and (other.strength != Strength.NONE or other.container):
                break
            inside.add(other.index)
    return inside


def _evidence(classified: list[_Heading], marks: _Marks, end: int, source: Source) -> dict[str, int]:
    """Each style's unmistakable evidence over the whole file, as if the file were written in it alone."""
    evidence = {style: marks.evidence(style, 0, end, strong=True) for style in REGION_STYLES}
    evidence["heading"] = sum(h.strength >= Strength.MEDIUM for h in classified)
    return evidence


def mark_lines(source: Source, style: str) -> list[int]:
    """The 0-based lines where ``style`` would start a question (``"heading"``: every heading)."""
    if style == "heading":
        return [h.start for h in source.headings]
    return [m.start for m in _Marks(source).markers.get(style, [])]
