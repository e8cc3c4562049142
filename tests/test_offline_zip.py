"""The offline copy of the site: made by the README's commands, unzipped, opened from disk.

The site is built with its PDFs (``mkdocs build``), then zipped twice with the
same ``SOURCE_DATE_EPOCH`` by ``tools/offline_zip.py --pdfs-from site``.
Debian's Chromium, driven by Playwright, opens ``index.html`` as a file:// URL
with every non-file request blocked and recorded, and searches for a word that
only appears in an answer.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page
from sitebuild import copy_project, soup

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BACKEND = "topics/backend-interview-questions"
# Resource attributes: what a browser fetches by itself when it shows a page.
RESOURCES = [("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("link", "href")]


EMOJI_BANK = "### 1. Ready to ship? :rocket:\n\n**Answer:** Ship it :tada: today.\n"


@dataclass
class Zipped:
    project: Path
    zips: list[Path]
    consoles: list[str]  # what each run of the tool printed (stderr)


@pytest.fixture(scope="module")
def zipped(tmp_path_factory) -> Zipped:
    """The project (with a bank of emoji shortcodes) built with its PDFs, then zipped twice from it."""
    project = copy_project(tmp_path_factory.mktemp("offline-project"))
    (project / "docs/topics/emoji.md").write_text(EMOJI_BANK, encoding="utf-8")
    (project / "tools").mkdir()
    (project / "tools" / "offline_zip.py").write_bytes((PROJECT_ROOT / "tools" / "offline_zip.py").read_bytes())
    env = {**os.environ, "QA_PDF": "1", "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1767225600"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, env=env, check=True, timeout=300)
    zips, consoles = [], []
    for name in ("first", "second"):
        output = project / name / "site-offline.zip"
        run = subprocess.run(
            [sys.executable, "tools/offline_zip.py", "--pdfs-from", "site", "-o", str(output)],
            cwd=project,
            env=env,
            check=True,
            timeout=300,
            capture_output=True,
            text=True,
        )
        zips.append(output)
        consoles.append(run.stderr + run.stdout)
    return Zipped(project, zips, consoles)


@pytest.fixture(scope="module")
def offline_site(zipped, tmp_path_factory) -> Path:
    """The offline copy, unzipped into a fresh folder."""
    unpacked = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(zipped.zips[0]) as archive:
        names = archive.namelist()
        assert {name.split("/")[0] for name in names} == {"site-offline"}
        archive.extractall(unpacked)
    return unpacked / "site-offline"


def test_the_zip_is_the_same_byte_for_byte_with_source_date_epoch(zipped):
    first, second = (path.read_bytes() for path in zipped.zips)
    assert first == second
    with zipfile.ZipFile(zipped.zips[0]) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(2026, 1, 1, 0, 0, 0)}


def test_the_zip_reuses_the_pdfs_of_the_site_build_and_prints_only_our_lines(zipped, offline_site):
    built = sorted((zipped.project / "site" / "pdf").glob("*.pdf"))
    assert len(built) == 8
    for pdf in built:
        assert (offline_site / "pdf" / pdf.name).read_bytes() == pdf.read_bytes()
    for console in zipped.consoles:
        lines = console.splitlines()
        assert any("PDF: 8 PDFs of 34 questions taken from" in line for line in lines)
        assert not any("Step " in line or "laying out" in line for line in lines)
        assert all(re.match(r"(INFO|WARNING) +-  |wrote ", line) for line in lines), lines


def test_the_home_page_links_the_zip_and_the_copy_does_not_link_itself(zipped, offline_site):
    online = soup(zipped.project / "site" / "index.html").select("a.qa-offline-zip")
    assert [a["href"] for a in online] == ["site-offline.zip"]
    assert soup(offline_site / "index.html").select("a.qa-offline-zip") == []


def test_emoji_shortcodes_are_characters_in_the_copy(offline_site):
    page = (offline_site / "topics/emoji/ready-to-ship-rocket.html").read_text(encoding="utf-8")
    assert "🚀" in page and "🎉" in page and "<img" not in page.split("<article")[1].split("</article>")[0]


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_zip_holds_the_whole_site_with_inlined_search_index(offline_site):
    assert (offline_site / "index.html").is_file()
    assert (offline_site / f"{BACKEND}.html").is_file()
    assert (offline_site / BACKEND / "what-is-load-balancing.html").is_file()
    assert (offline_site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    assert len(list((offline_site / "pdf").glob("*.pdf"))) == 8


def test_no_page_loads_anything_from_the_network(offline_site):
    pages = html_files(offline_site)
    assert len(pages) > 33
    for page in pages:
        html = soup(page)
        for tag, attribute in RESOURCES:
            for element in html.find_all(tag):
                if tag == "link" and not {"stylesheet", "preload", "icon", "manifest", "modulepreload"} & set(
                    element.get("rel", [])
                ):
                    continue
                url = element.get(attribute) or ""
                assert not urlsplit(url).scheme and not url.startswith("//"), (page.name, str(element)[:120])


def test_every_link_of_home_and_topic_pages_opens_a_file(offline_site):
    for page in (offline_site / "index.html", offline_site / f"{BACKEND}.html"):
        hrefs = [a["href"] for a in soup(page).select("a[href]")]
        local = [h for h in hrefs if not urlsplit(h).scheme and not h.startswith("#")]
        assert len(local) > 10
        for href in local:
            target = (page.parent / unquote(urlsplit(href).path)).resolve()
            assert target.is_file(), (page.name, href)
            assert target.suffix in {".html", ".pdf", ".epub", ".xml", ".apkg", ".json"}, href


def open_from_disk(browser: Browser, path: Path) -> tuple[Page, list[str], list[str]]:
    """A page opened from a file:// URL; returns it with the network requests it tried and its errors."""
    context = browser.new_context()
    network: list[str] = []

    def only_files(route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            network.append(route.request.url)
            route.abort()

    context.route("**/*", only_files)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    return page, network, errors


@pytest.mark.parametrize(
    ("word", "title", "page"),
    [
        ("bcrypt", "What are common security best practices for backend APIs?", BACKEND),
        (
            "mutex",
            "What is the Global Interpreter Lock (GIL) and how does it affect threading?",
            "topics/python-interview-questions",
        ),
    ],
)
def test_search_finds_a_question_by_a_word_of_its_answer(browser, offline_site, word, title, page):
    tab, network, errors = open_from_disk(browser, offline_site / "index.html")
    stemmers: list[str] = []
    tab.on("request", lambda request: stemmers.append(request.url) if "snowball-stemmers" in request.url else None)
    try:
        search = tab.locator("input.md-search__input")
        search.click()
        search.press_sequentially(word, delay=30)
        first = tab.locator(".md-search-result__item").first
        first.wait_for(timeout=15_000)
        assert title in first.inner_text()
        # The worker (an iframe here, iframe-worker-shim.js) loads the site language's stemmer alone.
        assert stemmers == [(offline_site / "assets/qa/vendor/snowball-stemmers/english.js").as_uri()]
        first.locator("a").first.click()
        tab.wait_for_load_state()
        assert tab.url.startswith(f"file://{offline_site}/{page}/") and ".html" in tab.url
        assert tab.locator("article h1").first.inner_text().rstrip("¶").strip() == title
        assert network == [] and errors == []
    finally:
        tab.context.close()


def test_anki_decks_and_questions_json_open_from_disk_without_network(browser, offline_site):
    hrefs = [a["href"] for a in soup(offline_site / "index.html").select(".qa-downloads a[download]")]
    assert hrefs == [
        "anki/interview-study-notes-all-topics.apkg",
        "anki/backend-interview-questions.apkg",
        "anki/python-interview-questions.apkg",
        "anki/emoji.apkg",  # the bank this module adds, not in docs/topics/.pages: after the listed ones
        "questions.json",
    ]
    assert all((offline_site / href).is_file() for href in hrefs)
    topic = soup(offline_site / f"{BACKEND}.html").select(".qa-downloads a[download]")
    assert [a["href"] for a in topic] == ["../anki/backend-interview-questions.apkg"]
    tab, network, errors = open_from_disk(browser, offline_site / f"{BACKEND}/what-is-load-balancing.html")
    try:
        assert tab.locator(".qa-related a").count() == 5
        tab.locator(".qa-related a").first.click()
        tab.wait_for_load_state()
        assert tab.url.startswith(f"file://{offline_site}/") and tab.url.endswith(".html")
        assert tab.locator(".qa-edit").count() == 0  # the offline copy has no repository
        assert network == [] and errors == []
    finally:
        tab.context.close()
