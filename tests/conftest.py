"""Fixtures shared by the tests (the browser, the example site built once), and the test tiers.

Every test gets one marker by what it needs, so a tier runs on its own:

- ``pure``: the core alone, no site build (seconds): ``pytest -m pure``;
- ``build``: builds a site with MkDocs in a temporary folder;
- ``pdf``: lays out PDFs with WeasyPrint and reads them back;
- ``browser``: drives Chromium with Playwright (``QA_CHROMIUM``, by default Debian's ``/usr/bin/chromium``).

A test in a module that imports Playwright is in the ``browser`` tier (or ``pdf``) even if it starts no
browser, and a run of the pure tier alone leaves such modules out when Playwright is not installed: so
``pytest -m pure`` needs neither Playwright nor Chromium (.ci/run proves it with
``tests/without_playwright.py -m pure``). A run that selects any other tier imports them all, and
fails loudly without Playwright.

The tests build with the installed engine, MkDocs or ProperDocs: ``site_engine`` is imported here, before
any test module imports ``mkdocs``, so that under ProperDocs those imports load ``properdocs``.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import site_engine  # noqa: F401

if TYPE_CHECKING:
    from playwright.sync_api import Browser

# Debian's chromium here; on GitHub's runners the workflow points this at Playwright's own download.
CHROMIUM = os.environ.get("QA_CHROMIUM") or "/usr/bin/chromium"

_PDF_MODULES = {"test_pdf", "test_print_book", "test_print_contents", "test_print_traps", "test_offline_zip"}
_BUILD_MODULES = {"test_benchmarks"}  # builds through the benchmark scripts
_BUILDERS = {"build_site", "build_site_logged", "build_with", "copy_project"}
_BUILD_FIXTURES = {"example_build", "served_example"}

_TIERS = ("pure", "build", "pdf", "browser")
_PLAYWRIGHT = ("playwright", "axe_playwright_python")
_IMPORTS_PLAYWRIGHT = re.compile(rf"^(?:from|import) (?:{'|'.join(_PLAYWRIGHT)})\b", re.MULTILINE)


@functools.cache
def _imports_playwright(path: Path) -> bool:
    return bool(_IMPORTS_PLAYWRIGHT.search(path.read_text(encoding="utf-8")))


def _playwright_installed() -> bool:
    try:
        return all(importlib.util.find_spec(name) is not None for name in _PLAYWRIGHT)
    except ImportError:
        return False


def _selects_only_pure(config: pytest.Config) -> bool:
    from _pytest.mark.expression import Expression

    markexpr = config.getoption("markexpr")
    if not markexpr:
        return False
    expression = Expression.compile(markexpr)
    return not any(expression.evaluate(_marked(tier)) for tier in _TIERS[1:])


def _marked(tier: str) -> Callable[..., bool]:
    """The matcher of a mark expression for a test that has the one marker ``tier``."""
    return lambda name, /, **_: name == tier


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if (
        collection_path.suffix == ".py"
        and collection_path.name.startswith("test_")
        and _selects_only_pure(config)
        and not _playwright_installed()
        and _imports_playwright(collection_path)
    ):
        return True  # only browser and pdf tests in there (see _tier)
    return None


def _tier(item: pytest.Item) -> str:
    if "browser" in getattr(item, "fixturenames", ()):
        return "browser"
    module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
    if module in _PDF_MODULES:
        return "pdf"
    if item.module and _imports_playwright(Path(item.module.__file__)):
        return "browser"
    if module in _BUILD_MODULES or _BUILDERS & set(vars(item.module)):
        return "build"
    if _BUILD_FIXTURES & set(getattr(item, "fixturenames", ())):
        return "build"
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


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[logging.LogRecord]]:
    """The project as it is (mkdocs.yml, docs/), built once for the session with ``--strict`` and no
    PDF editions, with every record MkDocs logged: for the tests that only read the built site."""
    from sitebuild import build_site_logged, copy_project

    return build_site_logged(copy_project(tmp_path_factory.mktemp("example-project")), strict=True)


@pytest.fixture(scope="session")
def served_example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL, site folder): the project as it is, built once for the session (no PDF editions)
    with its ``site_url`` at a local server on 127.0.0.1 that serves it until the session ends."""
    from sitebuild import build_site, copy_project, served

    project = copy_project(tmp_path_factory.mktemp("served-example-project"))
    with served(project / "site") as base:
        yield base, build_site(project, site_url=base)
