"""The "Read the topic" page of every bank: every question with its answer closed, built and checked in the HTML."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

import pytest
from qabank.pages import plain_text
from qabank.parse import parse_bank
from sitebuild import SEED, build_site_logged, copy_project, search_index, soup, warnings

SECTIONED = """---
title: Sectioned topic
tags: [reading]
---
# Sectioned topic

Intro of the topic, before any section.

## Basics

Basics intro text.

### 1. What is X?

X is asked here, with *detail* and <b onclick="alert(1)">bold</b>.

**Answer:** X is a thing.

### 2. Read

**Answer:** Reading is good.

## Advanced

Advanced intro text.

### 3. What is Y?

**Answer:** Y answer, unlike [X](#1-what-is-x).

### 4. What is Z, still unanswered?
"""
BANKS = {
    "backend-interview-questions": SEED.read_text(encoding="utf-8"),
    "python-interview-questions": (SEED.parent / "python-interview-questions.md").read_text(encoding="utf-8"),
    "sectioned": SECTIONED,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("reading-project"))
    (project / "docs/topics/sectioned.md").write_text(SECTIONED, encoding="utf-8")
    return build_site_logged(project, strict=True)


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0]


def questions(slug: str):
    return parse_bank(BANKS[slug], f"topics/{slug}.md", slug=slug).questions


def reading(site: Path, slug: str):
    return soup(site / "topics" / slug / "read" / "index.html")


def resolve(site: Path, page: str, href: str) -> Path:
    """The file a relative link of ``page`` (a folder under the site) leads to."""
    url = urljoin(f"http://x/{page}", href).removeprefix("http://x/").split("#")[0]
    return site / url / "index.html" if url.endswith("/") or not url else site / url


def test_build_is_strict_and_clean(built):
    assert warnings(built[1]) == []


@pytest.mark.parametrize("slug", sorted(BANKS))
def test_reading_page_shows_every_question_in_order_with_its_answer_closed(site, slug):
    page = reading(site, slug)
    article = page.select_one("article")
    assert article.select_one(".qa-page")["data-qa-page"] == "read"
    titles = [a.get_text() for a in article.select("h2 > a:not(.headerlink), h3 > a:not(.headerlink)")]
    expected = questions(slug)
    assert titles == [plain_text(q.title) for q in expected]
    answered = [q for q in expected if q.answer is not None]
    answers = article.select("details.answer")
    assert len(answers) == len(answered) >= 1
    assert all(not details.has_attr("open") for details in answers)
    assert [d.select_one("summary").get_text() for d in answers] == ["Show answer"] * len(answers)
    # The same answer as on the question page.
    for question, details in zip(answered, answers, strict=True):
        own = soup(site / "topics" / slug / question.id / "index.html").select_one("article details.answer")
        assert details.get_text(" ", strip=True) == own.get_text(" ", strip=True)


@pytest.mark.parametrize("slug", sorted(BANKS))
def test_reading_page_titles_link_to_the_question_pages(site, slug):
    here = f"topics/{slug}/read/"
    links = reading(site, slug).select("article h2 > a:not(.headerlink), article h3 > a:not(.headerlink)")
    targets = [resolve(site, here, a["href"]) for a in links]
    assert targets == [site / "topics" / slug / q.id / "index.html" for q in questions(slug)]
    assert all(target.is_file() for target in targets)
    # Each question heading is anchored by the question's permanent id.
    assert [a.parent["id"] for a in links] == [q.id for q in questions(slug)]


def test_reading_page_has_the_topic_sections_intros_and_unanswered_questions(site):
    article = reading(site, "sectioned").select_one("article")
    headings = [(h.name, h.get_text().removesuffix("¶").strip()) for h in article.select("h1, h2, h3")]
    assert headings == [
        ("h1", "Sectioned topic"),
        ("h2", "Basics"),
        ("h3", "1. What is X?"),
        ("h3", "2. Read"),
        ("h2", "Advanced"),
        ("h3", "3. What is Y?"),
        ("h3", "4. What is Z, still unanswered?"),
    ]
    text = article.get_text(" ", strip=True)
    for words in ("Intro of the topic, before any section.", "Basics intro text.", "Advanced intro text."):
        assert words in text
    assert text.index("Basics intro text.") < text.index("What is X?") < text.index("Advanced intro text.")
    prompt = article.select_one("h3 + p")  # the prompt, outside the closed answer
    assert prompt.get_text(" ", strip=True) == "X is asked here, with detail and bold ."
    assert prompt.select_one("b").get_text() == "bold"
    assert article.select_one(".admonition.note").get_text(" ", strip=True).startswith("No answer yet")
    # A link to an anchor of the bank leads to that question's page; the bank's HTML is made harmless.
    link = next(a for a in article.select("details.answer a") if a.get_text() == "X")
    assert resolve(site, "topics/sectioned/read/", link["href"]) == site / "topics/sectioned/what-is-x/index.html"
    assert "onclick" not in str(article)
    # And a way back to the topic.
    back = article.select_one(".qa-read-summary a")
    assert resolve(site, "topics/sectioned/read/", back["href"]) == site / "topics/sectioned/index.html"


@pytest.mark.parametrize("slug", sorted(BANKS))
def test_every_topic_page_links_to_its_reading_page(site, slug):
    link = soup(site / "topics" / slug / "index.html").select_one("article .qa-read-link a")
    assert link.get_text() == "Read the topic"
    assert resolve(site, f"topics/{slug}/", link["href"]) == site / "topics" / slug / "read" / "index.html"


def test_reading_pages_are_out_of_search_and_nav(site):
    locations = [entry["location"] for entry in search_index(site)]
    assert not [loc for loc in locations if "/read/" in loc]
    assert any(loc.startswith("topics/sectioned/what-is-x/") for loc in locations)  # the question pages are in
    home = soup(site / "index.html")
    assert not [a["href"] for a in home.select("nav.md-nav a[href]") if "read/" in a["href"]]
    title = reading(site, "sectioned").select_one("title").get_text()
    assert title.startswith("Read the topic: Sectioned topic")


def test_a_question_called_read_keeps_its_own_page_beside_the_reading_page(site):
    called_read = next(q for q in questions("sectioned") if q.title == "Read")
    assert called_read.id != "read" and called_read.id.startswith("read-")
    own = soup(site / "topics/sectioned" / called_read.id / "index.html").select_one("article")
    assert own.select_one(".qa-page")["data-qa-page"] == "question"
    assert "Reading is good." in own.select_one("details.answer").get_text()
    assert reading(site, "sectioned").select_one(".qa-page")["data-qa-page"] == "read"


def test_an_explicit_read_id_is_refused_with_the_line():
    bank = parse_bank("### 1. What? {#read}\n\n**Answer:** A.\n", "topics/t.md", slug="t")
    assert bank.questions[0].id == "what"
    assert any(
        p.line == 1 and "id 'read' is reserved: it is the name of the topic's reading page" in p.message
        for p in bank.problems
    )
