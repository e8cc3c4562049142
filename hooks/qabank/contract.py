"""The names the core's pages, the templates and the browser scripts share.

The core writes these classes, attributes and markers into the pages; ``overrides/main.html``
prints them from ``qa_site.contract``; the scripts read them from ``window.qaContract``,
which the build writes to ``assets/qa/contract.js`` (see ``contract_script``). Renaming one
here renames it everywhere, and ``tests/test_contract.py`` fails when a script or a template
uses a name this module does not declare.
"""

from __future__ import annotations

import json
from typing import Any

# Classes on elements the core's pages or the templates make, which the scripts look for.
CLASSES: dict[str, str] = {
    "page": "qa-page",  # the hidden element (overrides/main.html) carrying the page's data attributes
    "context": "qa-context",  # "Topic · Question 3 of 25" above a question
    "answer": "answer",  # the collapsed answer: `??? answer` becomes <details class="answer">
    "no_answer": "note",  # `!!! note "No answer yet"` on a question without an answer
    "admonition": "admonition",
    "description": "qa-description",
    "topic_summary": "qa-topic-summary",  # "25 questions · tags" on a topic page
    "read_link": "qa-read-link",
    "read_summary": "qa-read-summary",  # the summary line of a "Read the topic" page
    "questions": "qa-questions",  # the numbered list of a topic's questions
    "marks": "qa-marks",  # difficulty marks after a title
    "topics": "qa-topics",  # the cards of the home page
    "total": "qa-total",  # the home page's total line
    "pdfs": "qa-pdfs",
    "practice": "qa-practice",  # the practice page's area
    "nojs": "qa-nojs",
    "after": "qa-after",  # below a question: related questions and edit links
    "related": "qa-related",  # the list of related questions (its heading qa-related__title)
    "edit": "qa-edit",  # "Edit this question · Suggest an edit"
    "downloads": "qa-downloads",  # the Anki decks and questions.json on the home and topic pages
}

# Attributes the core's pages or the templates write, which the scripts read.
ATTRIBUTES: dict[str, str] = {
    "page": "data-qa-page",  # home, topic, question, read, tags, practice or other
    "key": "data-qa-key",  # a question's progress key, "topic/id"
    "topic": "data-qa-topic",  # a topic's slug
    "root": "data-qa-root",  # the site root, relative to the page
    "practice_url": "data-qa-practice-url",
    "index_url": "data-qa-index-url",
    "tag_anchor_prefix": "data-qa-tag-anchor-prefix",  # a tag's anchor on the tags page around its slug
    "tag_anchor_suffix": "data-qa-tag-anchor-suffix",
    "practice": "data-qa-practice",
    "search_exclude": "data-search-exclude",  # Material's search leaves the element out
    "marks": "data-qa-marks",  # a topic list item's difficulty marks, as the bank wrote them
}

# Markers in Markdown that the build replaces.
TOPICS_MARKER = "<!-- qa:topics -->"  # the home page's topic cards (user-written: docs/index.md)
PRACTICE_MARKER = "<!-- qa:practice -->"  # the practice area (generated or user-written practice page)
PDF_LINKS_MARKER = "<!-- qa:pdf-links -->"  # a topic page's PDF links, known only once the PDFs are made
MARKERS: dict[str, str] = {"topics": TOPICS_MARKER, "practice": PRACTICE_MARKER, "pdf_links": PDF_LINKS_MARKER}

# URL shapes, relative to the site root or to a topic's folder.
PRACTICE_INDEX_URI = "assets/qa/practice-index.js"
CONTRACT_URI = "assets/qa/contract.js"
SEARCH_INDEX_URI = "search/search_index.json"  # written by Material's search plugin
PREBUILT_SEARCH_INDEX_URI = "search/qa-prebuilt-index.bin"  # our engine's index of it (qabank.search_index)
URLS: dict[str, str] = {
    "search_index": SEARCH_INDEX_URI,
    "prebuilt_search_index": PREBUILT_SEARCH_INDEX_URI,
    "practice_index": PRACTICE_INDEX_URI,
    "contract": CONTRACT_URI,
    "question": "{banks}/{topic}/{id}/",  # the permanent URL of a question (README, "Permanent id")
    "reading_page": "{banks}/{topic}/read/",
    "topic": "{banks}/{topic}/",
}

# Globals the build's scripts define.
GLOBALS: dict[str, str] = {"practice_index": "qaPracticeIndex", "contract": "qaContract"}

# Material's own names the scripts rely on: what a change of theme must keep or map.
THEME: dict[str, str] = {
    "content": "article.md-content__inner",
    "tag": "md-tag",
    "headerlink": "headerlink",
    "button": "md-button",  # and its modifier md-button--primary
}

# Blocks of classes, ids and storage keys the scripts make for themselves, styled by
# overrides/assets/qa/*.css; ``block__element`` and ``block--modifier`` belong to their block.
WIDGETS: tuple[str, ...] = (
    "qa-answers-toggle",
    "qa-button",
    "qa-check",
    "qa-difficulty",
    "qa-due",
    "qa-export",
    "qa-grade",
    "qa-hide-all",
    "qa-import",
    "qa-import-file",
    "qa-keys",
    "qa-keys-dialog",
    "qa-keys-dialog-note",
    "qa-keys-dialog-title",
    "qa-keys-help",
    "qa-keys-off",
    "qa-keys-switch",
    "qa-live",
    "qa-mark",
    "qa-next",
    "qa-panel",
    "qa-practice-difficulty",
    "qa-practice-mode",
    "qa-practice-scope",
    "qa-print-pile",  # "Print my review pile": the sheet only the printout shows
    "qa-printing-pile",  # on <html> while that sheet is printed
    "qa-progress",
    "qa-reset",
    "qa-run",
    "qa-run-answer",
    "qa-show-all",
    "qa-sr-only",
    "qa-study-progress",
    # search-config.js and search-worker.js: the message handing the worker the loaded index file (and
    # the prebuilt index), the worker's word of how it made its index, the messages asking for and
    # returning the marks of results past the first ones, and the attribute on a result whose marks are in
    "qa-index",
    "qa-index-made",
    "qa-search",  # the name of the worker main.html's head starts: "qa-search <language>"
    "qa-highlight",
    "qa-highlighted",
    "data-qa-filled",
)


def block_of(name: str) -> str:
    """The block a BEM class belongs to: ``qa-run__title`` and ``qa-run--done`` to ``qa-run``."""
    return name.split("__", 1)[0].split("--", 1)[0]


def declared(name: str) -> bool:
    """Whether a class, attribute, id or storage key is one of this module's names (or of their blocks)."""
    if name in ATTRIBUTES.values() or name in THEME.values():
        return True
    block = block_of(name)
    return block in CLASSES.values() or block in WIDGETS or block in THEME.values()


def for_scripts() -> dict[str, Any]:
    """Everything above, as the scripts and the templates receive it."""
    return {
        "classes": dict(CLASSES),
        "attributes": dict(ATTRIBUTES),
        "markers": dict(MARKERS),
        "urls": dict(URLS),
        "globals": dict(GLOBALS),
        "theme": dict(THEME),
        "widgets": list(WIDGETS),
    }


def contract_script() -> str:
    """``assets/qa/contract.js``: a classic script (it runs from ``file://`` too) defining ``window.qaContract``."""
    data = json.dumps(for_scripts(), ensure_ascii=False, sort_keys=True)
    return f"window.{GLOBALS['contract']} = {data};\n"
