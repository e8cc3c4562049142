"""Site search, ours beside Material's lunr on the same site: what it finds and how fast.

    .venv/bin/python bench/search_quality.py                       # quality, and timings at 10,000 and 50,000
    .venv/bin/python bench/search_quality.py --sizes 1000 --runs 1 # a quick run
    .venv/bin/python bench/search_quality.py --site path/to/site   # timings of a built site
    .venv/bin/python bench/search_quality.py --no-quality --sizes --site path/to/site --query cache --paired 30
    .venv/bin/python bench/search_quality.py --no-quality --sizes 50000 --paired 8 --mbps 100   # a real network

``--mbps`` has every page download at that rate (Chromium's network emulation, 20 ms latency), in the
timings and the paired loads: on the local server the 25 MB index file of 50,000 questions arrives
before the load event, on a real network after it, when what the worker still has to do with it
stands between the load event and the first result.

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
- **Paired** (``--paired N``, on ``--site`` and ``--sizes`` sites): N pairs of page
  loads in one browser, ours and lunr in a random order within each pair (fixed
  seed), each load in a fresh browser context as for the timings. No request
  is intercepted here: Playwright's routes (used above to take our scripts out
  for lunr and to keep the pages off the internet) hold every request of the
  context, the workers' scripts too, until its driver lets it go, a delay of
  its own on a busy machine. So lunr's pages come from a copy of the site (hard
  links) whose home page has no head script of ours and whose
  ``search-config.js`` is empty, served like ours, and Chromium resolves no
  host but 127.0.0.1. Per engine:
  median, 90th percentile and slowest time from the load event to the first
  result, and the median time from the load event to the worker's READY
  (negative: before it); then the median of the paired differences, ours minus
  lunr, with a bootstrap 95 % confidence interval (10,000 resamples of the
  pairs), and how many pairs ours was the slower. The query is put into the box
  whole by the page itself at its load event (the value set, then the ``keyup``
  Material's search box listens to: it reads the box on ``keyup``, on focus and
  when the worker says READY), so that neither Playwright's round trips nor its
  typing (7-10 ms a key) sit between the load and the query: what is timed is the
  engine getting ready and answering. ``--typed`` types the query key by key
  after the load instead, as the timings above do. The query must find
  something with both engines (lunr finds nothing for ``cache``; ``database``
  finds 8 results with either on this project's site).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import material
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests")]

from search_timeline import RECORD_WORKER_MESSAGES, search_from_load  # noqa: E402
from site_benchmark import CHROMIUM, SEARCH_WORD, serve_folder, write_hooked  # noqa: E402

ENGINES = ("ours", "lunr")
MATERIAL_WORKERS = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
MATERIAL_WORKER = next(MATERIAL_WORKERS.glob("search.*.js")).name  # lunr's worker script
# Every query the box sent to the worker has its results back.
ANSWERED = """() => {
  const log = window.__searchTimeline;
  return log.filter(([, name]) => name === 2).length === log.filter(([, name]) => name === 3).length;
}"""
KEYS = "cachng sentence explain"


# main.html's head starts our index download and worker (window.qaSearchEarly): not for lunr's runs.
EARLY_SEARCH = re.compile(r"<script>\s*window\.qaSearchEarly = .*?</script>", re.S)


# Pages kept off the internet without intercepting requests (Material's fonts fail at once).
ONLY_LOCAL_HOSTS = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"


@contextlib.contextmanager
def chromium(*args: str):
    """Headless Chromium (QA_CHROMIUM or Debian's) with ``args`` besides ours, closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
            + list(args),
        )
        try:
            yield browser
        finally:
            browser.close()


def throttle(page, mbps: float | None) -> None:
    """Downloads to ``page`` at ``mbps`` megabits a second (20 ms latency), as on a real network: the index
    file then reaches the worker after the page's load event at 10,000 questions and more."""
    if mbps:
        rate = mbps * 1_000_000 / 8
        session = page.context.new_cdp_session(page)
        session.send("Network.enable")
        conditions = {"offline": False, "latency": 20, "downloadThroughput": rate, "uploadThroughput": rate}
        session.send("Network.emulateNetworkConditions", conditions)


