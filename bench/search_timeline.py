"""Where the time of a search goes: the search worker's messages in headless Chromium.

Serves a built site, opens its home page, types a query into Material's search
box and records, from the page's load event: when the page was requested
(navigation start), when our worker was handed the
loaded index file ("index file"), when the index was sent to the worker
(SETUP; ours then without its documents), when the worker was ready (READY), when the query went out
(QUERY), when the results came back (RESULT) and when the first result showed; and when our
worker had made its index ("index made": the build's prebuilt index read, or built in the browser,
and how long that took).
Works with our worker and with Material's own (``extra.qa.search_engine:
material``), so the two can be compared on the same site.

    .venv/bin/python bench/site_benchmark.py ...   # or any `mkdocs build`
    .venv/bin/python bench/search_timeline.py path/to/site synthetic compare --runs 3
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from site_benchmark import CHROMIUM, serve_folder  # noqa: E402

MESSAGES = {0: "setup", 1: "ready", 2: "query", 3: "result", "qa-index": "index file", "qa-index-made": "index made"}

# Wraps the Worker constructor before Material's bundle runs: every message both ways gets a timestamp.
RECORD_WORKER_MESSAGES = """
(() => {
  const Original = window.Worker;
  const log = (window.__searchTimeline = []);
  const stamp = (name, detail) => log.push([performance.now(), name, detail]);
  new MutationObserver((_, observer) => {
    if (document.querySelector(".md-search-result__item")) { stamp("first item", ""); observer.disconnect(); }
  }).observe(document, { subtree: true, childList: true });
  window.Worker = function (url, options) {
    const worker = new Original(url, options);
    stamp("worker", String(url).split("/").pop());
    worker.addEventListener("message", (event) => {
      const { type, data } = event.data;
      // Results past the first come as columns (search-results.js, data.qaRest) until search-config.js
      // turns them into items, after this listener.
      stamp(type, type === 3 ? data.items.length + (data.qaRest ? data.qaRest.sizes.length : 0) + " results"
        : type === "qa-index-made" ? `${data.prebuilt ? "prebuilt" : "built"}, ${data.ms} ms` : "");
    });
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message, ...rest) => {
      const data = message.data || {};
      stamp(message.type, message.type === "qa-index" ? `${data.index.size} bytes`
        : message.type !== 0 ? String(message.data || "")
        : data.qaIndexSent ? "documents handed over" : `${data.docs.length} documents`);
      return post(message, ...rest);
    };
    return worker;
  };
})();
"""


def search_from_load(page, url: str, query: str, timeout_ms: int) -> tuple[float, list]:
    """Open ``url``, type ``query`` into the search box once the page has loaded, wait for the first result;
    returns the load event's time and the worker messages recorded so far (``RECORD_WORKER_MESSAGES``)."""
    page.goto(url, wait_until="load")
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventStart")
    page.keyboard.press("/")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=timeout_ms)
    return loaded, page.evaluate("window.__searchTimeline")


def timeline(site: Path, query: str, runs: int) -> list[list[tuple[float, str, str]]]:
    """For each run: (ms after the load event, event, detail) in order."""
    from playwright.sync_api import sync_playwright

    out = []
    with serve_folder(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            for _ in range(runs):
                page = browser.new_page()
                page.add_init_script(RECORD_WORKER_MESSAGES)
                loaded, events = search_from_load(page, url, query, timeout_ms=60_000)
                steps = [(t - loaded, MESSAGES.get(name, str(name)), detail) for t, name, detail in events]
                out.append([(-loaded, "navigation start", ""), *steps])
                page.close()
        finally:
            browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("queries", nargs="*", default=["synthetic"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for query in args.queries:
        for run, events in enumerate(timeline(args.site, query, args.runs), 1):
            steps = ", ".join(f"{name} {ms:.0f}" + (f" ({detail})" if detail else "") for ms, name, detail in events)
            print(f"{query!r} run {run}: {steps}")


if __name__ == "__main__":
    main()
