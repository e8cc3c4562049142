"""How long the PDF editions take: seconds, pages, size and peak memory, up to 10,000 questions.

Generates seed-style banks (numbered ``###`` questions, ``**Answer:**`` labels,
paragraphs with hard line breaks, tables, lists, Python code, inline code),
50 questions per bank, parses them with ``qabank`` and renders every PDF a
build makes (study and self-test editions, per topic and for all topics),
with the Markdown extensions of ``mkdocs.yml``. Prints a Markdown table with,
side by side, the baseline of the same run: ``mkdocs build`` of the same
banks without PDFs (``QA_PDF=0``), and the ratio of the PDF time to it.
Memory is sampled every 0.1 s over this process and its workers, two ways:
the largest sum of their resident set sizes (RSS: a page a forked worker
shares with its parent counts in both) and the largest sum of their
proportional set sizes (PSS: a shared page is divided among the processes
sharing it, so the sum is what the tree takes from the machine).

    .venv/bin/python bench/pdf_benchmark.py                      # 100 and 1,000 questions
    .venv/bin/python bench/pdf_benchmark.py 1000 4000 10000      # the scale of issue 17
    .venv/bin/python bench/pdf_benchmark.py 250 --workers 1 --out bench/out --no-site
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "hooks"))

import site_engine  # noqa: E402, F401  (before mkdocs: under ProperDocs it loads properdocs)
from mkdocs.config import load_config  # noqa: E402
from qabank.parse import parse_bank  # noqa: E402
from qabank.pdf import PdfJob, human_size, render_pdfs  # noqa: E402
from site_benchmark import _project, build  # noqa: E402

_VOCABULARY = """
request response cache index query server client token session queue worker thread process lock
latency throughput schema table column replica shard partition retry timeout backoff idempotent
endpoint payload header cookie proxy gateway service container deploy rollback metric trace log
"""
WORDS = _VOCABULARY.split()


def _sentence(rng: random.Random, words: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _answer(rng: random.Random, n: int) -> str:
    kind = n % 4
    if kind == 0:
        return "**Answer:**  \n" + "  \n".join(_sentence(rng) for _ in range(3)) + "\n"
    if kind == 1:
        rows = "\n".join(f"|{rng.choice(WORDS)}|{_sentence(rng, 4)}|{_sentence(rng, 5)}|" for _ in range(4))
        return f"**Answer:**\n\n|Aspect|Option A|Option B|\n|---|---|---|\n{rows}\n\n{_sentence(rng)}\n"
    if kind == 2:
        items = "\n".join(f"- `{rng.choice(WORDS)}()` {_sentence(rng, 8)}" for _ in range(4))
        return f"**Answer:**\n\n{_sentence(rng, 20)}\n\n{items}\n"
    return (
        f"**Answer:**\n\n{_sentence(rng)}\n\n```python\n"
        f"def {rng.choice(WORDS)}_{n}(items):\n"
        f"    seen = set()\n"
        f"    for item in items:\n"
        f"        if item not in seen:  # {rng.choice(WORDS)}\n"
        f"            seen.add(item)\n"
        f'            yield f"{{item}}: {rng.choice(WORDS)}"\n'
        f"```\n\n{_sentence(rng)}\n"
    )


def synthetic_bank(bank_number: int, questions: int, seed: int = 5) -> str:
    """A seed-style bank of ``questions`` questions."""
    rng = random.Random(seed * 1000 + bank_number)
    parts = [f"---\ntags:\n  - bench\n  - set-{bank_number}\n---\n"]
    for n in range(1, questions + 1):
        title = f"What is the {rng.choice(WORDS)} {rng.choice(WORDS)} {n} and why does it matter?"
        parts.append(f"### {n}. {title}\n\n{_answer(rng, n)}\n---\n")
    return "\n".join(parts)


def _tree(root: int) -> set[int]:
    """``root`` and every process under it (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def _memory_kb(pid: int) -> tuple[int, int]:
    """Resident and proportional set size of one process, in KB (``/proc/PID/smaps_rollup``)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return rss, pss


def tree_memory_kb(root: int) -> tuple[int, int]:
    """The sum of the resident (RSS) and of the proportional (PSS) set sizes of ``root`` and every
    process under it, in KB. RSS counts a page shared by a forked worker and its parent in both; PSS
    divides it among them, so the PSS sum is the memory the tree takes from the machine."""
    sizes = [_memory_kb(pid) for pid in _tree(root)]
    return sum(rss for rss, _ in sizes), sum(pss for _, pss in sizes)


class PeakMemory:
    """The largest :func:`tree_memory_kb` sums of this process while the ``with`` block runs, each its own peak."""

    def __enter__(self) -> PeakMemory:
        self.peak_kb = self.peak_pss_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            rss, pss = tree_memory_kb(os.getpid())
            self.peak_kb = max(self.peak_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def site_seconds(total: int) -> float:
    """Wall seconds of ``mkdocs build`` (no PDFs) of the same banks, in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="pdf-bench-site-") as tmp:
        project = _project(Path(tmp) / "project")
        for slug, text in bank_texts(total):
            (project / "docs" / "topics" / f"{slug}.md").write_text(text, encoding="utf-8")
        return build(project, pdf=False).wall