def engine_page(browser, engine: str, home: str, *scripts: str, mbps: float | None = None):
    """A page in a new context of ``browser`` on which ``engine`` answers the search box, recording the worker's
    messages (and running ``scripts`` before the page's own); for lunr, the home page ``home`` comes without
    our head script and ``search-config.js`` empty."""
    context = browser.new_context()
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
    if engine == "lunr":
        context.route("**/assets/qa/search-config.js", lambda route: route.fulfill(body="", status=200))
        context.route(home, without_early_search)
    page = context.new_page()
    for script in (RECORD_WORKER_MESSAGES, *scripts):
        page.add_init_script(script)
    throttle(page, mbps)
    return page


@contextlib.contextmanager
def browser_page(engine: str, home: str, mbps: float | None = None):
    """A function opening a new page of the browser on which ``engine`` answers the search box (``engine_page``)."""
    with chromium() as browser:
        yield lambda: engine_page(browser, engine, home, mbps=mbps)


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


def timings(
    site: Path, engine: str, runs: int, keys: str = KEYS, query: str = SEARCH_WORD, mbps: float | None = None
) -> dict:
    """First result after load (s, median of runs) and query-to-result per keystroke (ms, median and max)."""
    first, keystrokes = [], []
    with serve_folder(site) as url, browser_page(engine, url, mbps) as new_page:
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


WORKER_SCRIPTS = {"ours": "search-worker.js", "lunr": MATERIAL_WORKER}
# The query put into the search box whole at the load event; Material reads the box on keyup (and on READY).
FILL_AT_LOAD = """
((query) => addEventListener("load", () => {
  const box = document.querySelector("input.md-search__input");
  if (!box) return;
  box.focus();
  box.value = query;
  box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
}))(%s);
"""


def lunr_copy(site: Path, into: Path) -> Path:
    """``site`` as lunr's runs see it, hard-linked where unchanged: the home page without our head script,
    ``search-config.js`` empty (Material then starts its own worker on the same ``search_index.json``)."""

    def link(source: str, target: str) -> None:
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)

    shutil.copytree(site, into, copy_function=link)
    home = into / "index.html"
    html, found = EARLY_SEARCH.subn("", home.read_text(encoding="utf-8"))
    if found != 1:
        raise AssertionError(f"{home}: no head script of our search to take out")
    for path, text in ((home, html), (into / "assets" / "qa" / "search-config.js", "")):
        path.unlink()  # a new file, not the linked one of the site
        path.write_text(text, encoding="utf-8")
    return into


def local_page(browser, *scripts: str, mbps: float | None = None):
    """A page in a new context of ``browser``, recording the worker's messages, with ``scripts`` run first."""
    page = browser.new_context().new_page()
    for script in (RECORD_WORKER_MESSAGES, *scripts):
        page.add_init_script(script)
    throttle(page, mbps)
    return page


def one_load(page, engine: str, url: str, query: str, typed: bool) -> tuple[float, float]:
    """Milliseconds from the load event to the first result shown and to the worker's READY."""
    if typed:
        loaded, events = search_from_load(page, url, query, timeout_ms=120_000)
    else:
        page.goto(url, wait_until="load")
        loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventStart")
        page.wait_for_selector(".md-search-result__item", timeout=120_000)
        events = page.evaluate("window.__searchTimeline")
    workers = [detail for _, name, detail in events if name == "worker"]
    if workers != [WORKER_SCRIPTS[engine]]:
        raise AssertionError(f"{engine}: the page started the workers {workers}")
    first = next(t for t, name, _ in events if name == "first item")
    ready = next(t for t, name, _ in events if name == 1)
    return first - loaded, ready - loaded


