"""Search results in a real browser show a hostile bank's titles and tags as text and run none of it.

Material's search box writes the title, text and tags of each result as HTML, so
what our engine (overrides/assets/qa/search-engine.js) hands it must be escaped,
also for a page listed only because one of its sections matched; with Material's
own search (extra.qa.search_engine: material) the hook escapes the tags in the index.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from sitebuild import build_site, copy_project, local_context, served, with_qa_setting
from test_browser_search import search_for

IMG_TAG = '"><img src=x onerror=alert(1)>'
TITLE = "Zebra <img src=x onerror=alert('title')> question?"
TRAP = f"""\
---
qa: {{style: heading}}
tags: ["vector<int>", '{IMG_TAG}']
---
## {TITLE}

Intro text about zebras <img src=x onerror=alert('body')>.

#### Details

The quokkaword lives here, in a section of its own.

## Second question?

Plain answer.
"""


@pytest.fixture(scope="module", params=["qa", "material"])
def site(request, tmp_path_factory) -> Iterator[str]:
    """The site with the trap bank, searched by our engine and by Material's lunr (extra.qa.search_engine)."""
    project = with_qa_setting(
        copy_project(tmp_path_factory.mktemp("escape-search-project")), "search_engine", request.param
    )
    (project / "docs/topics/evil.md").write_text(TRAP, encoding="utf-8")
    with served(project / "site") as base:
        build_site(project, site_url=base)
        yield base


@pytest.fixture
def page(browser: Browser, site: str) -> Iterator[Page]:
    context = local_context(browser, site)
    page = context.new_page()
    page.qa_dialogs = []  # type: ignore[attr-defined]

    def on_dialog(dialog) -> None:
        page.qa_dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        yield page
    finally:
        context.close()


def _no_script_ran(page: Page) -> None:
    page.wait_for_timeout(300)  # an <img src=x onerror> fires once its load fails
    assert page.qa_dialogs == []  # type: ignore[attr-defined]
    assert page.locator(".md-search-result img").count() == 0


def test_hostile_title_and_tags_of_a_matching_page_show_as_text(page: Page):
    page.goto("/")
    search_for(page, "zebras")
    item = page.locator(".md-search-result__item").first
    expect(item.locator("h1")).to_have_text(TITLE)
    expect(item.locator(".md-tag")).to_have_text(["vector<int>", IMG_TAG])
    _no_script_ran(page)


def test_a_page_listed_for_a_matching_section_shows_its_tags_as_text(page: Page):
    page.goto("/")
    search_for(page, "quokkaword")
    item = page.locator(".md-search-result__item").first
    expect(item.locator("h2")).to_have_text("Details")
    expect(item.locator("h1")).to_have_text(TITLE)
    expect(item.locator("article").first.locator(".md-tag")).to_have_text(["vector<int>", IMG_TAG])
    _no_script_ran(page)


def test_searching_a_tag_shows_it_as_written(page: Page):
    page.goto("/")
    search_for(page, "vector")
    expect(page.locator(".md-search-result__item").first.locator(".md-tag").first).to_have_text("vector<int>")
    _no_script_ran(page)


def test_the_question_page_itself_runs_nothing(page: Page, site: str):
    page.goto("topics/evil/")
    page.locator("ol.qa-questions a").first.click()
    expect(page.locator("article h1")).to_contain_text(TITLE)
    expect(page.locator("article nav.md-tags .md-tag")).to_have_text(sorted(["vector<int>", IMG_TAG]))
    page.wait_for_timeout(300)
    assert page.qa_dialogs == []  # type: ignore[attr-defined]


def test_only_our_engine_starts_the_index_download_and_worker_in_the_head(page: Page, site: str):
    """main.html's head starts search_index.json's download and our worker; with Material's search it
    must not (Material's worker and request are its own)."""
    page.goto("/")
    search_for(page, "zebras")
    expect(page.locator(".md-search-result__item").first.locator("h1")).to_have_text(TITLE)
    worker = json.loads(page.evaluate("document.getElementById('__config').textContent"))["search"]
    early = page.evaluate("window.qaSearchEarly === undefined ? null : window.qaSearchEarly.index")
    if worker.endswith("assets/qa/search-worker.js"):
        assert early == f"{site}search/search_index.json"
    else:
        assert "javascripts/workers/search." in worker and early is None
