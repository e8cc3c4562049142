"""In a real browser: the difficulty filter of a topic page and of a practice run ("only ⭐⭐⭐"),
and the Anki and JSON downloads of the home page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sitebuild import build_site, local_context, page_without_errors, served
from test_accessibility import PALETTES, blocking_violations
from test_exports_site import project_with_sample

TOPIC = "topics/exports-sample/"
HARDEST = "exports-sample/why-would-script-script-alert-1-script-matter"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    project = project_with_sample(tmp_path_factory.mktemp("difficulty"), [0, 1, 2, 3], repository=True)
    with served(project / "site") as base:
        yield base, build_site(project, site_url=base)


@pytest.fixture
def page(browser: Browser, site) -> Iterator[Page]:
    context = local_context(browser, site[0])
    with page_without_errors(context) as page:
        yield page


def test_topic_page_filters_its_questions_by_difficulty(page: Page):
    page.goto(TOPIC)
    group = page.get_by_role("group", name="Difficulty")
    expect(group.get_by_role("button")).to_have_text(["All", "⭐", "⭐⭐", "⭐⭐⭐", "No marks"])
    items = page.locator("ol.qa-questions > li")
    expect(items.locator("visible=true")).to_have_count(4)
    group.get_by_role("button", name="⭐⭐⭐", exact=True).click()
    expect(items.locator("visible=true")).to_have_count(1)
    expect(items.locator("visible=true")).to_have_attribute("data-qa-key", HARDEST)
    expect(group.get_by_role("button", name="⭐⭐⭐", exact=True)).to_have_attribute("aria-pressed", "true")
    expect(group.get_by_role("button", name="All")).to_have_attribute("aria-pressed", "false")
    expect(group.locator(".qa-difficulty__status")).to_have_text("1 of 4 questions shown")
    group.get_by_role("button", name="No marks").click()
    expect(items.locator("visible=true")).to_have_text([re.compile("What is still to write")])
    group.get_by_role("button", name="All").click()
    expect(items.locator("visible=true")).to_have_count(4)


def test_topic_without_marks_has_no_filter(page: Page):
    page.goto("topics/backend-interview-questions/")
    expect(page.locator("ol.qa-questions > li").first).to_be_visible()
    expect(page.get_by_role("group", name="Difficulty")).to_have_count(0)


def test_practice_run_of_only_the_hardest_questions(page: Page):
    page.goto("practice/?topic=exports-sample")
    difficulty = page.get_by_label("Difficulty")
    expect(difficulty.locator("option")).to_have_text(
        ["Any difficulty", "Only ⭐", "Only ⭐⭐", "Only ⭐⭐⭐", "Only No marks"]
    )
    expect(page.locator(".qa-practice__due")).to_have_text("0 due today, 4 not seen yet, of 4.")
    difficulty.select_option("⭐⭐⭐")
    expect(page.locator(".qa-practice__due")).to_have_text("0 due today, 1 not seen yet, of 1.")
    page.get_by_role("button", name="Start practice").click()
    expect(page.locator(".qa-run")).to_have_attribute("data-qa-key", HARDEST)
    assert "difficulty=%E2%AD%90%E2%AD%90%E2%AD%90" in page.url
    page.reload()  # a kept run offers to resume; a new set-up keeps the difficulty of the URL
    expect(page.get_by_label("Difficulty")).to_have_value("⭐⭐⭐")


def test_home_page_downloads_answer(page: Page, site):
    page.goto("")
    links = page.locator(".qa-downloads a[download]")
    expect(links).to_have_count(5)
    for href in links.evaluate_all("links => links.map(a => a.href)"):
        response = page.request.get(href)
        assert response.ok and response.body()[:2] in (b"PK", b"{\n"), href


@pytest.mark.parametrize("scheme", list(PALETTES))
def test_filter_related_questions_and_edit_links_pass_axe(browser: Browser, site, scheme: str):
    context = local_context(browser, site[0], color_scheme=scheme)
    page = context.new_page()
    page.qa_scheme = PALETTES[scheme]  # type: ignore[attr-defined]
    try:
        page.goto(TOPIC)
        page.get_by_role("group", name="Difficulty").get_by_role("button", name="⭐⭐⭐", exact=True).click()
        found = blocking_violations(page, f"{scheme} topic filtered by difficulty")
        page.goto("topics/exports-sample/what-does-a-reverse-proxy-do/")
        expect(page.locator(".qa-related a")).to_have_count(5)
        expect(page.locator(".qa-edit a")).to_have_count(2)
        found += blocking_violations(page, f"{scheme} question with related questions and edit links")
        page.goto("")
        expect(page.locator(".qa-downloads a[download]")).to_have_count(5)
        found += blocking_violations(page, f"{scheme} home with downloads")
        assert not found, "axe-core found critical or serious violations:\n" + "\n".join(found)
    finally:
        context.close()
