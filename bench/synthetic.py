"""Synthetic banks in the seed's style, for benchmarks and scale tests."""

from __future__ import annotations

import random

_TOPICS = ["caching", "queues", "indexes", "sessions", "tokens", "replicas", "shards", "proxies", "schemas", "locks"]
_VERBS = ["explain", "compare", "describe", "justify", "design", "debug", "measure", "secure", "scale", "test"]


def question_text(number: int, rng: random.Random) -> str:
    return f"How would you {rng.choice(_VERBS)} {rng.choice(_TOPICS)} in system {number}?"


def answer_text(number: int, rng: random.Random, paragraphs: int = 3) -> str:
    words = [rng.choice(_TOPICS + _VERBS + ["the", "a", "with", "and", "because"]) for _ in range(40)]
    body = []
    for _ in range(paragraphs):
        rng.shuffle(words)
        body.append(" ".join(words).capitalize() + ".  ")
    table = "|Option|Cost|\n|---|---|\n|memory|low|\n|disk|high|"
    items = "\n".join(f"- `item-{number}-{i}` → {rng.choice(_TOPICS)}\n    " for i in range(3))
    return "\n".join(body) + "\n\n" + table + "\n\nSteps:\n\n" + items


def bank_text(count: int, *, seed: int = 1, start: int = 1, tags: tuple[str, ...] = ("interviews", "synthetic")) -> str:
    """A bank of ``count`` questions written like the seed bank."""
    rng = random.Random(seed)
    parts = ["---\ntags:\n" + "".join(f"  - {t}\n" for t in tags) + "---\n"]
    for number in range(start, start + count):
        parts.append(
            f"### {number - start + 1}. {question_text(number, rng)}\n\n**Answer:**  \n"
            f"{answer_text(number, rng)}\n\n---\n\n"
        )
    return "".join(parts)
