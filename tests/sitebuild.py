"""Build a copy of the project in a temporary folder, the way `mkdocs build` does, with the installed
engine (MkDocs or ProperDocs: ``hooks/site_engine.py``)."""

from __future__ import annotations

import functools
import http.server
import json
import logging
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import site_engine
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page
    from qabank.pdf import PdfJob

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "docs" / "topics" / "backend-interview-questions.md"


def copy_project(dest: Path, *, with_banks: bool = True) -> Path:
    """Copy mkdocs.yml, hooks/, overrides/ and docs/ into ``dest``."""
    shutil.copy(PROJECT / "mkdocs.yml", dest / "mkdocs.yml")
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("hooks", "overrides", "docs"):
        shutil.copytree(PROJECT / folder, dest / folder, ignore=ignore)
    if not with_banks:
        for bank in (dest / "docs" / "topics").glob("*.md"):
            bank.unlink()
    return dest


def with_qa_setting(project: Path, key: str, yaml_value: str) -> Path:
    """``project`` with ``extra.qa.<key>: <yaml_value>`` added to its mkdocs.yml."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  qa:\n" in text
    config.write_text(text.replace("\n  qa:\n", f"\n  qa:\n    {key}: {yaml_value}\n", 1), encoding="utf-8")
    return project


def build_site(
    project: Path,
    *,
    strict: bool = True,
    site_url: str | None = None,
    pdf: bool | None = False,
    command: str = "build",
) -> Path:
    """Build ``project`` into ``project/site`` and return that folder (``site_url`` overrides mkdocs.yml's).

    PDF editions are made only with ``pdf=True`` (they take seconds; tests/test_pdf.py
    checks them); ``pdf=None`` leaves it to mkdocs.yml and the command, as without
    ``QA_PDF``. ``command="serve"`` builds the way ``mkdocs serve`` does.
    """
    overrides = {"site_url": site_url} if site_url else {}
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=strict, **overrides)
    previous = os.environ.get("QA_PDF")
    if pdf is None:
        os.environ.pop("QA_PDF", None)
    else:
        os.environ["QA_PDF"] = "1" if pdf else "0"
    config.plugins.on_startup(command=command, dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
        if previous is None:
            os.environ.pop("QA_PDF", None)
        else:
            os.environ["QA_PDF"] = previous
    return project / "site"


@functools.cache
def site_markdown() -> tuple[list, dict]:
    """The Markdown extensions of the project's mkdocs.yml and their settings."""
    config = load_config(str(PROJECT / "mkdocs.yml"))
    return config.markdown_extensions, config.mdx_configs


def pdf_job(banks: list, **options) -> PdfJob:
    """A PDF job for ``banks`` with the project's Markdown extensions, the site "Notes", built 2 Jan 2026."""
    from qabank.pdf import PdfJob

    extensions, configs = site_markdown()
    return PdfJob(
        banks=banks,
        site_name="Notes",
        built=date(2026, 1, 2),
        markdown_extensions=extensions,
        markdown_configs=configs,
        **options,
    )


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def search_index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def warnings(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.levelno >= logging.WARNING]


def build_site_logged(project: Path, **options) -> tuple[Path, list[logging.LogRecord]]:
    """``build_site`` that also returns every record the engine logged, INFO and up."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = logging.getLogger(site_engine.NAME)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        site = build_site(project, **options)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return site, records


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    timeout = 10

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served(directory: Path) -> Iterator[str]:
    """A local HTTP server for ``directory`` (built after it starts: its URL is the site's ``site_url``),
    as its base URL; stopped on exit."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(directory))
    )
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def disk_context(browser: Browser) -> BrowserContext:
    """A browser context for pages opened from disk (``file://``), with a 10 s timeout and no network."""
    context = browser.new_context()
    context.set_default_timeout(10_000)
    context.route(re.compile(r"^https?://"), lambda route: route.abort())
    return context


@contextmanager
def page_without_errors(context: BrowserContext) -> Iterator[Page]:
    """A new page of ``context``, which is closed afterwards; a JavaScript error on the page fails the test."""
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()
    assert errors == []


def local_context(browser: Browser, base: str, **options) -> BrowserContext:
    """A browser context for the site served at ``base``, with a 10 s timeout, that loads nothing else
    (web fonts and the like would only slow the tests down)."""
    context = browser.new_context(base_url=base, **options)
    context.set_default_timeout(10_000)
    context.route(
        re.compile(r"^https?://"),
        lambda route: route.continue_() if route.request.url.startswith(base) else route.abort(),
    )
    return context
