"""Fixtures shared by the browser tests, and the test tiers.

Every test gets one marker by what it needs, so a tier runs on its own:

- ``pure``: the core alone, no site build (seconds): ``pytest -m pure``;
- ``site``: builds a site with MkDocs in a temporary folder;
- ``pdf``: lays out PDFs with WeasyPrint and reads them back;
- ``browser``: drives Debian's Chromium with Playwright.

Playwright is imported only by the ``browser`` fixture, so the other tiers run without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = "/usr/bin/chromium"  # Debian's chromium; Playwright never downloads a browser here

_PDF_MODULES = {"test_pdf", "test_print_book", "test_print_traps", "test_offline_zip"}
_SITE_MODULES = {"test_benchmarks"}  # builds through the benchmark scripts
_SITE_BUILDERS = {"build_site", "build_site_logged", "build_with", "copy_project"}


def _tier(item: pytest.Item) -> str:
    if "browser" in getattr(item, "fixturenames", ()):
        return "browser"
    module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
    if module in _PDF_MODULES:
        return "pdf"
    if module in _SITE_MODULES or _SITE_BUILDERS & set(vars(item.module)):
        return "site"
    return "pure"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(_tier(item))


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the whole test session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        try:
            yield browser
        finally:
            browser.close()
