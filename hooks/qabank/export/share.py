"""What a page says about itself when shared or indexed: its description, Open Graph and Twitter
card values, and JSON-LD (a question page is a ``Quiz`` of one flashcard ``Question``, a topic page an
``ItemList`` of its question pages).

Values are plain text and plain data: the theme escapes them (``e``, ``tojson``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..pages import plain_text
from .rendered import ExportedQuestion, html_text, title_text

DESCRIPTION_LIMIT = 160
# A full stop ends a sentence before a space; the CJK ones need no space after them.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？]")


def first_sentence(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """The first sentence of ``text`` (its first line when no sentence ends there), cut at a word
    to at most ``limit`` characters with "…"."""
    line = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    match = _SENTENCE_END.search(line)
    sentence = line[: match.end()] if match else line
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


# Not read for a description: code blocks and tables say little out of context.
_NOT_DESCRIPTIVE = frozenset({"pre", "table"})


def question_description(question: ExportedQuestion) -> str:
    """The answer's first sentence as plain text; the title when there is no answer text to take it from."""
    if question.answer_html:
        sentence = first_sentence(html_text(question.answer_html, skip=_NOT_DESCRIPTIVE))
        if sentence:
            return sentence
    return first_sentence(title_text(question.question))


def question_json_ld(question: ExportedQuestion) -> dict | None:
    """A schema.org ``Quiz`` holding the question as a flashcard with its ``acceptedAnswer``, as Google's
    Education Q&A rich result reads it; ``None`` for a question without an answer (a flashcard needs one)."""
    if not question.answer_html:
        return None
    text = title_text(question.question)
    prompt = html_text(question.prompt_html or "")
    answer = html_text(question.answer_html)
    if not answer:
        return None
    quiz: dict = {
        "@context": "https://schema.org/",
        "@type": "Quiz",
        "name": text,
        "about": {"@type": "Thing", "name": plain_text(question.bank.title)},
        "hasPart": [
            {
                "@type": "Question",
                "eduQuestionType": "Flashcard",
                "text": f"{text}\n{prompt}" if prompt else text,
                "acceptedAnswer": {"@type": "Answer", "text": answer},
            }
        ],
    }
    if question.url.startswith(("http://", "https://")):
        quiz["url"] = question.url
    if question.question.tags:
        quiz["keywords"] = ", ".join(question.question.tags)
    return quiz


def topic_json_ld(questions: Sequence[ExportedQuestion]) -> dict | None:
    """A schema.org ``ItemList`` of a topic's question pages (absolute URLs only: ``None`` without them)."""
    items = [
        {"@type": "ListItem", "position": index, "url": q.url, "name": title_text(q.question)}
        for index, q in enumerate(questions, 1)
        if q.url.startswith(("http://", "https://"))
    ]
    if not items:
        return None
    return {"@context": "https://schema.org/", "@type": "ItemList", "itemListElement": items}


def share_meta(question: ExportedQuestion, site_name: str) -> dict:
    """What the theme prints in a question page's ``<head>``: description, Open Graph, Twitter, JSON-LD."""
    title = title_text(question.question)
    description = question_description(question)
    meta: dict = {
        "description": description,
        "title": title,
        "site_name": site_name,
        "type": "article",
        "card": "summary",
        "json_ld": question_json_ld(question),
    }
    if question.url.startswith(("http://", "https://")):
        meta["url"] = question.url
    return meta
