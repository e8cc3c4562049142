"""Printing from the browser: a question page prints its answer and no controls; the practice page
prints the review pile (the questions graded Again) with their answers.

Debian's Chromium through Playwright, print media emulated; ``window.print`` is replaced by a
counter, so that no dialog opens and the test knows it was asked to print.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from sitebuild import build_site, copy_project, local_context, page_without_errors, served
from test_browser_self_check import CACHING, HTTP_METHODS, PYTHON_GIL, grade_on_question_page, question_url


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[str]:
    project = copy_project(tmp_path_factory.mktemp("print-project"))
    with served(project / "site") as base:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("QA_PDF", "0")
            build_site(project, site_url=base)
        yield base


@pytest.fixture
def page(browser: Browser, site) -> Iterator[Page]:
    context = local_context(browser, site)
    context.add_init_script("window.qaPrinted = 0; window.print = function () { window.qaPrinted += 1; };")
    with page_without_errors(context) as page:
        yield page


def test_a_question_page_prints_its_answer_and_no_controls(page: Page):
    page.goto(question_url(HTTP_METHODS))
    answer = page.locator("details.answer table").first
    expect(page.locator(".qa-check")).to_be_visible()
    expect(answer).to_be_hidden()  # closed on screen
    page.emulate_media(media="print")
    expect(answer).to_be_visible()
    for selector in (".qa-check", ".qa-grade", ".md-header", ".md-sidebar--primary"):
        expect(page.locator(selector).first).to_be_hidden()


def test_the_answers_open_for_printing_close_again_after(page: Page):
    page.goto(question_url(HTTP_METHODS))
    details = page.locator("details.answer")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    expect(details).to_have_attribute("open", "")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    expect(details).not_to_have_attribute("open", "")


def test_print_my_review_pile_prints_the_questions_graded_again_with_answers(page: Page):
    grade_on_question_page(page, HTTP_METHODS, "Again")
    grade_on_question_page(page, PYTHON_GIL, "Again")
    grade_on_question_page(page, CACHING, "Good")
    page.goto("practice/")
    page.get_by_role("button", name="Print my review pile").click()
    expect(page.locator(".qa-practice__print-status")).to_have_text("Printing 2 questions.")
    assert page.evaluate("window.qaPrinted") == 1
    page.emulate_media(media="print")
    pile = page.locator(".qa-print-pile")
    expect(pile).to_be_visible()
    expect(page.locator(".qa-print-pile__question h2")).to_have_count(2)
    text = pile.inner_text()
    assert "What are HTTP methods" in text and "Global Interpreter Lock" in text and "caching" not in text.lower()
    expect(pile.locator("table").first).to_be_visible()  # the HTTP methods answer's table
    expect(page.locator("[data-qa-practice]")).to_be_hidden()
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    expect(pile).to_have_count(0)


def test_an_empty_review_pile_says_so_and_prints_nothing(page: Page):
    page.goto("practice/")
    page.get_by_role("button", name="Print my review pile").click()
    expect(page.locator(".qa-practice__print-status")).to_have_text(
        "Nothing to print: no question is marked to review (graded Again)."
    )
    assert page.evaluate("window.qaPrinted") == 0
