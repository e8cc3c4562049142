"""Build synthetic study sites of growing size and print how the build scales.

    .venv/bin/python bench/site_benchmark.py                 # 100, 1,000, 10,000 spread + 2,000 in one bank
    .venv/bin/python bench/site_benchmark.py --sizes 100 --no-single --no-search --no-serve   # smoke run

For every case it builds the project twice in a temporary folder: with our
hooks from seed-style banks, and as a **baseline** of the same questions
written as plain pre-split pages (kept out of the nav, same theme, no hooks).
It prints a table and writes it as JSON (``--json``, default
``bench/out/site.json``):

- build seconds (fastest of ``--repeat`` builds, alternating with the baseline),
  seconds per 1,000 questions, peak memory (max RSS);
- ratio of our build to the baseline's, three ways: of the fastest wall-clock
  builds; the median of the wall-clock ratios of builds run back to back (each
  pair in alternating order), which a drift of the machine's speed between
  pairs does not skew; and, with 2 CPUs or more, the median ratio of CPU
  seconds of builds run side by side (``--side-by-side`` pairs, each build
  pinned to a CPU of its own), which a drift during a pair does not skew
  either, though the two builds share the caches;
- site size, mean question-page HTML size, search index size;
- the exports of issue 15, from the hook's "Exports: ... in N s" lines of the
  fastest build: seconds of the related questions (with the edit links), of
  ``questions.json`` and of the Anki packages, and the percent the related
  questions (``related_pct``) and all three (``exports_pct``) add to the rest
  of that build; sizes of ``questions.json`` and of the ``anki/`` folder;
- search first-result latency in headless Chromium (page load → first result
  for a word from an answer), when ``--search``;
- PDF seconds (the extra time of a build with PDFs), up to ``--pdf-max``
  questions;
- ``mkdocs serve``: seconds from an edit of one bank until the served page
  shows it, for the 1,000-question case, when ``--serve``.

``--no-shared-markdown`` builds ours with a Markdown converter per question
page, as MkDocs does, to show what the shared converter saves.
"""

from __future__ import annotations

import argparse
import contextlib
import http.server
import json
import os
import platform
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "hooks")]

import site_engine  # noqa: E402
from synthetic import answer_text, bank_text, question_text  # noqa: E402

CHROMIUM = os.environ.get("QA_CHROMIUM") or "/usr/bin/chromium"  # as in tests/conftest.py

PYTHON = sys.executable
ENGINE = site_engine.NAME  # `python -m mkdocs` or `python -m properdocs`, whichever is installed
SEARCH_WORD = "synthetic"  # every synthetic answer ends with a sentence holding this word


