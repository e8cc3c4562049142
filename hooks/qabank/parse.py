"""Turn a bank file into a :class:`~qabank.model.Bank`.

Pure Python: nothing here knows about MkDocs. Each bank style lives in
:mod:`qabank.styles` and only says where questions, prompts and answers start
and end; everything shared (titles, ids, tags, placeholders, line accounting)
happens here.
"""

from __future__ import annotations

import bisect
import datetime
import posixpath
import re
from collections.abc import Collection, Iterable

from . import styles
from .ids import assign_ids, split_explicit_id
from .links import github_anchor, github_anchors, rewrite_anchor_links
from .model import Bank, Choice, Part, PartKind, Problem, Question, Section, Severity, Span
from .source import Source, read_source
from .styles import Detection, RawQuestion, RawSection, Split
from .styles.compose import mark_lines
from .styles.list_items import BOLD_LINE, bold_question
from .vocabulary import Vocabulary, asks, is_pointer, is_trivial_placeholder, split_trailing_marks, vocabulary

_NUMBER_PREFIX = re.compile(r"^\s*(?:(?:Q(?:uestion)?\s*)?(?P<num>\d+)\s*[.):]|Q(?:uestion)?\s*[.:])\s*", re.IGNORECASE)
_TAGS_COMMENT = re.compile(r"^\s*<!--\s*tags\s*:(?P<tags>.*?)-->\s*$", re.IGNORECASE | re.DOTALL)
_CHOICE = re.compile(r"^(?P<bullet>\s*[-*+]\s+)\[(?P<mark>[ xX])\](?P<space>\s+)(?P<text>.*)$")
_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?\(?(?P<letter>[A-Ha-h])[.):]\s+(?P<text>\S.*)$")
_LETTER = re.compile(r"^\(?[A-Ha-h][.)]?$")
_HTML_ANCHOR = re.compile(r"<a\s[^<>]*?(?:id|name)=[\"']([^\"']+)[\"']", re.IGNORECASE)  # [^<>]: linear
_ANCHOR_LINK = re.compile(r"\]\(\s*#|href=[\"']#", re.IGNORECASE)
_HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def clean_title(heading: str) -> tuple[str, str | None, str, str | None]:
    """Split a heading into (title, number, difficulty marks, explicit id)."""
    text, explicit = split_explicit_id(heading.strip())
    number = None
    match = _NUMBER_PREFIX.match(text)
    if match and match.end() < len(text):
        number = match.group("num")
        text = text[match.end() :]
    rest, marks = split_trailing_marks(text)
    if rest.strip():
        text = rest
    else:
        marks = ""
    return text.strip(), number, marks, explicit


_EMPTY_ANCHOR = re.compile(r"<a\s[^>]{0,500}>\s*</a>|</?a(?:\s[^>]{0,500})?>", re.IGNORECASE)


def clean_section_title(title: str) -> str:
    """A section title without anchor tags (``<a name="x"></a>Basics``) or a stray leading ``#``."""
    text = _EMPTY_ANCHOR.sub("", split_explicit_id(title)[0])
    return text.strip().lstrip("#").strip() or text.strip()


def title_from_path(path: str) -> str:
    stem = posixpath.splitext(posixpath.basename(path))[0]
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else stem