def bank_texts(total: int, per_bank: int = 50) -> list[tuple[str, str]]:
    return [
        (f"bench-{number:02d}", synthetic_bank(number, min(per_bank, total - (number - 1) * per_bank)))
        for number in range(1, (total + per_bank - 1) // per_bank + 1)
    ]


def run(total: int, workers: int | None, out: Path | None) -> dict:
    config = load_config(str(PROJECT / "mkdocs.yml"))
    banks = [parse_bank(text, f"topics/{slug}.md", slug=slug) for slug, text in bank_texts(total)]
    job = PdfJob(
        banks=banks,
        site_name="Benchmark",
        built=date.today(),
        question_urls={
            (b.slug, q.id): f"https://example.org/topics/{b.slug}/{q.id}/" for b in banks for q in b.questions
        },
        markdown_extensions=config.markdown_extensions,
        markdown_configs=config.mdx_configs,
    )
    start = time.perf_counter()
    with PeakMemory() as memory:
        pdfs = render_pdfs(job, workers=workers)
    seconds = time.perf_counter() - start
    if out is not None:
        for path, pdf in pdfs.items():
            target = out / f"{total}" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pdf.data)
    site = [pdf for pdf in pdfs.values() if pdf.edition.topic is None]
    return {
        "questions": total,
        "banks": len(banks),
        "pdfs": len(pdfs),
        "seconds": seconds,
        "pages": sum(pdf.pages for pdf in pdfs.values()),
        "size": sum(pdf.size for pdf in pdfs.values()),
        "site": {pdf.edition.edition.value: (pdf.pages, pdf.size, pdf.seconds) for pdf in site},
        "peak_mb": memory.peak_kb / 1024,
        "peak_pss_mb": memory.peak_pss_kb / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("questions", nargs="*", type=int, default=[100, 1000])
    parser.add_argument("--workers", type=int, default=None, help="processes (default: usable CPUs)")
    parser.add_argument("--out", type=Path, default=None, help="write the PDFs under this folder")
    parser.add_argument("--no-site", action="store_true", help="skip the baseline build without PDFs")
    args = parser.parse_args()
    rows = []
    for n in args.questions:
        row = run(n, args.workers, args.out)
        row["site_seconds"] = None if args.no_site else site_seconds(n)
        rows.append(row)
        print(
            f"{n} questions: {row['seconds']:.1f} s, peak {row['peak_mb']:.0f} MB RSS sum, "
            f"{row['peak_pss_mb']:.0f} MB PSS sum",
            file=sys.stderr,
            flush=True,
        )
    print(
        "| Questions | Banks | PDFs | Pages (all PDFs) | Size (all PDFs) | PDF seconds | Peak MB (tree, RSS sum) "
        "| Peak MB (tree, PSS sum) | Pages/s "
        "| Baseline: site build without PDFs, s | PDF / baseline "
        "| All-topics study: pages, size, s | All-topics self-test: pages, size, s |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for r in rows:
        study, test = r["site"]["study"], r["site"]["self-test"]
        base = r["site_seconds"]
        baseline = "| |" if base is None else f"| {base:.1f} | {r['seconds'] / base:.1f}x |"
        print(
            f"| {r['questions']} | {r['banks']} | {r['pdfs']} | {r['pages']} | {human_size(r['size'])} "
            f"| {r['seconds']:.1f} | {r['peak_mb']:.0f} | {r['peak_pss_mb']:.0f} | {r['pages'] / r['seconds']:.1f} "
            f"{baseline} {study[0]}, {human_size(study[1])}, {study[2]:.1f} "
            f"| {test[0]}, {human_size(test[1])}, {test[2]:.1f} |"
        )


if __name__ == "__main__":
    main()
