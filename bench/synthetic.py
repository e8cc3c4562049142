"""Synthetic banks in the seed's style, for benchmarks and scale tests."""

from __future__ import annotations

import random

_TOPICS = ["caching", "queues", "indexes", "sessions", "tokens", "replicas", "shards", "proxies", "schemas", "locks"]
_VERBS = ["explain", "compare", "describe", "justify", "design", "debug", "measure", "secure", "scale", "test"]


def question_text(number: int, rng: random.Random) -> str:
    return f"How would you {rng.choice(_VERBS)} {rng.choice(_TOPICS)} in system {number}?"


def answer_text(number: int, rng: random.Random, paragraphs: int = 1) -> str:
    """About the size of a seed answer (~300 characters): a sentence or two with a hard
    line break, then a small table (every third answer) or a list spaced like the seed's."""
    words = [rng.choice(_TOPICS + _VERBS + ["the", "a", "with", "and", "because"]) for _ in range(20)]
    body = []
    for _ in range(paragraphs):
        rng.shuffle(words)
        body.append(" ".join(words[:10]).capitalize() + ".  \n" + " ".join(words[10:]).capitalize() + ".")
    if number % 3 == 0:
        extra = "|Option|Cost|\n|---|---|\n|memory|low|\n|disk|high|"
    else:
        extra = "\n".join(f"- `item-{number}-{i}` → {rng.choice(_TOPICS)}\n    " for i in range(3))
    return "\n\n".join(body) + "\n\n" + extra


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
