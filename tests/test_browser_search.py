"""Site search in a real browser: Material's search box on our engine (overrides/assets/qa/search-*.js).

The project is built once for this module and served on 127.0.0.1; the tests
type into Material's search box and read what it shows.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Browser, Page, expect
from sitebuild import build_site, copy_project, local_context, served

QUERIES = Path(__file__).resolve().parent / "search"
SECURITY = "topics/backend-interview-questions/what-are-common-security-best-practices-for-backend-apis/"
GIL = "topics/python-interview-questions/what-is-the-global-interpreter-lock-gil-and-how-does-it-affect-threading/"


@pytest.fixture(scope="module")
def site(served_example) -> tuple[str, Path]:
    return served_example


@pytest.fixture
def page(browser: Browser, site) -> Iterator[Page]:
    base, _ = site
    context = local_context(browser, base)
    page = context.new_page()
    page.qa_errors = []  # type: ignore[attr-defined]
    page.qa_workers = []  # type: ignore[attr-defined]
    page.on("pageerror", lambda error: page.qa_errors.append(str(error)))
    # Requests off this site (web fonts, the repository's stars) are blocked above: only local ones count.
    page.on(
        "requestfailed",
        lambda request: page.qa_errors.append(request.url) if request.url.startswith(base) else None,
    )
    page.on("worker", lambda worker: page.qa_workers.append(worker.url))
    try:
        yield page
    finally:
        context.close()


def search_for(page: Page, text: str) -> None:
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(text, delay=20)


def test_the_search_box_runs_our_worker_not_lunr(page: Page, site):
    base, built = site
    page.goto("/")
    search_for(page, "bcrypt")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    assert page.qa_workers == [f"{base}assets/qa/search-worker.js"]
    app = json.loads(page.evaluate("document.getElementById('__config').textContent"))
    assert app["search"].endswith("assets/qa/search-worker.js")
    assert (built / "assets/qa/search-engine.js").exists()
    assert page.qa_errors == []


def test_a_word_of_an_answer_finds_its_question_highlighted(page: Page):
    page.goto("/")
    search_for(page, "bcrypt")
    first = page.locator(".md-search-result__item").first
    expect(first.locator("h1")).to_have_text("What are common security best practices for backend APIs?")
    expect(first.locator("mark").first).to_have_text(re.compile("bcrypt", re.IGNORECASE))
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"^1 matching document$"))
    first.locator("a").first.click()
    expect(page).to_have_url(re.compile(re.escape(SECURITY) + r"\?h=bcrypt$"))
    expect(page.locator(".md-content article h1")).to_contain_text("What are common security best practices")
    assert page.qa_errors == []


def test_title_matches_rank_first_and_the_count_is_shown(page: Page):
    page.goto("/")
    search_for(page, "global interpreter")
    expect(page.locator(".md-search-result__item").first.locator("h1")).to_have_text(
        "What is the Global Interpreter Lock (GIL) and how does it affect threading?"
    )
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r"^\d+ matching documents?$"))


def test_a_missing_word_is_shown_struck_through(page: Page):
    page.goto("/")
    search_for(page, "mutex zzyzx")
    first = page.locator(".md-search-result__item").first
    expect(first.locator("h1")).to_contain_text("Global Interpreter Lock")
    expect(first.locator(".md-search-result__terms del")).to_have_text("zzyzx")


def test_the_box_suggests_the_rest_of_a_title_word(page: Page):
    page.goto("/")
    search_for(page, "interpre")
    expect(page.locator(".md-search__suggest")).to_have_text("interpreter")


def test_no_result_says_so(page: Page):
    page.goto("/")
    search_for(page, "qwxzkj")
    expect(page.locator(".md-search-result__meta")).to_have_text("No matching documents")
    expect(page.locator(".md-search-result__item")).to_have_count(0)


def test_search_works_after_instant_navigation(page: Page):
    page.goto("/")
    page.locator("a[href$='topics/python-interview-questions/']").first.click()
    expect(page).to_have_url(re.compile(r"topics/python-interview-questions/$"))
    expect(page.locator(".md-content article h1")).to_have_text(re.compile("^Python interview questions"))
    # Our progress panel mounts when Material announces the new page (document$). Material then
    # still closes the search overlay once, within some 50 ms: a box opened before that closes again.
    expect(page.locator(".qa-panel .qa-progress")).to_have_count(1)
    page.wait_for_timeout(500)
    search_for(page, "mutex")
    expect(page.locator("[data-md-toggle=search]")).to_be_checked()
    first = page.locator(".md-search-result__item").first
    first.locator("a").first.click()
    expect(page).to_have_url(re.compile(re.escape(GIL)))
    assert page.qa_errors == []


# Records what the page posts to the search worker, before search-config.js wraps the Worker.
RECORD_POSTED = """
(() => {
  const Native = window.Worker;
  const posted = (window.__qaPosted = []);
  window.Worker = function (url, options) {
    const worker = new Native(url, options);
    worker.addEventListener("message", (event) => {
      if (event.data && event.data.type === "qa-index-made") window.__qaIndexMade = event.data.data;
    });
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message, ...rest) => {
      const data = message.data || {};
      posted.push({
        type: message.type,
        blob: data.index instanceof Blob ? data.index.size : null,
        prebuilt: data.prebuilt instanceof Blob ? data.prebuilt.size : null,
        language: data.language ?? null,
        docs: Array.isArray(data.docs) ? data.docs.length : null,
        handedOver: data.qaIndexSent ?? null,
      });
      return post(message, ...rest);
    };
    return worker;
  };
})();
"""


def test_the_worker_gets_the_loaded_index_file_once_and_the_site_languages_stemmer_alone(page: Page, site):
    """search-config.js hands the worker search_index.json as Material's request loaded it (one download)
    with the index the build made of it, which the worker loads instead of building its own; SETUP
    follows without the documents, and the worker loads the English stemmer, not all 24."""
    base, built = site
    requests: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    page.add_init_script(RECORD_POSTED)
    page.goto("/")
    search_for(page, "bcrypt")
    expect(page.locator(".md-search-result__item").first.locator("h1")).to_have_text(
        "What are common security best practices for backend APIs?"
    )
    posted = page.evaluate("window.__qaPosted")
    size = (built / "search" / "search_index.json").stat().st_size
    prebuilt = (built / "search" / "qa-prebuilt-index.bin").stat().st_size
    handed = {"type": "qa-index", "blob": size, "prebuilt": prebuilt, "language": "en"}
    assert posted[0] == {**handed, "docs": None, "handedOver": None}
    setup = {"type": 0, "blob": None, "prebuilt": None, "language": None, "docs": 0, "handedOver": True}
    assert posted[1] == setup
    assert [request for request in requests if "search/" in request] == [
        f"{base}search/search_index.json",
        f"{base}search/qa-prebuilt-index.bin",
    ]
    documents = len(json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"])
    made = page.evaluate("window.__qaIndexMade")
    assert (made["prebuilt"], made["documents"]) == (True, documents)
    stemmers = [request for request in requests if "snowball-stemmers" in request]
    assert stemmers == [f"{base}assets/qa/vendor/snowball-stemmers/english.js"]
    assert page.qa_errors == []


def test_the_builds_prebuilt_index_is_the_index_the_worker_would_build(site):
    """The build's search/qa-prebuilt-index.bin holds, posting for posting, what buildIndex makes of the
    search_index.json beside it (tests/test_search_prebuilt.py holds the two ways to each other)."""
    _, built = site
    compare = Path(__file__).resolve().parent / "search" / "compare_prebuilt.js"
    search = built / "search"
    run = subprocess.run(
        ["node", str(compare), str(search / "search_index.json"), str(search / "qa-prebuilt-index.bin"), "bcrypt"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(run.stdout)
    assert report["loaded"] and report["difference"] is None, report
    assert report["queries"] == [{"query": "bcrypt", "same": True, "results": 1}]


@pytest.mark.parametrize(
    ("served", "why"),
    [
        ({"status": 404, "body": "Not found"}, "missing"),
        ({"status": 200, "body": b"\x1f\x8b\x08\x00 not gzip"}, "broken gzip"),
        ({"status": 200, "body": b"QAIX\x07\x00\x00\x00"}, "another version"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_without_a_usable_prebuilt_index_the_worker_builds_its_own(page: Page, served: dict, why: str):
    """A prebuilt index that is missing, broken or of another version is not used: search works as before."""
    page.route("**/search/qa-prebuilt-index.bin", lambda route: route.fulfill(**served))
    page.add_init_script(RECORD_POSTED)
    page.goto("/")
    search_for(page, "bcrypt")
    expect(page.locator(".md-search-result__item").first.locator("h1")).to_have_text(
        "What are common security best practices for backend APIs?"
    )
    assert page.evaluate("window.__qaIndexMade")["prebuilt"] is False, why
    assert [error for error in page.qa_errors if "qa-prebuilt-index" not in error] == []


def test_the_search_timeline_benchmark_reads_our_worker(site):
    """bench/search_timeline.py keeps working: it records the worker's messages on a real site."""
    _, built = site
    bench = Path(__file__).resolve().parent.parent / "bench" / "search_timeline.py"
    result = subprocess.run(
        [sys.executable, str(bench), str(built), "bcrypt", "--runs", "1"], capture_output=True, text=True, check=True
    )
    line = result.stdout.strip()
    assert line.startswith("'bcrypt' run 1: ")
    events = ("worker ", "(search-worker.js)", "index made ", "(prebuilt, ", "setup ", "ready ", "query ", "result ")
    events += ("(1 results)", "first item ")
    for event in events:
        assert event in line, (event, line)


