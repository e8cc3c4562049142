"""In a real browser: the "Read the topic" page (show all / hide all), the answer header that says
"Hide answer" while open, and the "?" dialog of keys with its switch for single-key shortcuts."""

from __future__ import annotations

import json
import re

import test_browser_self_check as self_check
from playwright.sync_api import Page, expect
from test_browser_self_check import HTTP_METHODS, TOPIC, grade_button, question_url, stored_results

# The built site served on 127.0.0.1 and a fresh page failing on JavaScript errors, as for the self-check.
site = self_check.site
page = self_check.page
KEYS_STORAGE = "/.qa.keys"


def answers_open(page: Page) -> list[bool]:
    return page.eval_on_selector_all("details.answer", "all => all.map(d => d.open)")


def test_reading_page_shows_and_hides_all_answers_by_button_and_key(page: Page):
    page.goto(f"topics/{TOPIC}/")
    page.get_by_role("link", name="Read the topic").click()  # instant navigation to the reading page
    expect(page).to_have_url(re.compile(rf"/topics/{TOPIC}/read/$"))
    answers = page.locator("details.answer")
    expect(answers).to_have_count(25)
    assert answers_open(page) == [False] * 25
    group = page.get_by_role("group", name="All answers on this page")
    group.get_by_role("button", name="Show all answers").click()
    assert answers_open(page) == [True] * 25
    expect(answers.locator("summary").first).to_have_text("Hide answer")
    expect(page.locator("#qa-live")).to_have_text("Showing all 25 answers.")
    group.get_by_role("button", name="Hide all answers").click()
    assert answers_open(page) == [False] * 25
    expect(answers.locator("summary").last).to_have_text("Show answer")

    page.locator("h1").click()
    answers.nth(3).locator("summary").click()  # one open: "a" opens all
    page.keyboard.press("a")
    assert answers_open(page) == [True] * 25
    page.keyboard.press("a")  # all open: "a" hides all
    assert answers_open(page) == [False] * 25
    # A title leads to its question page.
    page.get_by_role("link", name="What are HTTP methods, and when do you use each?", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/{re.escape(question_url(HTTP_METHODS))}$"))
    expect(page.get_by_role("button", name="Show all answers")).to_have_count(0)


def test_answer_header_says_hide_answer_while_open(page: Page, site):
    page.goto(question_url(HTTP_METHODS))
    summary = page.locator("details.answer > summary")
    expect(summary).to_have_text("Show answer")
    summary.click()
    expect(summary).to_have_text("Hide answer")
    page.keyboard.press("a")
    expect(page.locator("details.answer")).not_to_have_attribute("open", "")
    expect(summary).to_have_text("Show answer")
    page.keyboard.press("Enter")  # the summary has focus after "a"
    expect(summary).to_have_text("Hide answer")
    # The label is the script's: the HTML and the search index know neither.
    entries = json.loads((site[1] / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    questions = [e for e in entries if e["location"].startswith(f"topics/{TOPIC}/")]
    assert len(questions) > 25
    assert not [e for e in questions if "Hide answer" in e["text"] or "Show answer" in e["text"]]


def test_question_mark_opens_the_list_of_keys_escape_closes_and_focus_returns(page: Page):
    page.goto(question_url(HTTP_METHODS))
    summary = page.locator("details.answer > summary")
    summary.focus()
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("aria-modal", "true")
    keys = dialog.locator("tbody th kbd").all_inner_texts()
    for key in ("a", "1", "4", "j", "?", "f", "s", "/", "p", "n", "Esc"):
        assert key in keys, keys
    switch = dialog.get_by_role("switch", name=re.compile("Single-key shortcuts"))
    expect(switch).to_be_focused()
    expect(switch).to_be_checked()
    for key in ("Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"):  # focus stays inside
        page.keyboard.press(key)
        assert page.evaluate("!!document.activeElement.closest('dialog[open]')"), key
    page.keyboard.press("a")  # keys of the page do nothing behind the dialog
    expect(page.locator("details.answer")).not_to_have_attribute("open", "")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(summary).to_be_focused()

    # Also from the button at the end of the page, which gets the focus back.
    opener = page.get_by_role("button", name="Keyboard shortcuts")
    opener.click()
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()


def test_switching_single_key_shortcuts_off_stops_every_key_and_is_remembered(page: Page):
    page.goto(question_url(HTTP_METHODS))
    details = page.locator("details.answer")
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    switch = dialog.get_by_role("switch", name=re.compile("Single-key shortcuts"))
    switch.click()
    expect(switch).not_to_be_checked()
    expect(dialog).to_contain_text("Single-key shortcuts: off")
    assert page.evaluate("key => localStorage.getItem(key)", KEYS_STORAGE) == "off"
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()

    def nothing_happens() -> None:
        page.locator("h1").click()
        for key in ("a", "?", "s", "1"):
            page.keyboard.press(key)
        expect(details).not_to_have_attribute("open", "")
        expect(dialog).to_be_hidden()
        expect(page.locator("input.md-search__input")).not_to_be_focused()  # Material's "s" too
        expect(page.locator(".qa-keys")).to_be_hidden()  # no hints of keys that do nothing
        page.locator("details.answer > summary").click()
        good = grade_button(page, "Good")
        expect(good).to_be_visible()
        expect(good).not_to_have_attribute("aria-keyshortcuts", re.compile(".*"))
        expect(good.locator(".qa-button__key")).to_be_hidden()
        page.keyboard.press("3")  # the answer is shown: the key would grade it
        expect(page.locator(".qa-check__state")).to_have_attribute("data-state", "unseen")
        assert stored_results(page) == {}
        expect(page.locator(".qa-next")).not_to_have_attribute("aria-keyshortcuts", re.compile(".*"))
        page.locator("details.answer > summary").click()

    nothing_happens()
    page.reload()
    nothing_happens()
    # A practice run, whose buttons are made after the page is set up: no key there either.
    page.goto(f"practice/?topic={TOPIC}")
    page.get_by_role("button", name="Start practice").click()
    reveal = page.get_by_role("button", name="Show answer")
    expect(reveal).to_be_visible()
    expect(reveal).not_to_have_attribute("aria-keyshortcuts", re.compile(".*"))
    page.locator("h1").click()
    page.keyboard.press("a")
    expect(page.locator(".qa-run__answer")).to_be_hidden()
    page.goto(question_url(HTTP_METHODS))
    # Clicks still work, and the dialog opens from its button to switch them back on.
    page.get_by_role("button", name="Keyboard shortcuts").click()
    expect(switch).not_to_be_checked()
    switch.click()
    expect(dialog).to_contain_text("Single-key shortcuts: on")
    page.keyboard.press("Escape")
    page.locator("h1").click()
    page.keyboard.press("a")
    expect(details).to_have_attribute("open", "")
    expect(grade_button(page, "Good")).to_have_attribute("aria-keyshortcuts", "3")
    expect(page.locator(".qa-next")).to_have_attribute("aria-keyshortcuts", "j")
    assert page.evaluate("key => localStorage.getItem(key)", KEYS_STORAGE) == "on"
