"""Site search, ours beside Material's lunr on the same site: what it finds and how fast.

    .venv/bin/python bench/search_quality.py                       # quality, and timings at 10,000 and 50,000
    .venv/bin/python bench/search_quality.py --sizes 1000 --runs 1 # a quick run
    .venv/bin/python bench/search_quality.py --site path/to/site   # timings of a built site

Both engines run in headless Chromium behind Material's search box, on the
same built site: ours as the site ships it, lunr by answering the request for
``assets/qa/search-config.js`` with an empty script and taking our script out
of the home page's head (it starts our worker and the index download), so that
Material starts its own worker on the same ``search_index.json``.

- **Quality**: every query of ``tests/search/queries.yml`` typed into the box of
  this project's site; for each engine the queries whose question comes first,
  in the top 3, and the mean reciprocal rank (1/rank of the question, 0 when it
  is not among the results).
- **Timings** on synthetic sites (``bench/synthetic.py``, 100 banks): from the
  page's load event to the first result shown for a word of every answer
  (median and slowest of ``--runs`` page loads), and per keystroke, once the index is ready,
  the time from the query the box sends to the worker until its results come
  back (median and slowest of the keystrokes of ``--keys``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests")]

from search_timeline import RECORD_WORKER_MESSAGES, search_from_load  # noqa: E402
from site_benchmark import CHROMIUM, SEARCH_WORD, serve_folder, write_hooked  # noqa: E402

ENGINES = ("ours", "lunr")
# Every query the box sent to the worker has its results back.
ANSWERED = """() => {
  const log = window.__searchTimeline;
  return log.filter(([, name]) => name === 2).length === log.filter(([, name]) => name === 3).length;
}"""
KEYS = "cachng sentence explain"


# main.html's head starts our index download and worker (window.qaSearchEarly): not for lunr's runs.
EARLY_SEARCH = re.compile(r"<script>\s*window\.qaSearchEarly = .*?</script>", re.S)


@contextlib.contextmanager
def browser_page(engine: str, home: str):
    """A function opening a new page of the browser on which ``engine`` answers the search box; for
    lunr, the home page ``home`` comes without our head script and ``search-config.js`` empty."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )

        def new_page():
            context = browser.new_context()
            context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
            if engine == "lunr":
                context.route("**/assets/qa/search-config.js", lambda route: route.fulfill(body="", status=200))
                context.route(home, without_early_search)
            page = context.new_page()
            page.add_init_script(RECORD_WORKER_MESSAGES)
            return page

        try:
            yield new_page
        finally:
            browser.close()


def without_early_search(route) -> None:
    response = route.fetch()
    body, found = EARLY_SEARCH.subn("", response.text())
    if found != 1:
        raise AssertionError(f"{route.request.url}: no head script of our search to take out")
    route.fulfill(response=response, body=body)


def ranks(site: Path, engine: str, queries: list[dict]) -> list[int]:
    """For each query, the rank of its question among the results the box shows (0: not shown)."""
    out = []
    with serve_folder(site) as url, browser_page(engine, url) as new_page:
        page = new_page()
        page.goto(url, wait_until="load")
        box = page.locator("input.md-search__input")
        box.click()
        meta = page.locator(".md-search-result__meta")
        for entry in queries:
            box.fill("")
            box.press("End")
            page.locator(".md-search-result__item").first.wait_for(state="detached")
            box.fill(entry["query"])
            box.press("End")
            shown = "m => /^(\\d+ matching documents?|No matching documents)$/.test(m.textContent)"
            page.wait_for_function(shown, arg=meta.element_handle())
            titles = page.locator(".md-search-result__item article h1").all_inner_texts()
            wanted = entry.get("first") or entry["top3"]
            out.append(titles.index(wanted) + 1 if wanted in titles else 0)
    return out