def bank_pages_index(index: dict) -> dict:
    """The search index of the banks' pages (``topics/``): what queries.yml looks for, apart from the
    home and other pages, whose download links and notes change with every feature."""
    return {"config": index["config"], "docs": [doc for doc in index["docs"] if doc["location"].startswith("topics/")]}


def test_the_queries_fixture_is_this_sites_search_index(site):
    """search-queries.test.js ranks queries.yml on tests/search/search_index.json: it must be what a build
    writes for the banks' pages."""
    _, built = site
    fresh = bank_pages_index(json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8")))
    kept = json.loads((QUERIES / "search_index.json").read_text(encoding="utf-8"))
    assert kept == fresh, "refresh it: PYTHONPATH=hooks:tests .venv/bin/python tests/test_browser_search.py"


if __name__ == "__main__":  # refresh tests/search/search_index.json from a build of the project
    import os
    import tempfile

    os.environ["QA_PDF"] = "0"
    project = copy_project(Path(tempfile.mkdtemp()))
    index = json.loads((build_site(project) / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = json.dumps(bank_pages_index(index), ensure_ascii=False, separators=(",", ":"))
    (QUERIES / "search_index.json").write_text(text, encoding="utf-8")


def test_everyday_queries_rank_their_question_in_the_search_box(page: Page):
    """Every query of tests/search/queries.yml, typed into Material's box: its question first or in the top 3."""
    queries = yaml.safe_load((QUERIES / "queries.yml").read_text(encoding="utf-8"))
    page.goto("/")
    box = page.locator("input.md-search__input")
    box.click()
    meta = page.locator(".md-search-result__meta")
    wrong = []
    for entry in queries:
        wanted = entry.get("first") or entry["top3"]
        # An empty box first, so that the results read below are the query's, not the last one's.
        box.fill("")
        box.press("End")  # Material reads the box on keyup
        expect(page.locator(".md-search-result__item")).to_have_count(0)
        box.fill(entry["query"])
        box.press("End")
        expect(meta).to_have_text(re.compile(r"^\d+ matching documents?$"))
        count = int(re.match(r"(\d+)", meta.inner_text()).group(1))
        expect(page.locator(".md-search-result__item")).to_have_count(min(count, 10))
        titles = page.locator(".md-search-result__item article h1").all_inner_texts()[:3]
        limit = 1 if entry.get("first") else 3
        if wanted not in titles[:limit]:
            wrong.append((entry["query"], wanted, titles))
    assert wrong == []
    assert page.qa_errors == []


def test_results_below_the_first_are_highlighted_as_the_list_grows(page: Page):
    """The worker highlights the first 20 result groups; the rest as Material shows them (search-config.js)."""
    page.goto("/")
    search_for(page, "interviews")  # a tag of every question: 36 results
    expect(page.locator(".md-search-result__meta")).to_have_text("36 matching documents")
    items = page.locator(".md-search-result__item")
    expect(items).to_have_count(10)
    scroll = page.locator(".md-search__scrollwrap")
    # Material adds 4 results each time the list is scrolled to its end (from elsewhere).
    for _ in range(7):
        scroll.evaluate("e => e.scrollTo(0, 0)")
        page.wait_for_timeout(100)
        scroll.evaluate("e => e.scrollTo(0, e.scrollHeight)")
        page.wait_for_timeout(100)
    expect(items).to_have_count(36)
    for position in range(36):  # a tag or a word marked (interview: same stem), also in the 16 done later
        expect(items.nth(position).locator("mark").first).to_have_text(re.compile("^interviews?$", re.IGNORECASE))
    assert page.qa_errors == []


def test_the_search_quality_benchmark_times_both_engines(site):
    """bench/search_quality.py keeps working: first result (median, slowest) and keystrokes, ours and lunr,
    on a built site; --engine times one of them."""
    _, built = site
    bench = Path(__file__).resolve().parent.parent / "bench" / "search_quality.py"
    options = ["--sizes", "--no-quality", "--runs", "2", "--query", "bcrypt", "--keys", "ca", "--site", str(built)]
    for engines in ([], ["--engine", "ours"]):
        command = [sys.executable, str(bench), *options, *engines]
        lines = subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()
        rows = [line.split(" | ") for line in lines if line.startswith(f"| {built} | ")]
        assert [row[1] for row in rows] == (["ours"] if engines else ["ours", "lunr"]), lines
        for row in rows:
            assert 0 < float(row[2]) <= float(row[3]), row
            assert 0 <= int(row[4]) <= int(row[5].rstrip(" |")), row
    # --paired: ours and lunr alternated, here on an emulated network (--mbps).
    command = [sys.executable, str(bench), *options[:-4], "--site", str(built), "--paired", "2", "--mbps", "1000"]
    lines = subprocess.run(command, capture_output=True, text=True, check=True).stdout.splitlines()
    assert any("downloads at 1000 Mbit/s" in line for line in lines), lines
    rows = [line.strip("| ").split(" | ") for line in lines if line.startswith(f"| {built} | ")]
    assert [row[1] for row in rows] == ["ours", "lunr", "2"], lines
    for row in rows[:2]:
        assert row[2] == "2" and 0 < float(row[3]) <= float(row[4]) <= float(row[5]), row


@pytest.fixture(scope="module")
def chinese_site(tmp_path_factory) -> Iterator[str]:
    """A site in Chinese (theme.language: zh) of one Chinese bank, searched with our engine."""
    project = copy_project(tmp_path_factory.mktemp("search-zh"), with_banks=False)
    banks = Path(__file__).resolve().parent / "banks"
    (project / "docs" / "topics" / "os.md").write_bytes((banks / "trap-answer-labels-zh.md").read_bytes())
    (project / "docs" / "topics" / ".pages").write_text("title: Topics\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: en", "language: zh"), encoding="utf-8")
    with served(project / "site") as base:
        build_site(project, site_url=base)
        yield base


def test_a_chinese_site_is_searched_by_words_with_our_engine(browser: Browser, chinese_site: str):
    """Intl.Segmenter splits the pages and the query into words: 线程 (thread) is found inside a sentence."""
    context = local_context(browser, chinese_site)
    page = context.new_page()
    workers: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.add_init_script(RECORD_POSTED)
    stemmers: list[str] = []
    context.on("request", lambda request: stemmers.append(request.url) if "snowball-stemmers" in request.url else None)
    try:
        page.goto("/")
        search_for(page, "线程")
        page.locator("input.md-search__input").press("End")  # typed as text, without the keyup Material reads
        titles = page.locator(".md-search-result__item article h1")
        expect(titles.first).to_have_text("进程和线程的区别")
        expect(titles.first.locator("mark")).to_have_text("线程")
        assert workers == [f"{chinese_site}assets/qa/search-worker.js"]
        assert stemmers == []  # Chinese has no Snowball stemmer: none is loaded
        # The build leaves a Chinese index to the browser, which splits it into words with Intl.Segmenter.
        assert page.evaluate("window.__qaIndexMade")["prebuilt"] is False
    finally:
        context.close()
