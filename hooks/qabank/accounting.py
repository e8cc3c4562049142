"""Nothing is lost: every line of a bank must be visible on the page it belongs to.

The parser gives every line of a bank a part (intro, section, question, answer);
:func:`expected_lines` turns that into the words each generated page must show,
and :func:`unseen_lines` compares them with the HTML the site engine rendered.
A line counts as seen when its words, in order, appear in the page's text.

Only what a reader cannot see anyway is set aside on the bank's side: markup
(``#``, ``**``, list markers, HTML tags and comments, link targets, attribute
lists, code fence lines, emoji shortcodes), reference and abbreviation
definitions, and the structure words the parser consumed (answer labels, a
``<summary>Answer</summary>``, question numbers, ``TODO`` placeholders).
Setting more aside can only make the check miss a loss, never fail a build
that loses nothing.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .model import Bank, PartKind
from .pages import SiteLayout
from .source import normalise
from .vocabulary import DEFAULT_VOCABULARY, QUESTION_PREFIX, Vocabulary, is_trivial_placeholder

_WORD = re.compile(r"[^\W_]+")
_BLANK_OUT = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|template)\b[^<>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_FENCE_LINE = re.compile(r"^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(?:`{3,}|~{3,}).*$")
_DEFINITION = re.compile(r"^\s{0,3}(?:\*\[[^\]]*\]:|\[(?!\^)[^\]]+\]:\s*\S)")
_TOC_MARKER = re.compile(r"^\s*\[TOC\]\s*$", re.IGNORECASE)
# Every pattern below stops at the next opening character, so each is linear on a hostile line.
_TARGET = r"(?:\((?:[^()]|\([^()]*\))*\)|\[[^\[\]]*\])"  # (url), (url_(with)_parens) or [ref]
_IMAGE = re.compile(r"!\[[^\[\]]*\]" + _TARGET)
_LINK_TARGET = re.compile(r"\]" + _TARGET)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<[a-z][a-z0-9+.-]{0,30}:[^<>\s]*>", re.IGNORECASE)
_ATTR_LIST = re.compile(r"\{:?\s*[#.:][^{}]*\}|\{\s*[\w-]+=[^{}]*\}")
_EMOJI_SHORTCODE = re.compile(r":(?=[a-z0-9_+-]{0,60}[a-z])[a-z0-9_+-]{1,60}:", re.IGNORECASE)
_TASK = re.compile(r"\[[ xX]\]")
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*\s*(?P<title>\".*\")?\s*$")
_LEADING_MARKUP = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+)*(?:\*\*|__)?\s*")
_NUMBER = re.compile(r"^(?:Q(?:uestion)?\s*(?:\d+\s*)?|\d+\s*)[.):\uff1a]\s*", re.IGNORECASE)
_SUMMARY = re.compile(r"<summary\b[^<>]*>([^<]*(?:<(?!/?summary\b)[^<]*)*)</summary\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class LineText:
    """The words of one bank line (1-based), as a reader of the page would see them."""

    line: int
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return "".join(self.words)


def compact(text: str) -> str:
    """Text reduced to its words, casefolded and joined without spaces (markup splits words apart)."""
    return "".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def page_text(rendered_html: str) -> str:
    """What a page shows, as :func:`compact` text: no tags, scripts, styles or comments."""
    text = _BLANK_OUT.sub(" ", rendered_html)
    return compact(html.unescape(_TAG.sub("", text)))


def _blank_out(text: str) -> str:
    """Comments, scripts and styles replaced by as many newlines as they spanned."""
    return _BLANK_OUT.sub(lambda m: "\n" * m.group().count("\n"), text)


def line_words(line: str, vocabulary: Vocabulary = DEFAULT_VOCABULARY) -> tuple[str, ...]:
    """The words of a Markdown line that a reader sees once it is rendered."""
    if not line.strip() or _FENCE_LINE.match(line) or _DEFINITION.match(line) or _TOC_MARKER.match(line):
        return ()
    if "<" in line:
        line = _blank_out(line)
    admonition = _ADMONITION.match(line)
    if admonition:
        line = admonition.group("title") or ""
    line = _SUMMARY.sub(lambda m: "" if vocabulary.is_summary_label(html.unescape(_TAG.sub("", m[1]))) else m[1], line)
    label = vocabulary.answer_label(_TAG.sub("", line))
    if label is not None:
        line = label
    line = _TASK.sub("", line)
    line = _IMAGE.sub("", line)
    line = _LINK_TARGET.sub("]", line)
    line = _TAG.sub("", line)
    line = _ATTR_LIST.sub("", line)
    line = _EMOJI_SHORTCODE.sub(" ", line)  # a space: in code ("user:x:501:") the words around it stay apart
    line = _LEADING_MARKUP.sub("", line)
    line = _NUMBER.sub("", line)
    line = QUESTION_PREFIX.sub("", line)
    line = html.unescape(line)
    if is_trivial_placeholder(line):
        return ()
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", line).casefold()))


def expected_lines(bank: Bank, text: str, layout: SiteLayout) -> dict[str, list[LineText]]:
    """For each generated page of ``bank`` (by source path), the bank lines it must show.

    ``text`` is the bank file as it was parsed.
    """
    lines = _blank_out(normalise(text)).split("\n")
    topic = layout.topic_src(bank)
    pages: dict[str, list[LineText]] = {}
    for part in bank.parts:
        if part.kind is PartKind.FRONT_MATTER:
            continue
        if part.kind in (PartKind.QUESTION, PartKind.ANSWER) and part.question is not None:
            src = layout.question_src(bank, bank.questions[part.question])
        else:
            src = topic
        found = pages.setdefault(src, [])
        for number in range(part.span.start, part.span.end):
            words = line_words(lines[number - 1], bank.vocabulary)
            if words:
                found.append(LineText(number, words))
    return pages


def unseen_lines(expected: list[LineText], rendered_html: str) -> list[LineText]:
    """The lines whose words the rendered page does not show.

    A line is seen when its words appear in order; or, since markup the check does not
    model may reorder a few words, when at least half of its words appear somewhere.
    """
    shown = page_text(rendered_html)
    unseen = []
    for line in expected:
        if line.text in shown:
            continue
        found = sum(word in shown for word in line.words)
        if found * 2 < len(line.words):
            unseen.append(line)
    return unseen
