"""Parse time of large synthetic banks in the seed's style.

    .venv/bin/python bench/parse_benchmark.py [--repeat 3] [--json bench/out/parse.json]

Prints a table: file size, questions, best wall-clock and CPU seconds of the
parse, MB per second. CPU seconds stay meaningful on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "bench")]

from qabank.parse import parse_bank  # noqa: E402
from synthetic import answer_text, question_text  # noqa: E402


def bank_of_size(megabytes: float, seed: int = 1) -> str:
    """A seed-style bank of about ``megabytes`` MB (answers of ~300 characters)."""
    rng = random.Random(seed)
    parts = ["---\ntags: [interviews, synthetic]\n---\n"]
    size, number = 0, 0
    while size < megabytes * 1_000_000:
        number += 1
        part = f"### {number}. {question_text(number, rng)}\n\n**Answer:**  \n{answer_text(number, rng, 1)}\n\n---\n\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
    return "".join(parts)


def measure(megabytes: float, repeat: int) -> dict:
    text = bank_of_size(megabytes)
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        bank = parse_bank(text, "topics/big.md")
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    size = len(text.encode("utf-8")) / 1_000_000
    return {
        "megabytes": round(size, 2),
        "questions": len(bank.questions),
        "seconds": round(min(times), 3),
        "cpu_seconds": round(min(cpu), 3),
        "mb_per_second": round(size / min(times), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1.0, 2.0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = [measure(size, args.repeat) for size in args.sizes]
    print(f"{'MB':>6} {'questions':>10} {'seconds':>8} {'cpu s':>6} {'MB/s':>6}")
    for row in rows:
        print(
            f"{row['megabytes']:>6} {row['questions']:>10} {row['seconds']:>8} {row['cpu_seconds']:>6} "
            f"{row['mb_per_second']:>6}"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
