"""How long the PDF editions take: seconds, pages and size for 100 and 1,000 questions.

Generates seed-style banks (numbered ``###`` questions, ``**Answer:**`` labels,
paragraphs with hard line breaks, tables, lists, Python code, inline code),
50 questions per bank, parses them with ``qabank`` and renders every PDF a
build makes (study and self-test editions, per topic and for all topics),
with the Markdown extensions of ``mkdocs.yml``. Prints a Markdown table.

    .venv/bin/python bench/pdf_benchmark.py            # 100 and 1,000 questions
    .venv/bin/python bench/pdf_benchmark.py 250 --workers 1 --out bench/out
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "hooks"))

import site_engine  # noqa: E402, F401  (before mkdocs: under ProperDocs it loads properdocs)
from mkdocs.config import load_config  # noqa: E402
from qabank.parse import parse_bank  # noqa: E402
from qabank.pdf import PdfJob, human_size, render_pdfs  # noqa: E402

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


def run(total: int, workers: int | None, out: Path | None) -> dict:
    config = load_config(str(PROJECT / "mkdocs.yml"))
    per_bank = 50
    banks = []
    for number in range(1, (total + per_bank - 1) // per_bank + 1):
        count = min(per_bank, total - (number - 1) * per_bank)
        slug = f"bench-{number:02d}"
        banks.append(parse_bank(synthetic_bank(number, count), f"topics/{slug}.md", slug=slug))
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
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("questions", nargs="*", type=int, default=[100, 1000])
    parser.add_argument("--workers", type=int, default=None, help="processes (default: usable CPUs)")
    parser.add_argument("--out", type=Path, default=None, help="write the PDFs under this folder")
    args = parser.parse_args()
    rows = [run(n, args.workers, args.out) for n in args.questions]
    print(
        "| Questions | Banks | PDFs | Pages (all PDFs) | Size (all PDFs) | Seconds | Pages/s "
        "| All-topics study: pages, size, s | All-topics self-test: pages, size, s |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for r in rows:
        study, test = r["site"]["study"], r["site"]["self-test"]
        print(
            f"| {r['questions']} | {r['banks']} | {r['pdfs']} | {r['pages']} | {human_size(r['size'])} "
            f"| {r['seconds']:.1f} | {r['pages'] / r['seconds']:.1f} "
            f"| {study[0]}, {human_size(study[1])}, {study[2]:.1f} | {test[0]}, {human_size(test[1])}, {test[2]:.1f} |"
        )


if __name__ == "__main__":
    main()
