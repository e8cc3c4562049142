"""The PDF contents never leave one line alone on its last page (issue 17).

A topic's contents that overflow its first page by a single line would print
that line alone on a page of its own; the book's style sheet keeps the last
line with the one before it. Laid out with WeasyPrint from the core alone:
only the contents, no questions.
"""

from __future__ import annotations

from datetime import date

import pytest
from qabank.parse import parse_bank
from qabank.pdf import html_to_document
from qabank.print_html import Book, Edition, MarkdownToHtml, contents_html, front_html


def _bank(questions: int):
    text = "".join(
        f"### {n}. How would you explain topic number {n} to a colleague?\n\n**Answer:** Plainly.\n\n---\n\n"
        for n in range(1, questions + 1)
    )
    return parse_bank(text, "topics/long.md", slug="long")


def _entries_per_page(questions: int, edition: Edition = Edition.STUDY) -> list[int]:
    book = Book("Notes", [_bank(questions)], edition, date(2026, 1, 1))
    document = html_to_document(contents_html(book, MarkdownToHtml([], {}), {}, book_contents=False))
    return [
        len({target for kind, target, *_ in page.links if kind == "internal" and target.startswith("q--")})
        for page in document.pages
    ]


@pytest.fixture(scope="module")
def full_pages() -> list[int]:
    counts = _entries_per_page(150)
    assert len(counts) >= 3 and min(counts) > 10, counts  # 150 contents lines fill more than two pages
    return counts


@pytest.mark.parametrize(("full", "over"), [(1, 1), (1, 2), (2, 1)])
def test_no_contents_line_alone_on_the_last_page(full_pages: list[int], full: int, over: int) -> None:
    """``full`` pages of contents and ``over`` lines more: the last page holds at least two lines."""
    total = sum(full_pages[:full]) + over
    counts = _entries_per_page(total)
    assert sum(counts) == total  # every question is in the contents, once
    assert len(counts) == full + 1 and counts[-1] >= 2, counts


def _topics_per_page(topics: int, edition: Edition = Edition.STUDY) -> list[int]:
    """Lines on each page of the contents of a book listing its topics (a large book): a topic's,
    and in the self-test edition a topic's answer key."""
    banks = [
        parse_bank("### 1. Question?\n\n**Answer:** Yes.\n", f"topics/t{n}.md", slug=f"t{n}") for n in range(topics)
    ]
    book = Book("Notes", banks, edition, date(2026, 1, 1), topic_contents=True)
    document = html_to_document(front_html(book, MarkdownToHtml([], {}), {f"key--t{n}": "A1" for n in range(topics)}))
    lines = [
        {target for kind, target, *_ in page.links if kind == "internal" and target.startswith(("part--", "key--"))}
        for page in document.pages[1:]  # after the cover
    ]
    assert not any(
        target.startswith("q--") for page in document.pages for kind, target, *_ in page.links if kind == "internal"
    )
    return [len(page) for page in lines]


@pytest.fixture(scope="module")
def full_topic_pages() -> list[int]:
    counts = _topics_per_page(120)
    assert len(counts) >= 3 and min(counts) > 10, counts
    return counts


@pytest.mark.parametrize(("full", "over"), [(1, 1), (2, 1)])
def test_no_topic_line_of_a_large_books_contents_alone_on_the_last_page(
    full_topic_pages: list[int], full: int, over: int
) -> None:
    total = sum(full_topic_pages[:full]) + over
    counts = _topics_per_page(total)
    assert sum(counts) == total  # every topic is in the contents, once
    assert len(counts) == full + 1 and counts[-1] >= 2, counts


@pytest.mark.parametrize("topics", [18, 19, 30, 60])
def test_no_line_of_a_large_self_test_books_contents_alone_on_a_page(topics: int) -> None:
    """The answer key's lines follow the last topic's on the same page, so neither is left alone."""
    counts = _topics_per_page(topics, Edition.SELF_TEST)
    assert sum(counts) == 2 * topics  # every topic and every answer key, once
    assert len(counts) >= 2 and min(counts) >= 2, counts  # more than a page: a line could be alone
