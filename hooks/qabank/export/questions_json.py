"""``questions.json``: every question of the site with its answer, for other tools to read.

Its shape is documented by ``schemas/questions.schema.json``; the practice index stays the small,
answerless one the browser loads."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..pages import plain_text
from .difficulty import difficulty
from .rendered import ExportedQuestion

FORMAT_VERSION = 1
FILE_NAME = "questions.json"


def questions_document(questions: Sequence[ExportedQuestion], *, site_name: str, site_url: str) -> dict:
    """The document, questions in site order."""
    topics: dict[str, dict] = {}
    entries = []
    for exported in questions:
        bank, question = exported.bank, exported.question
        topics.setdefault(bank.slug, {"slug": bank.slug, "title": plain_text(bank.title)})
        entries.append(
            {
                "key": exported.key,
                "topic": bank.slug,
                "title": plain_text(question.title),
                "tags": list(question.tags),
                "difficulty": difficulty(question.marks),
                "answer_markdown": question.answer,
                "answer_html": exported.answer_html,
                "prompt_markdown": question.prompt or None,
                "url": exported.url,
                "source": {"file": exported.source_file, "line": exported.line},
            }
        )
    return {
        "version": FORMAT_VERSION,
        "site": {"name": site_name, "url": site_url or None},
        "topics": list(topics.values()),
        "questions": entries,
    }


def questions_json(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
