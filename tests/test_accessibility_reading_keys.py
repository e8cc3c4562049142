"""axe-core on the pages and states this work added: the reading page, closed and with every answer
open, and the dialog of keys, with shortcuts on and off, in both palettes (helpers of test_accessibility)."""

from __future__ import annotations

import test_accessibility as a11y
from playwright.sync_api import Page, expect

site = a11y.site  # the built site, served
page = a11y.page  # one page per palette, light and dark
TOPIC = a11y.TOPIC


def test_reading_page_closed_and_all_open(page: Page):
    def all_open(page: Page) -> None:
        page.get_by_role("button", name="Show all answers").click()
        expect(page.locator("details.answer:not([open])")).to_have_count(0)

    a11y.check(page, {"reading closed": a11y.goto(f"topics/{TOPIC}/read/"), "reading all open": all_open})


def test_keys_dialog_on_and_off(page: Page):
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")

    def opened(page: Page) -> None:
        a11y.goto(a11y.QUESTION)(page)
        page.keyboard.press("?")
        expect(dialog).to_be_visible()

    def switched_off(page: Page) -> None:
        dialog.get_by_role("switch").click()
        expect(dialog).to_contain_text("Single-key shortcuts: off")

    a11y.check(page, {"keys dialog": opened, "keys dialog, shortcuts off": switched_off})