def paired_loads(
    site: Path, pairs: int, query: str, typed: bool = False, seed: int = 14, mbps: float | None = None
) -> dict[str, list]:
    """``pairs`` page loads of each engine in one browser, the two in a random order within each pair:
    per engine, the (first result, READY) milliseconds after the load event of every load, pair by pair."""
    order = random.Random(seed)
    scripts = () if typed else (FILL_AT_LOAD % json.dumps(query),)
    out: dict[str, list] = {engine: [] for engine in ENGINES}
    with contextlib.ExitStack() as stack:
        lunr_site = lunr_copy(site, Path(stack.enter_context(tempfile.TemporaryDirectory())) / "site")
        urls = {"ours": stack.enter_context(serve_folder(site)), "lunr": stack.enter_context(serve_folder(lunr_site))}
        browser = stack.enter_context(chromium(ONLY_LOCAL_HOSTS))
        for _ in range(pairs):
            for engine in order.sample(ENGINES, len(ENGINES)):
                page = local_page(browser, *scripts, mbps=mbps)
                out[engine].append(one_load(page, engine, urls[engine], query, typed))
                page.context.close()
    return out


def bootstrap_median(values: list[float], resamples: int = 10_000, seed: int = 14) -> tuple[float, float]:
    """95 % percentile bootstrap interval of the median of ``values``."""
    rng = random.Random(seed)
    medians = sorted(statistics.median(rng.choices(values, k=len(values))) for _ in range(resamples))
    return medians[int(0.025 * resamples)], medians[int(0.975 * resamples) - 1]


def paired_rows(label: str, loads: dict[str, list]) -> tuple[list[dict], dict]:
    """The per-engine rows and the paired difference (ours minus lunr) of ``paired_loads``."""
    rows = []
    for engine, measured in loads.items():
        first = [f for f, _ in measured]
        rows.append(
            {
                "site": label,
                "engine": engine,
                "loads": len(first),
                "first result median ms": round(statistics.median(first)),
                "90th percentile ms": round(statistics.quantiles(first, n=10, method="inclusive")[8]),
                "slowest ms": round(max(first)),
                "READY after load, median ms": round(statistics.median(r for _, r in measured)),
            }
        )
    diffs = [o[0] - lunr[0] for o, lunr in zip(loads["ours"], loads["lunr"], strict=True)]
    low, high = bootstrap_median(diffs)
    difference = {
        "site": label,
        "pairs": len(diffs),
        "ours - lunr, median ms": round(statistics.median(diffs), 1),
        "95 % CI ms": f"{low:.1f} to {high:.1f}",
        "pairs ours slower": sum(d > 0 for d in diffs),
        "largest ms": round(max(diffs), 1),
    }
    return rows, difference


def load_average() -> str:
    with contextlib.suppress(OSError):
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    return "?"


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
    parser.add_argument("--paired", type=int, metavar="N", help="instead of the timings: N pairs of loads, ours/lunr")
    parser.add_argument("--typed", action="store_true", help="--paired: type the query after the load, key by key")
    parser.add_argument("--mbps", type=float, help="downloads at this many megabits a second (a real network)")
    args = parser.parse_args()
    if args.paired is not None and args.paired < 2:
        parser.error("--paired needs 2 pairs or more")
    print(f"{os.cpu_count()} CPUs; other work on the machine shifts the timings, and both engines alike.\n")
    with tempfile.TemporaryDirectory() as tmp:
        runs_dir = Path(tmp)
        if args.quality:
            table(quality(runs_dir))
        sites = [(f"{size:,} questions", synthetic_site(size, runs_dir)) for size in args.sizes]
        sites += [(str(site), site) for site in args.site]
        if args.paired:
            how = "typed key by key after the load" if args.typed else "put into the box at the load event"
            network = f", downloads at {args.mbps:g} Mbit/s" if args.mbps else ""
            print(f"Query {args.query!r}, {how}{network}; load average {load_average()} before.\n")
            rows, differences = [], []
            for label, site in sites:
                loads = paired_loads(site, args.paired, args.query, args.typed, mbps=args.mbps)
                engine_rows, difference = paired_rows(label, loads)
                rows += engine_rows
                differences.append(difference)
            table(rows)
            table(differences)
            print(f"Load average {load_average()} after.")
            return
        rows = []
        for label, site in sites:
            for engine in args.engine or ENGINES:
                measured = timings(site, engine, args.runs, args.keys, args.query, args.mbps)
                rows.append({"site": label, "engine": engine, **measured})
        if rows:
            table(rows)


if __name__ == "__main__":
    main()
