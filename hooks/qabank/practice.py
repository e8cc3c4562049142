"""The practice index and the practice page, rendered from the model.

A practice run shows one question at a time, so the browser needs every
question's key, title, URL and tags, but none of the answers: it fetches an
answer from the question's own page when the reader reveals it. The index is
written as a classic script (``window.qaPracticeIndex = {...};``) because
browsers refuse ``fetch`` of a JSON file on ``file://`` but do run scripts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .contract import ATTRIBUTES, CLASSES, GLOBALS, PRACTICE_MARKER
from .model import Bank
from .pages import SiteLayout, plain_text, progress_key

INDEX_VERSION = 1
INDEX_GLOBAL = GLOBALS["practice_index"]


def practice_index(banks: Sequence[Bank], layout: SiteLayout) -> dict:
    """Every topic with its questions' keys, titles, site-root-relative URLs and tag numbers.

    Tags are listed once in ``tags``; each question refers to them by position.
    A question without an answer carries ``"unanswered": true``, one with difficulty marks ``"marks"``.
    """
    tags: dict[str, int] = {}
    topics = []
    for bank in banks:
        questions = []
        for question in bank.questions:
            entry: dict = {
                "key": progress_key(bank, question),
                "title": plain_text(question.title),
                "url": layout.url_of(layout.question_src(bank, question)),
                "tags": [tags.setdefault(tag, len(tags)) for tag in question.tags],
            }
            if question.marks:
                entry["marks"] = question.marks
            if not question.has_answer:
                entry["unanswered"] = True
            questions.append(entry)
        topics.append(
            {
                "slug": bank.slug,
                "title": plain_text(bank.title),
                "url": layout.url_of(layout.topic_src(bank)),
                "questions": questions,
            }
        )
    return {"version": INDEX_VERSION, "tags": list(tags), "topics": topics}


def index_json(index: dict) -> str:
    """The index as compact JSON, as it is embedded in the script."""
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))


# Characters written as JSON escapes in the script: "<", ">" and "&" so that no "</script>", "<!--"
# or "-->" from a title can end or change the script were it inlined in HTML; U+2028 and U+2029,
# which JavaScript engines before ES2019 read as line ends inside a string.
_SCRIPT_UNSAFE = str.maketrans({ch: f"\\u{ord(ch):04x}" for ch in "<>&\u2028\u2029"})


def index_script(index: dict) -> str:
    """A classic script that sets ``window.qaPracticeIndex`` to the index (still valid JSON after the ``=``)."""
    data = index_json(index).translate(_SCRIPT_UNSAFE)
    return f"window.{INDEX_GLOBAL}={data};\n"


def practice_page() -> str:
    """Markdown of the generated practice page; the marker becomes the practice area."""
    return (
        "---\n"
        "title: Practice\n"
        "qa:\n  page: practice\n"
        "search:\n  exclude: true\n"
        "hide:\n  - navigation\n  - toc\n"
        "---\n\n"
        "# Practice\n\n"
        f"{PRACTICE_MARKER}\n"
    )


def practice_area(layout: SiteLayout, from_src: str) -> str:
    """The HTML that replaces the practice marker: filled in by the browser, a message without JavaScript."""
    home = layout.href("index.md", from_src)
    return (
        f'<div class="{CLASSES["practice"]}" {ATTRIBUTES["practice"]}>\n'
        f'<p class="{CLASSES["nojs"]}">Practice runs need JavaScript. Without it, open a topic from the '
        f'<a href="{home}">home page</a> and reveal the answers one page at a time.</p>\n'
        "</div>\n"
    )