def _project(dest: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    for folder in ("hooks", "overrides"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (dest / "docs" / "topics").mkdir(parents=True)
    for name in ("index.md", "tags.md", ".pages"):
        shutil.copy(ROOT / "docs" / name, dest / "docs" / name)
    (dest / "docs" / "topics" / ".pages").write_text("title: Topics\n", encoding="utf-8")
    return dest


def _banks(total: int, banks: int) -> list[tuple[str, str]]:
    per_bank = total // banks
    return [(f"bank-{b:03d}", _with_marker(bank_text(per_bank, seed=b, start=b * per_bank + 1))) for b in range(banks)]


def _with_marker(text: str) -> str:
    return text.replace("\n\n---\n\n", f"\n\nA {SEARCH_WORD} closing sentence.\n\n---\n\n")


def write_hooked(dest: Path, total: int, banks: int, *, shared_markdown: bool = True) -> Path:
    project = _project(dest)
    if not shared_markdown:
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        config.write_text(text.replace("\n  qa:\n", "\n  qa:\n    shared_markdown: false\n", 1), encoding="utf-8")
    for name, text in _banks(total, banks):
        (project / "docs" / "topics" / f"{name}.md").write_text(text, encoding="utf-8")
    return project


def write_baseline(dest: Path, total: int, banks: int) -> Path:
    """The same site as plain pages, without our hooks: a page per question (kept out of
    the nav), a hand-written topic page per bank listing its questions, a home page."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\nhooks:\n(  - .*\n)+", "\n", config)
    config = re.sub(r"\n  custom_dir: overrides", "", config)
    config = re.sub(r"\nextra_css:\n(  - .*\n)+", "\n", config)
    config = re.sub(r"\nextra_javascript:\n(  - .*\n)+", "\n", config)
    config += "\nnot_in_nav: |\n  /q/**\n"
    dest.mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    docs = dest / "docs"
    (docs / "q").mkdir(parents=True)
    (docs / "topics").mkdir()
    for name in ("tags.md", ".pages"):
        shutil.copy(ROOT / "docs" / name, docs / name)
    (docs / "topics" / ".pages").write_text("title: Topics\n", encoding="utf-8")
    (docs / "index.md").write_text(
        "# Baseline\n\n" + "\n".join(f"- [Bank {b}](topics/bank-{b:03d}.md)" for b in range(banks)) + "\n",
        encoding="utf-8",
    )
    per_bank = total // banks
    for b in range(banks):
        rng = random.Random(b)
        folder = docs / "q" / f"bank-{b:03d}"
        folder.mkdir()
        listing = [f"# Bank {b}\n"]
        for n in range(b * per_bank + 1, (b + 1) * per_bank + 1):
            question = question_text(n, rng)
            answer = answer_text(n, rng) + f"\n\nA {SEARCH_WORD} closing sentence."
            body = "\n".join("    " + line if line.strip() else "" for line in answer.split("\n"))
            (folder / f"q{n}.md").write_text(
                f'---\ntags: [interviews, synthetic]\n---\n# {question}\n\n??? answer "Show answer"\n\n{body}\n',
                encoding="utf-8",
            )
            listing.append(f"1. [{question}](../q/bank-{b:03d}/q{n}.md)")
        (docs / "topics" / f"bank-{b:03d}.md").write_text("\n".join(listing) + "\n", encoding="utf-8")
    return dest


class Run(NamedTuple):
    """One ``mkdocs build`` in its own process."""

    wall: float  # seconds
    cpu: float  # user + system CPU seconds
    peak_kb: int  # max RSS
    exports: dict[str, float] = {}  # seconds of each export, from the build's "Exports: X in N s" lines


_EXPORT_LINE = re.compile(r"Exports: (.+?) in ([0-9.]+) s")


def _start_build(project: Path, *, pdf: bool, cpu: int | None = None) -> subprocess.Popen:
    env = {**os.environ, "QA_PDF": "1" if pdf else "0", "NO_MKDOCS_2_WARNING": "1"}
    # Not quiet: the hooks' INFO lines say how long each export took.
    command = [PYTHON, "-m", ENGINE, "build", "-f", str(project / "mkdocs.yml")]
    return subprocess.Popen(
        ["/usr/bin/time", "-f", "%e %U %S %M", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=project,
        preexec_fn=None if cpu is None else lambda: os.sched_setaffinity(0, {cpu}),
    )


def _finish_build(process: subprocess.Popen, project: Path) -> Run:
    _, stderr = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"build of {project} failed:\n{stderr[-3000:]}")
    wall, user, system, peak = stderr.strip().splitlines()[-1].split()
    exports = {name: float(seconds) for name, seconds in _EXPORT_LINE.findall(stderr)}
    return Run(float(wall), float(user) + float(system), int(peak), exports)


def build(project: Path, *, pdf: bool = False) -> Run:
    """``mkdocs build`` in a fresh process."""
    return _finish_build(_start_build(project, pdf=pdf), project)


def build_side_by_side(first: Path, second: Path, *, swap_cpus: bool = False) -> tuple[Run, Run]:
    """Build two projects at the same time, each on a CPU of its own, so that both run at the same machine speed."""
    cpus = sorted(os.sched_getaffinity(0))[:2]
    if swap_cpus:
        cpus.reverse()
    a, b = _start_build(first, pdf=False, cpu=cpus[0]), _start_build(second, pdf=False, cpu=cpus[1])
    return _finish_build(a, first), _finish_build(b, second)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def mean_question_page(site: Path) -> float:
    pages = [p for p in (site / "topics").glob("*/*/index.html")] or list((site / "q").glob("*/*/index.html"))
    return sum(p.stat().st_size for p in pages) / max(1, len(pages))


@contextlib.contextmanager
def serve_folder(folder: Path):
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(folder), **k)  # noqa: E731
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def search_latency(site: Path, runs: int = 3) -> float:
    """Seconds from page load to the first search result for a word found in answers (best of ``runs``)."""
    from playwright.sync_api import sync_playwright

    best = float("inf")
    with serve_folder(site) as url, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        try:
            for _ in range(runs):
                page = browser.new_page()
                page.goto(url, wait_until="load")
                start = time.perf_counter()
                page.keyboard.press("/")
                page.keyboard.type(SEARCH_WORD)
                page.wait_for_selector(".md-search-result__item", timeout=60_000)
                best = min(best, time.perf_counter() - start)
                page.close()
        finally:
            browser.close()
    return best


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_rebuild(project: Path) -> float:
    """Seconds from saving an edit to one bank until `mkdocs serve --dirty` serves the changed page."""
    port = _free_port()
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(re.sub(r"(?m)^site_url:.*$", "site_url: ''", config), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [
            PYTHON,
            "-m",
            ENGINE,
            "serve",
            "--dirty",
            "-q",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(project / "mkdocs.yml"),
        ],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    bank = project / "docs" / "topics" / "bank-000.md"
    url = f"http://127.0.0.1:{port}/topics/bank-000/"
    try:
        deadline = time.time() + 300
        while time.time() < deadline:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(url, timeout=5).read()
                break
            time.sleep(0.5)
        time.sleep(1)
        marker = f"edited-{int(time.time())}"
        text = bank.read_text(encoding="utf-8")
        start = time.perf_counter()
        bank.write_text(text.replace("### 1. ", f"### 1. {marker} ", 1), encoding="utf-8")
        while time.perf_counter() - start < 300:
            with contextlib.suppress(OSError):
                if marker.encode() in urllib.request.urlopen(url, timeout=5).read():
                    return time.perf_counter() - start
            time.sleep(0.05)
        raise RuntimeError("mkdocs serve did not pick up the edit within 300 s")
    finally:
        server.terminate()
        server.wait(timeout=30)


def _share(run: Run, *exports: str) -> float | None:
    """Percent the named exports add to the rest of the build."""
    if not all(name in run.exports for name in exports) or not exports:
        return None
    spent = sum(run.exports[name] for name in exports)
    return round(100 * spent / (run.wall - spent), 1)


def measure(label: str, total: int, banks: int, args: argparse.Namespace, workdir: Path) -> dict:
    hooked = write_hooked(workdir / f"{label}-hooks", total, banks, shared_markdown=args.shared_markdown)
    baseline = write_baseline(workdir / f"{label}-baseline", total, banks)
    # Alternate the two builds and keep the fastest of each: this machine's speed
    # drifts by 10-20 % from minute to minute, more than the difference measured.
    ours: list[Run] = []
    base: list[Run] = []
    for i in range(args.repeat):
        if i % 2:
            base.append(build(baseline))
            ours.append(build(hooked))
        else:
            ours.append(build(hooked))
            base.append(build(baseline))
    seconds, memory = min(r.wall for r in ours), max(r.peak_kb for r in ours)
    fastest = min(ours, key=lambda r: r.wall)
    base_seconds, base_memory = min(r.wall for r in base), max(r.peak_kb for r in base)
    site = hooked / "site"
    row = {
        "case": label,
        "questions": total,
        "banks": banks,
        "shared_markdown": args.shared_markdown,
        "build_s": round(seconds, 2),
        "s_per_1000": round(seconds / total * 1000, 2),
        "peak_mb": round(memory / 1024),
        "baseline_s": round(base_seconds, 2),
        "baseline_peak_mb": round(base_memory / 1024),
        "ratio": round(seconds / base_seconds, 3),
        "ratio_paired": round(statistics.median(o.wall / b.wall for o, b in zip(ours, base, strict=True)), 3),
        "site_mb": round(folder_size(site) / 1e6, 1),
        "page_kb": round(mean_question_page(site) / 1000, 1),
        "baseline_page_kb": round(mean_question_page(baseline / "site") / 1000, 1),
        "index_mb": round((site / "search" / "search_index.json").stat().st_size / 1e6, 2),
        # Issue 15's exports, timed by the hook in the fastest build: their share is of the rest of that build.
        "related_s": fastest.exports.get("related questions and edit links"),
        "related_pct": _share(fastest, "related questions and edit links"),
        "json_s": fastest.exports.get("questions.json"),
        "anki_s": fastest.exports.get("Anki packages"),
        "exports_pct": _share(fastest, *fastest.exports),
        "json_mb": round((site / "questions.json").stat().st_size / 1e6, 2),
        "anki_mb": round(folder_size(site / "anki") / 1e6, 2) if (site / "anki").is_dir() else 0,
        "runs": {"build_s": [round(r.wall, 2) for r in ours], "baseline_s": [round(r.wall, 2) for r in base]},
    }
    if args.side_by_side and len(os.sched_getaffinity(0)) >= 2:
        pairs = side_by_side(hooked, baseline, args.side_by_side)
        row["ratio_side_by_side"] = round(statistics.median(o.cpu / b.cpu for o, b in pairs), 3)
        row["runs"]["side_by_side_cpu_s"] = [[round(o.cpu, 2), round(b.cpu, 2)] for o, b in pairs]
    if args.search:
        row["search_s"] = round(search_latency(site), 2)
        row["baseline_search_s"] = round(search_latency(baseline / "site"), 2)
    if total <= args.pdf_max:
        row["pdf_s"] = round(max(0.0, build(hooked, pdf=True).wall - seconds), 1)
    if args.serve and total == 1000 and banks > 1:
        row["serve_rebuild_s"] = round(serve_rebuild(hooked), 2)
    shutil.rmtree(hooked / "site", ignore_errors=True)
    shutil.rmtree(baseline / "site", ignore_errors=True)
    return row


def side_by_side(hooked: Path, baseline: Path, pairs: int) -> list[tuple[Run, Run]]:
    """``pairs`` pairs of builds (ours, baseline), each pair built side by side.

    A drift of the machine's speed slows both builds of a pair alike, so the
    ratio of their CPU seconds keeps to the work each build does. Which one
    starts first alternates, and so does which CPU each runs on.
    """
    runs = []
    for i in range(pairs):
        swap = bool(i // 2 % 2)
        if i % 2:
            base, ours = build_side_by_side(baseline, hooked, swap_cpus=swap)
        else:
            ours, base = build_side_by_side(hooked, baseline, swap_cpus=swap)
        runs.append((ours, base))
    return runs


COLUMNS = [
    ("case", 12),
    ("questions", 9),
    ("build_s", 8),
    ("s_per_1000", 10),
    ("peak_mb", 7),
    ("baseline_s", 10),
    ("ratio", 6),
    ("ratio_paired", 12),
    ("ratio_side_by_side", 18),
    ("site_mb", 7),
    ("page_kb", 7),
    ("index_mb", 8),
    ("related_s", 9),
    ("related_pct", 11),
    ("json_s", 6),
    ("anki_s", 6),
    ("exports_pct", 11),
    ("json_mb", 7),
    ("anki_mb", 7),
    ("search_s", 8),
    ("baseline_search_s", 17),
    ("pdf_s", 6),
    ("serve_rebuild_s", 15),
]


def print_table(rows: list[dict]) -> None:
    columns = [(name, width) for name, width in COLUMNS if any(name in row for row in rows)]
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    for row in rows:
        print(" ".join(f"{str(row.get(name, '-')):>{width}}" for name, width in columns))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--banks", type=int, default=100, help="banks to spread each size over (at most)")
    parser.add_argument("--single", type=int, default=2000, help="questions of the single-bank case")
    parser.add_argument("--no-single", dest="single", action="store_const", const=0)
    parser.add_argument("--search", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--serve", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--repeat", type=int, default=3, help="builds of each kind; the fastest counts")
    parser.add_argument(
        "--side-by-side",
        type=int,
        default=3,
        metavar="PAIRS",
        help="pairs of builds (ours, baseline) run at the same time for the CPU-time ratio; 0 skips them",
    )
    parser.add_argument(
        "--shared-markdown",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="extra.qa.shared_markdown of our build (--no-shared-markdown: a Markdown converter per page, as MkDocs)",
    )
    parser.add_argument("--pdf-max", type=int, default=1000, help="measure PDF seconds up to this many questions")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "site.json")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory(prefix="qa-bench-") as tmp:
        for total in args.sizes:
            banks = max(1, min(args.banks, total // 10))
            rows.append(measure(f"spread-{total}", total, banks, args, Path(tmp)))
        if args.single:
            rows.append(measure(f"single-{args.single}", args.single, 1, args, Path(tmp)))
    print_table(rows)
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"machine": machine, "rows": rows}, indent=2), encoding="utf-8")
    print(f"\n{machine['cpus']} CPUs, Python {machine['python']}, {machine['platform']}; JSON: {args.json}")


if __name__ == "__main__":
    main()
