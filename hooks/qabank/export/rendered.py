"""The questions of a site as exported: model, URLs, source line and the HTML their pages rendered."""

from __future__ import annotations

import functools
import html
import posixpath
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

from ..model import Bank, Question
from ..pages import SHOW_ANSWER, SiteLayout, plain_text, progress_key

# How the answer of a question page begins once rendered (pages.question_page puts it last).
_ANSWER_OPEN = re.compile(r'<details class="answer">\s*<summary[^>]*>' + re.escape(SHOW_ANSWER) + r"</summary>\s*")
_DETAILS_CLOSE = re.compile(r"\s*</details>\s*$")


@dataclass(frozen=True)
class ExportedQuestion:
    """One question with what every export needs.

    ``url`` is absolute when the site has a ``site_url``, else relative to the site root;
    ``page_path`` is the page's folder relative to the site root (to resolve its relative URLs);
    ``prompt_html``/``answer_html`` are what its page rendered, ``None`` when not rendered
    (answer: also when the bank has no answer)."""

    bank: Bank
    question: Question
    key: str
    url: str
    page_path: str
    source_file: str
    line: int
    prompt_html: str | None
    answer_html: str | None


def split_rendered(content_html: str) -> tuple[str, str | None]:
    """(prompt, answer) of a question page's rendered content (without its title).

    The answer is the first "Show answer" block: the prompt comes before it on the page, and
    whatever the answer itself holds stays inside."""
    match = _ANSWER_OPEN.search(content_html)
    if match is None:
        return content_html.strip(), None
    return content_html[: match.start()].strip(), _DETAILS_CLOSE.sub("", content_html[match.end() :])


def exported_question(
    bank: Bank,
    question: Question,
    layout: SiteLayout,
    content_html: str | None,
    *,
    site_url: str = "",
    source_dir: str = "docs",
) -> ExportedQuestion:
    """One question; ``content_html``: what its page rendered below the title, ``None`` if not rendered."""
    page_url = layout.url_of(layout.question_src(bank, question))
    prompt, answer = split_rendered(content_html) if content_html is not None else (None, None)
    return ExportedQuestion(
        bank=bank,
        question=question,
        key=progress_key(bank, question),
        url=urljoin(site_url, page_url) if site_url else page_url,
        page_path=page_url if page_url.endswith("/") else posixpath.dirname(page_url) + "/",
        source_file=posixpath.join(source_dir, bank.path),
        line=question.span.start,
        prompt_html=prompt,
        answer_html=answer if question.has_answer else None,
    )


def exported_questions(
    banks: Sequence[Bank],
    layout: SiteLayout,
    contents: Mapping[str, str],
    *,
    site_url: str = "",
    source_dir: str = "docs",
) -> list[ExportedQuestion]:
    """Every question of ``banks`` in their order; ``contents``: rendered content by question page source."""
    return [
        exported_question(
            bank,
            question,
            layout,
            contents.get(layout.question_src(bank, question)),
            site_url=site_url,
            source_dir=source_dir,
        )
        for bank in banks
        for question in bank.questions
    ]


def title_text(question: Question) -> str:
    return plain_text(question.title)


_ALWAYS_SKIPPED = ("script", "style", "svg", "template")
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_BLOCK = re.compile(
    r"</?(?:p|li|ul|ol|dl|dt|dd|pre|table|thead|tbody|tr|td|th|div|h[1-6]|br|hr|blockquote|details|summary)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")


@functools.lru_cache(maxsize=8)
def _skipped(skip: frozenset[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in sorted(set(_ALWAYS_SKIPPED) | skip))
    return re.compile(rf"<({names})\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)


def html_text(fragment: str, *, skip: frozenset[str] = frozenset()) -> str:
    """The readable text of an HTML fragment as the site renders it (well-formed, cleaned), whitespace
    collapsed; elements named in ``skip`` left out, and headings' permalinks. Paragraphs, items and
    cells are kept apart by a newline."""
    text = _HEADERLINK.sub("", _skipped(skip).sub(" ", fragment))
    text = html.unescape(_TAG.sub("", _BLOCK.sub("\n", text)))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