def _tags(value: object, line: int, where: str, problems: list[Problem]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [t for t in re.split(r"[,\n]", value)]
    if not isinstance(value, list):
        problems.append(Problem(line, f"{where} must be a list such as '[sql, databases]'; it was ignored"))
        return ()
    tags = []
    for item in value:
        if isinstance(item, (str, int, float)) and str(item).strip():
            tags.append(str(item).strip())
        else:
            problems.append(Problem(line, f"{where}: '{item}' is not a tag name; it was ignored"))
    return tuple(dict.fromkeys(tags))


def _answer_labels(source: Source, value: object, problems: list[Problem]) -> tuple[str, ...]:
    """Answer labels a bank adds in front matter: ``qa: {answer_labels: [Solución, 答]}``."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        problems.append(
            Problem(
                _meta_line(source, "answer_labels"),
                "front matter 'qa: answer_labels' must be a list of words such as '[Solución, 答]'; ignored",
            )
        )
        return ()
    return tuple(item.strip() for item in value)


def _meta_line(source: Source, key: str) -> int:
    """The 1-based line where front matter ``key:`` is written (the first front matter line if not found)."""
    pattern = re.compile(rf"(?:^|[{{,\s]){re.escape(key)}\s*:")
    for number in range(1, max(1, source.body_start - 1)):
        if pattern.search(source.lines[number]):
            return number + 1
    return 2


def _meta_text(source: Source, key: str, example: str, problems: list[Problem]) -> str | None:
    """A front matter value that must be text; numbers and dates are taken as written."""
    value = source.meta.get(key)
    if value is None or (isinstance(value, str | int | float | datetime.date) and not isinstance(value, bool)):
        return None if value is None else str(value)
    problems.append(
        Problem(
            _meta_line(source, key),
            f"front matter '{key}' must be text such as '{key}: {example}', not {_kind(value)}; it was ignored",
        )
    )
    return None


def _kind(value: object) -> str:
    kinds = {bool: "true/false", list: "a list", dict: "a mapping", str: "text", int: "a number", float: "a number"}
    return kinds.get(type(value), type(value).__name__)


def _style_option(source: Source, problems: list[Problem]) -> str | None:
    """The style forced by front matter ``qa: {style: NAME}``, when it is a name at all."""
    options = source.meta.get("qa")
    allowed = ", ".join(styles.STYLES)
    if options is None:
        return None
    if not isinstance(options, dict):
        problems.append(
            Problem(
                _meta_line(source, "qa"),
                f"front matter 'qa' must be a mapping such as 'qa: {{style: label}}', not {_kind(options)}; "
                f"it was ignored (styles: {allowed})",
            )
        )
        return None
    style = options.get("style")
    if style is None or isinstance(style, str):
        return style
    problems.append(
        Problem(
            _meta_line(source, "style"),
            f"front matter 'qa: style' must be one style name such as 'style: label', not {_kind(style)}; "
            f"use one of {allowed}; the style was detected instead",
        )
    )
    return None


def _strip_trailing_rule(lines: list[str]) -> list[str]:
    """Drop trailing blank lines and one ``---`` separator (with blanks around it)."""
    lines = list(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and _HR.match(lines[-1]) and (len(lines) == 1 or not lines[-2].strip()):
        lines.pop()
        while lines and not lines[-1].strip():
            lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines


def _own_tags(source: Source, raw: RawQuestion, problems: list[Problem]) -> tuple[tuple[str, ...], set[int]]:
    """Tags from ``<!-- tags: a, b -->`` lines of the question (outside code), and those lines."""
    tags: list[str] = []
    used: set[int] = set()
    for line in range(raw.span.start, raw.span.end):
        if source.code_lines[line] or "<!--" not in source.lines[line]:
            continue
        match = _TAGS_COMMENT.match(source.lines[line])
        if match:
            tags += _tags(match.group("tags"), line + 1, "question tags", problems)
            used.add(line)
    return tuple(dict.fromkeys(tags)), used


def _text(source: Source, lines: range, override: str | None, skip: set[int], first: str | None = None) -> list[str]:
    if override is not None:
        return [line for line in override.split("\n") if not _TAGS_COMMENT.match(line)]
    out = [source.lines[i] for i in lines if i not in skip]
    if out and first is not None and lines.start not in skip:
        out[0] = first
    return out


def _drop_leading_label(lines: list[str], words: Vocabulary) -> list[str]:
    for index, line in enumerate(lines):
        if line.strip():
            rest = words.answer_label(line)
            if rest is None:
                return lines
            return [rest, *lines[index + 1 :]]
    return lines


def _choices(prompt: list[str], answer: list[str] | None) -> tuple[list[str], list[str] | None, tuple[Choice, ...]]:
    """Multiple choice: ``- [x]`` marks the right option; it is revealed only with the answer."""
    if not any(_CHOICE.match(line) for line in prompt) and answer and not any(line.strip() for line in prompt):
        lead = 0
        while lead < len(answer) and (_CHOICE.match(answer[lead]) or not answer[lead].strip()):
            lead += 1
        if any(_CHOICE.match(line) for line in answer[:lead]):
            prompt, answer = answer[:lead], answer[lead:]
    choices = tuple(
        Choice(m.group("text").strip(), m.group("mark") in "xX") for m in (_CHOICE.match(line) for line in prompt) if m
    )
    if not any(c.correct for c in choices):
        return prompt, answer, choices
    prompt = [
        _CHOICE.sub(lambda m: f"{m.group('bullet')}[ ]{m.group('space')}{m.group('text')}", line) for line in prompt
    ]
    key = "**Correct:** " + "; ".join(c.text for c in choices if c.correct)
    rest = _strip_trailing_rule(answer or [])
    return prompt, [key, *([""] + rest if rest else [])], choices


def _lettered_answer(prompt: list[str], answer: list[str] | None) -> list[str] | None:
    """``Answer: B`` with lettered options: show the option's text with its letter."""
    if not answer:
        return answer
    lines = _strip_trailing_rule(answer)
    if len(lines) != 1 or not _LETTER.match(lines[0].strip()):
        return answer
    letter = lines[0].strip()[0].upper()
    for line in prompt:
        match = _OPTION.match(line)
        if match and match.group("letter").upper() == letter:
            return [f"**{letter}.** {match.group('text').strip()}"]
    return answer


def _question(source: Source, raw: RawQuestion, bank_tags: tuple[str, ...], problems: list[Problem]) -> Question:
    title, number, marks, explicit = clean_title(raw.title)
    own_tags, tag_lines = _own_tags(source, raw, problems)
    prompt_lines = _text(source, range(raw.prompt.start, raw.prompt.end), raw.prompt_text, tag_lines)
    answer_lines: list[str] | None = None
    if raw.answer is not None:
        answer_lines = _drop_leading_label(
            _strip_trailing_rule(
                _text(
                    source,
                    range(raw.answer.start, raw.answer.end),
                    raw.answer_text,
                    tag_lines,
                    raw.answer_first_line,
                )
            ),
            source.vocabulary,
        )
    prompt_lines, answer_lines, choices = _choices(_strip_trailing_rule(prompt_lines), answer_lines)
    answer_lines = _lettered_answer(prompt_lines, answer_lines)
    answer: str | None = None
    if answer_lines is not None:
        text = "\n".join(_strip_trailing_rule(answer_lines))
        if is_pointer(text):
            # "Read the answer on [site](…)": no answer here, but the pointer is shown with the question.
            prompt_lines = [*prompt_lines, "", text] if any(line.strip() for line in prompt_lines) else [text]
        elif not is_trivial_placeholder(text):
            answer = text
    return Question(
        id="",
        position=0,
        title=title or raw.title.strip(),
        prompt="\n".join(_strip_trailing_rule(prompt_lines)),
        answer=answer,
        number=number,
        own_tags=own_tags,
        bank_tags=bank_tags,
        section=raw.section,
        section_index=raw.section_index,
        span=Span(raw.span.start + 1, raw.span.end + 1),
        explicit_id=explicit is not None,
        marks=marks,
        choices=choices,
    )


def _anchors(source: Source, split: Split, questions: list[Question]) -> dict[str, str]:
    """Anchors the original file had for each question, as GitHub would make them.

    Anchors of sections and of the title map to ``""``: the topic page, which lists them.
    """
    if not _ANCHOR_LINK.search(source.text):
        return {}
    headings = [b for b in source.blocks if b.type == "heading"]
    by_line = dict(zip((h.start for h in headings), github_anchors(h.inline for h in headings), strict=True))
    anchors: dict[str, str] = {}
    for raw, question in zip(split.questions, questions, strict=True):
        found = [by_line[raw.span.start]] if raw.span.start in by_line else []
        found.append(github_anchor(raw.title))
        for line in source.lines[raw.span.start : raw.span.end]:
            found += _HTML_ANCHOR.findall(line)
        if question.number:
            found += [f"question-{question.number}", f"q{question.number}", question.number]
        found.append(question.id)
        for anchor in found:
            anchors.setdefault(anchor, question.id)
    for section in split.sections:
        found = [by_line.get(section.span.start, ""), github_anchor(clean_section_title(section.title))]
        found += _HTML_ANCHOR.findall(source.lines[section.span.start])
        for anchor in found:
            if anchor:
                anchors.setdefault(anchor, "")
    if split.title_line is not None:
        anchors.setdefault(by_line.get(split.title_line, ""), "")
    for line in source.lines[source.body_start : split.intro_end]:
        for anchor in _HTML_ANCHOR.findall(line):
            anchors.setdefault(anchor, "")
    anchors.pop("", None)
    return anchors


def _dropped_links(bank: Bank) -> Problem | None:
    dropped: list[str] = []
    texts = [bank.intro] + [t for q in bank.questions for t in (q.prompt, q.answer) if t]
    for text in texts:
        dropped += rewrite_anchor_links(text, bank.anchors.get, top="")[1]
    if not dropped:
        return None
    examples = ", ".join(f"'#{a}'" for a in list(dict.fromkeys(dropped))[:3])
    return Problem(
        1,
        f"{len(dropped)} links to anchors of the original file ({examples}) match no question "
        "and were dropped from the site",
        Severity.INFO,
    )


def _parts(source: Source, split: Split) -> list[Part]:
    parts: list[Part] = []

    def add(kind: PartKind, start: int, end: int, question: int | None = None) -> None:
        if end > start:
            parts.append(Part(kind, Span(start + 1, end + 1), question))

    add(PartKind.FRONT_MATTER, 0, source.body_start)
    add(PartKind.INTRO, source.body_start, split.intro_end)
    items: list[tuple[int, object]] = [(s.span.start, s) for s in split.sections]
    items += [(q.span.start, q) for q in split.questions]
    items.sort(key=lambda item: item[0])
    index = 0
    for _, item in items:
        if isinstance(item, RawSection):
            add(PartKind.SECTION, item.span.start, item.span.end)
        else:
            answer_start = item.answer.start if item.answer is not None else item.span.end
            add(PartKind.QUESTION, item.span.start, answer_start, index)
            add(PartKind.ANSWER, answer_start, item.span.end, index)
            index += 1
    return parts


def _check_parts(parts: Iterable[Part], total: int) -> None:
    expected = 1
    for part in parts:
        if part.span.start != expected:
            raise AssertionError(f"lines {expected}-{part.span.start - 1} belong to no part")
        expected = part.span.end
    if expected != total + 1:
        raise AssertionError(f"lines {expected}-{total} belong to no part")


def plain_words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _non_blank(source: Source, start: int, end: int) -> int:
    return sum(1 for line in source.lines[start:end] if line.strip())


def _question_share(source: Source, parts: list[Part], split: Split) -> float:
    """The share of the file's non-blank lines (front matter, title and section headings aside) in questions."""
    headings = {b.start for b in source.headings} & ({s.span.start for s in split.sections} | {split.title_line})
    body = _non_blank(source, source.body_start, len(source.lines)) - len(headings)
    if not body:
        return 0.0
    asked = sum(
        _non_blank(source, p.span.start - 1, p.span.end - 1)
        for p in parts
        if p.kind in (PartKind.QUESTION, PartKind.ANSWER)
    )
    return asked / body


_DOUBTFUL_SHARE = 0.6
_RUNNER_UP = 0.8
_STYLE_FAMILY = {"label": "heading", "heading-details": "heading", "heading": "heading"}


def _doubt(
    source: Source, split: Split, detection: Detection, parts: list[Part], share: float, count: int
) -> Problem | None:
    """A warning when the split may be wrong: another style nearly as good, or little of the text in questions.

    It names the first doubtful line, the runner-up style and the front matter that forces either reading.
    """
    topics = detection.topic_lists
    if len(topics) >= 3 and len(topics) * 2 >= count:
        return Problem(
            topics[0] + 1,
            f"the split looks doubtful: read as {split.style}, {count} questions, but {len(topics)} of those "
            "questions are numbered titles without a question over nothing but a list (the first is here), "
            "so the list items may be the questions; front matter 'qa: {style: list}' reads every list item "
            f"as a question; front matter 'qa: {{style: {split.style}}}' keeps this reading",
        )
    used = {_STYLE_FAMILY.get(style, style) for style in split.styles}
    runner_up, evidence = max(
        ((style, found) for style, found in detection.evidence.items() if style not in used),
        key=lambda item: item[1],
        default=("heading", 0),
    )
    close = evidence >= _RUNNER_UP * count
    if not close and share >= _DOUBTFUL_SHARE:
        return None
    keep = f"; front matter 'qa: {{style: {split.style}}}' keeps this reading" if split.style in styles.STYLES else ""
    other = f"front matter 'qa: {{style: {runner_up}}}' reads it as {runner_up} ({evidence} questions found that way)"
    if not evidence:
        # No other style finds any question: name what does change the reading.
        other = (
            "mark each question so that it asks (a heading ending with '?' or numbered, '## 1. Closure'), "
            "or say that the file is notes with front matter 'qa: {style: notes}'"
        )
    if close:
        line = _first_mark(source, split, runner_up)
        reason = f"the {runner_up} style finds {evidence} questions too (the first one it reads differently is here)"
    else:
        line = _first_outside(source, split, parts)
        reason = (
            f"only {share:.0%} of the text is in questions (this line and others are shown as notes on the topic page)"
        )
    return Problem(
        line, f"the split looks doubtful: read as {split.style}, {count} questions, but {reason}; {other}{keep}"
    )


def _first_mark(source: Source, split: Split, style: str) -> int:
    starts = {q.span.start for q in split.questions}
    lines = mark_lines(source, style)
    line = next((line for line in lines if line not in starts), lines[0] if lines else source.body_start)
    return line + 1


def _first_outside(source: Source, split: Split, parts: list[Part]) -> int:
    for part in parts:
        if part.kind in (PartKind.INTRO, PartKind.SECTION):
            for number in range(part.span.start - 1, part.span.end - 1):
                if source.lines[number].strip() and number != split.title_line:
                    return number + 1
    return source.body_start + 1


_NUMBERED_ITEM = re.compile(r"^( {0,3})(\d{1,4})[.)]\s+(\S.{0,300})$")


def _swallowed(source: Source, split: Split) -> Problem | None:
    """A warning when a list question holds an item at its margin that carries the numbering on and asks.

    "13. Explain memoisation", its answer as bullets at the margin, then "14. Why is recursion slow" and
    "15. …": CommonMark ends the numbered list at the bullets, so "14." is read as part of question 13.
    """
    found: list[tuple[int, int, str]] = []
    for raw in split.questions:
        first = _NUMBERED_ITEM.match(source.lines[raw.span.start])
        if first is None:
            continue
        indent, wanted = first.group(1), str(int(first.group(2)) + 1)
        for line in range(raw.span.start + 1, raw.span.end):
            if source.code_lines[line]:
                continue
            match = _NUMBERED_ITEM.match(source.lines[line])
            if match is None or match.group(1) != indent or match.group(2) != wanted:
                continue
            text = match.group(3)
            if text[0].isalpha() and asks(text) or text.endswith(("?", "？")):
                found.append((line, raw.span.start, f"{wanted}. {text}"))
                break
    if not found:
        return None
    line, owner, text = found[0]
    more = f" ({len(found)} such lines in all)" if len(found) > 1 else ""
    return Problem(
        line + 1,
        f"'{text[:60]}' carries the numbering of the questions on and asks, but is read as part of the question "
        f"at line {owner + 1}{more}: the text between the two is not indented under the question above, which "
        "ends its list; indent that text under its question (or write each question as a heading, "
        f"'### {text[:20]}…') so that this line is a question of its own",
    )


_AFTER_MARK = re.compile(r"^(?P<marks>.*?\S)\s*(?P<stray>[^\W\d_]{1,3})$")


def _stray_after_mark(source: Source, split: Split) -> Problem | None:
    """A warning when a bold line that asks and carries a difficulty mark ends with a stray letter after the
    mark ("**Is it a useful metric? ⭐️I**"): it is not read as a question but as part of the answer above."""
    starts = {raw.span.start for raw in split.questions}
    for block in source.blocks:
        if block.type != "paragraph" or block.start in starts:
            continue
        match = BOLD_LINE.match(source.lines[block.start])
        if match is None or match.group("after").strip() or bold_question(source.lines[block.start]) is not None:
            continue
        head, mark, tail = match.group("text").replace("\uff1f", "?").rpartition("?")
        stray = _AFTER_MARK.match(tail.strip()) if len(tail) <= 40 else None
        if not mark or not head.strip() or stray is None or split_trailing_marks(stray.group("marks"))[0]:
            continue
        return Problem(
            block.start + 1,
            f"'{head.strip()[:60]}?' asks and carries a difficulty mark, but '{stray.group('stray')}' follows "
            "the mark, so it is not read as a question but as part of the answer above; if it is a question, "
            "end the bold text with the mark",
        )
    return None


def _half_nested(source: Source, split: Split) -> Problem | None:
    """A warning when a list question's item is indented more than its list's first item but too little
    to nest: CommonMark makes it an item of the same list, a question of its own, where the author may
    have meant a follow-up of the question above (`` * Why?`` under ``* How does X work?``)."""
    starts = {raw.span.start for raw in split.questions if raw.style == "list"}
    block_starts = [b.start for b in source.blocks]
    first_indent: dict[int, int] = {}
    for item in source.items:
        if item.start not in starts:
            continue
        block = bisect.bisect_right(block_starts, item.start) - 1
        line = source.lines[item.start].expandtabs(4)
        indent = len(line) - len(line.lstrip(" "))
        base = first_indent.setdefault(block, indent)
        if indent > base:
            return Problem(
                item.start + 1,
                f"this item is indented {indent - base} space(s) more than the first item of its list, too little "
                "to nest under the item above, so it is read as a question of its own; if it is a follow-up of "
                "the question above, indent it under that item's text; else align it with the other items",
            )
    return None


def _numbering_left(source: Source, split: Split) -> Problem | None:
    """A warning when a numbered list read as notes carries the numbering of the list questions before it on.

    "1. What is X?" … "225. Why Y?", then a list "226. Thank you for your time." … of lines that do not
    ask: the author numbered them as questions, the parser reads them as notes.
    """
    question_starts = {raw.span.start for raw in split.questions}
    numbers = []
    for raw in split.questions:
        match = _NUMBERED_ITEM.match(source.lines[raw.span.start])
        if match and raw.style == "list":
            numbers.append((raw.span.start, int(match.group(2))))
    if not numbers:
        return None
    starts = [start for start, _ in numbers]
    spans = sorted((raw.span.start, raw.span.end) for raw in split.questions)
    for block in source.blocks:
        if block.type != "ordered_list" or block.start in question_starts:
            continue
        owner = bisect.bisect_right(spans, (block.start, len(source.lines))) - 1
        if owner >= 0 and spans[owner][1] > block.start:
            continue  # inside a question: see _swallowed
        match = _NUMBERED_ITEM.match(source.lines[block.start])
        position = bisect.bisect_left(starts, block.start)
        if match is None or position == 0 or int(match.group(2)) != numbers[position - 1][1] + 1:
            continue
        return Problem(
            block.start + 1,
            f"this list carries the numbering of the questions before it on ({match.group(2)}.), but too few of "
            "its items ask, so it is read as notes; if its items are questions, make most of them ask (end them "
            "with '?' or open them with a word such as 'What', 'Explain')",
        )
    return None


_LONE = 2  # at most this many questions of one kind ...
_MANY = 50  # ... beside at least this many of another


def _lone_kind(source: Source, split: Split) -> Problem | None:
    """A warning when one or two questions are read in a kind of their own beside many of another kind:
    a closing "### What you can do next?" heading after 225 list questions is more likely a section."""
    families: dict[str, list[RawQuestion]] = {}
    for raw in split.questions:
        families.setdefault(_STYLE_FAMILY.get(raw.style, raw.style), []).append(raw)
    if len(families) < 2:
        return None
    (major, many), *_ = sorted(families.items(), key=lambda item: -len(item[1]))
    lone = [(kind, found) for kind, found in families.items() if len(found) <= _LONE]
    if len(many) < _MANY or not lone:
        return None
    kind, found = lone[0]
    first = found[0]
    what, change = _LONE_READINGS.get(
        first.style, (f"a question of the {kind} style", "write it as plain text that does not ask")
    )
    return Problem(
        first.span.start + 1,
        f"'{first.title.strip()[:60]}' is read as {what}, one of only {len(found)} of that kind beside "
        f"{len(many)} {major} questions; if it is not a question but notes, {change}; if it is, nothing needs "
        "to change",
    )


_LONE_READINGS = {
    "heading": ("a heading that asks", "reword it so that it does not ask (no '?', no asking word such as 'What')"),
    "heading-details": (
        "a heading over an answer <details>",
        "give that <details> a summary that is not an answer label ('Example' rather than 'Click me')",
    ),
    "label": ("a heading over an answer label", "remove the answer label under it"),
}


def parse_bank(text: str, path: str, slug: str | None = None, reserved_ids: Collection[str] = ()) -> Bank:
    """Parse one bank file. Never raises on bad input: problems are reported on the bank.

    ``reserved_ids`` are names no question id may take: files the site already has in the folder
    where this bank's question pages go.
    """
    source = read_source(text)
    problems = list(source.problems)
    meta = source.meta
    options = meta.get("qa") if isinstance(meta.get("qa"), dict) else {}
    style = _style_option(source, problems)
    source.vocabulary = vocabulary(_answer_labels(source, options.get("answer_labels"), problems))
    split, detection = styles.split(source, style)
    problems += split.problems
    bank_tags = _tags(meta.get("tags"), _meta_line(source, "tags"), "front matter 'tags'", problems)
    questions = [_question(source, raw, bank_tags, problems) for raw in split.questions]
    ids, clashes = assign_ids(
        [q.title for q in questions],
        ["\n".join((q.prompt, q.answer or "")) for q in questions],  # content, not position
        [split_explicit_id(raw.title)[1] for raw in split.questions],
        reserved_ids,
    )
    for index, message in clashes:
        problems.append(Problem(questions[index].span.start, message))
    for position, (question, question_id) in enumerate(zip(questions, ids, strict=True), start=1):
        question.id = question_id
        question.position = position

    title = _meta_text(source, "title", "Backend questions", problems) or split.title or title_from_path(path)
    description = _meta_text(source, "description", "Questions asked in backend interviews", problems)
    # The file's own "# Title" line is the page title; kept in the intro when front matter renames the topic.
    skip = split.title_line if split.title is None or plain_words(split.title) == plain_words(title) else None
    intro_lines = [
        line for i, line in enumerate(source.lines[source.body_start : split.intro_end], source.body_start) if i != skip
    ]
    parts = _parts(source, split)
    _check_parts(parts, len(source.lines))
    share = _question_share(source, parts, split)
    if not questions and split.style != "notes":
        problems.append(
            Problem(
                min(source.body_start + 1, max(1, len(source.lines))),
                "no questions found, so the file is shown as one page of notes; write each question as a "
                "heading such as '### 1. What is X?' followed by an '**Answer:**' line, or force a style with "
                "front matter 'qa: {style: heading}' (see the README for the other styles); if the whole file "
                "answers one question (its '#' title or front matter 'title'), front matter "
                "'qa: {style: single}' makes it that question; if it is notes, 'qa: {style: notes}' says so",
            )
        )
    elif detection is not None:
        doubt = _doubt(source, split, detection, parts, share, len(questions))
        if doubt is not None:
            problems.append(doubt)
        for check in (_swallowed, _half_nested, _numbering_left, _lone_kind, _stray_after_mark):
            problem = check(source, split)
            if problem is not None:
                problems.append(problem)
    unanswered = [q for q in questions if q.answer is None]
    if unanswered:
        problems.append(
            Problem(
                unanswered[0].span.start,
                f"{len(unanswered)} of {len(questions)} questions have no answer yet "
                f"(first: '{unanswered[0].title}'); their pages say so",
                Severity.INFO,
            )
        )
    bank = Bank(
        path=path,
        slug=slug or posixpath.splitext(path)[0],
        title=title,
        tags=bank_tags,
        intro="\n".join(_strip_trailing_rule(intro_lines)),
        style=split.style,
        questions=questions,
        sections=[
            Section(clean_section_title(s.title), s.intro, Span(s.span.start + 1, s.span.end + 1), s.level)
            for s in split.sections
        ],
        meta=meta,
        parts=parts,
        problems=sorted(problems, key=lambda p: p.line),
        description=description or "",
        anchors=_anchors(source, split, questions),
        styles=dict(split.styles),
        question_share=share,
        vocabulary=source.vocabulary,
    )
    dropped = _dropped_links(bank)
    if dropped is not None:
        bank.problems.append(dropped)
    return bank
