"""Rendered HTML of one question used inside another document (the reading page, the printed book)."""

from __future__ import annotations

import hashlib
import html
import re

from .model import Question

_ID_ATTR = re.compile(r'(\sid=")([^"]*)(")')
_HREF_FRAGMENT = re.compile(r'(\shref="#)([^"]*)(")')
_TITLE = re.compile(r"<h1\b[^>]*>.*?</h1>\s*", re.DOTALL)
_PLACEHOLDER = re.compile(r"<!-- qa:read (?P<src>\S+) [0-9a-f]+ -->")


def scope_ids(fragment: str, prefix: str) -> str:
    """Ids of ``fragment`` (headings, footnotes) and links to them prefixed, so that fragments can share a page."""
    fragment = _ID_ATTR.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}{m.group(3)}", fragment)
    return _HREF_FRAGMENT.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}{m.group(3)}", fragment)


def question_content(page_html: str) -> str:
    """A question page's content without its title: the prompt and the answer."""
    return _TITLE.sub("", page_html, count=1)


def placeholder(question_src: str, question: Question) -> str:
    """Where the reading page shows a question's rendered prompt and answer.

    It names the question page and a digest of its content, so that the reading page changes (and is
    rendered again under ``mkdocs serve --dirty``) whenever a question of its bank does.
    """
    digest = hashlib.sha1(f"{question.prompt}\0{question.answer}".encode()).hexdigest()[:12]
    return f"<!-- qa:read {question_src} {digest} -->"


def fill_placeholders(page_html: str, contents: dict[str, str], missing: str) -> str:
    """The reading page with each placeholder replaced by its question's content (ids scoped to the question).

    ``missing`` (with ``{name}``, the question page's name) stands in for a question whose page was
    not rendered.
    """

    def content(match: re.Match[str]) -> str:
        src = match.group("src")
        name = src.rsplit("/", 1)[-1].removesuffix(".md")
        found = contents.get(src)
        if found is None:
            return missing.format(name=html.escape(name, quote=True))
        return scope_ids(found, f"{name}--")

    return _PLACEHOLDER.sub(content, page_html)