def quality(runs_dir: Path) -> list[dict]:
    from sitebuild import build_site, copy_project

    queries = yaml.safe_load((ROOT / "tests" / "search" / "queries.yml").read_text(encoding="utf-8"))
    (runs_dir / "project").mkdir()
    project = copy_project(runs_dir / "project")
    site = build_site(project)
    rows = []
    for engine in ENGINES:
        found = ranks(site, engine, queries)
        rows.append(
            {
                "engine": engine,
                "queries": len(queries),
                "first": sum(rank == 1 for rank in found),
                "top 3": sum(1 <= rank <= 3 for rank in found),
                "MRR": round(statistics.fmean(1 / rank if rank else 0 for rank in found), 3),
                "missed": [q["query"] for q, rank in zip(queries, found, strict=True) if rank == 0],
            }
        )
    return rows


def timings(site: Path, engine: str, runs: int, keys: str = KEYS, query: str = SEARCH_WORD) -> dict:
    """First result after load (s, median of runs) and query-to-result per keystroke (ms, median and max)."""
    first, keystrokes = [], []
    with serve_folder(site) as url, browser_page(engine, url) as new_page:
        for _ in range(runs):
            page = new_page()
            loaded, events = search_from_load(page, url, query, timeout_ms=120_000)
            first.append(next(t for t, name, _ in events if name == "first item") - loaded)
            page.keyboard.press("Control+A")
            page.keyboard.press("Backspace")
            page.wait_for_function(ANSWERED, timeout=120_000)
            start = len(page.evaluate("window.__searchTimeline"))
            for key in keys:
                page.keyboard.type(key)
                page.wait_for_timeout(250)
            page.wait_for_function(ANSWERED, timeout=120_000)
            events = page.evaluate("window.__searchTimeline")[start:]
            sent = [t for t, name, _ in events if name == 2]
            answered = [t for t, name, _ in events if name == 3]
            keystrokes += [b - a for a, b in zip(sent, answered, strict=True)]
            page.context.close()
    return {
        "first result s": round(statistics.median(first) / 1000, 2),
        "first result slowest s": round(max(first) / 1000, 2),
        "keystroke median ms": round(statistics.median(keystrokes)),
        "keystroke max ms": round(max(keystrokes)),
    }


def synthetic_site(size: int, runs_dir: Path) -> Path:
    project = write_hooked(runs_dir / f"synthetic-{size}", size, 100)
    env = {**os.environ, "QA_PDF": "0", "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, env=env, check=True)
    return project / "site"


def table(rows: list[dict]) -> None:
    columns = list(rows[0])
    print("| " + " | ".join(columns) + " |")
    print("|" + "|".join("---" if c in ("engine", "site", "missed") else "---:" for c in columns) + "|")
    for row in rows:
        cells = [", ".join(map(repr, row[c])) if isinstance(row[c], list) else str(row[c]) for c in columns]
        print("| " + " | ".join(cells) + " |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 50_000], help="synthetic sites to time")
    parser.add_argument("--site", type=Path, action="append", default=[], help="a built site to time (repeatable)")
    parser.add_argument("--runs", type=int, default=3, help="page loads per engine and site")
    parser.add_argument("--query", default=SEARCH_WORD, help="typed after the page loads (a word of every answer)")
    parser.add_argument("--keys", default=KEYS, help="typed one by one for the keystroke timings")
    parser.add_argument("--no-quality", dest="quality", action="store_false")
    parser.add_argument("--engine", choices=ENGINES, action="append", help="time only this engine (repeatable)")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; other work on the machine shifts the timings, and both engines alike.\n")
    with tempfile.TemporaryDirectory() as tmp:
        runs_dir = Path(tmp)
        if args.quality:
            table(quality(runs_dir))
        sites = [(f"{size:,} questions", synthetic_site(size, runs_dir)) for size in args.sizes]
        sites += [(str(site), site) for site in args.site]
        rows = []
        for label, site in sites:
            for engine in args.engine or ENGINES:
                measured = timings(site, engine, args.runs, args.keys, args.query)
                rows.append({"site": label, "engine": engine, **measured})
        if rows:
            table(rows)


if __name__ == "__main__":
    main()
