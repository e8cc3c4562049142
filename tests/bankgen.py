"""Generated banks that mix styles, navigation headings, stray bold lines and labels in several languages.

Each generated bank knows the questions a careful reader would find in it, so
tests can check both the split and that nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

LABELS = ["**Answer:**", "**Antwort:**", "**Réponse :**", "**Respuesta:**", "**Ответ:**", "**정답:**", "**答案：**"]
SUMMARY_LABELS = ["Answer", "答案", "Antwort", "Відповідь", "Show answer", "See solution"]
NAVIGATION = ["Table of Contents", "References", "Related Topics", "Further reading"]
WORDS = [
    "cache",
    "index",
    "replica",
    "shard",
    "queue",
    "thread",
    "process",
    "socket",
    "buffer",
    "commit",
    "branch",
    "kernel",
    "schema",
    "lambda",
    "closure",
    "promise",
    "mutex",
    "deadlock",
    "latency",
    "throughput",
    "checksum",
    "cursor",
]
MARKS = ["", "", " ⭐", " ⭐⭐", " 👶", " \u200d⭐️"]


@dataclass
class GeneratedBank:
    text: str
    titles: list[str] = field(default_factory=list)


def _sentence(draw, minimum: int = 3) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=minimum, max_size=9))
    return " ".join(words).capitalize() + "."


@st.composite
def _question(draw, style: str, number: int, counter: list[int]) -> tuple[str, str]:
    counter[0] += 1
    topic = draw(st.sampled_from(WORDS))
    title = f"What is the {topic} rule number {counter[0]}?"
    answer = _sentence(draw)
    extra = draw(st.sampled_from(["", "", "code", "list", "stray-bold"]))
    body = answer
    if extra == "code":
        body += f"\n\n```python\nprint({counter[0]})\n```"
    elif extra == "list":
        body += f"\n\n- {_sentence(draw)}\n- {_sentence(draw)}"
    elif extra == "stray-bold" and style in ("label", "heading", "heading-details"):
        body += f"\n\n**Why does {topic} matter?**\n\n{_sentence(draw)}"
    marks = draw(st.sampled_from(MARKS)) if style in ("label", "heading", "bold") else ""
    if style == "label":
        label = draw(st.sampled_from(LABELS))
        return title, f"### {number}. {title}{marks}\n\n{label}\n\n{body}\n\n---\n"
    if style == "heading":
        return title, f"### {number}. {title}{marks}\n\n{body}\n"
    if style == "heading-details":
        summary = draw(st.sampled_from(SUMMARY_LABELS))
        return title, f"### {number}. {title}\n\n<details><summary><b>{summary}</b></summary>\n\n{body}\n\n</details>\n"
    if style == "details":
        return title, f"<details>\n<summary>{title}</summary>\n\n{body}\n\n</details>\n"
    if style == "list-heading":
        indented = "\n".join(f"   {line}" if line else "" for line in body.split("\n"))
        return title, f"{number}. ### {title}\n\n{indented}\n"
    if style == "bold":
        return title, f"**{title}{marks}**\n\n{body}\n"
    return title, f"Q{number}. {title}\n\nA: {answer}\n"


STYLES = ["label", "heading", "heading-details", "details", "list-heading", "bold", "plain"]


@st.composite
def banks(draw, mixed: bool = True) -> GeneratedBank:
    """A bank of 1-4 sections, each in one style (several styles when ``mixed``), with notes around."""
    counter = [0]
    parts = ["# Generated bank\n", _sentence(draw) + "\n"]
    titles: list[str] = []
    if draw(st.booleans()):
        parts.append(f"## {NAVIGATION[0]}\n\n- [First](#first)\n- [Second](#second)\n")
    base = draw(st.sampled_from(STYLES))
    for index in range(draw(st.integers(1, 4))):
        style = draw(st.sampled_from(STYLES)) if mixed else base
        parts.append(f"## Part {index + 1} {draw(st.sampled_from(WORDS))}\n")
        if draw(st.booleans()):
            parts.append(_sentence(draw) + "\n")
        # Heading questions hold the rest of their section: they go last, after notes of another shape.
        for number in range(1, draw(st.integers(3, 6)) + 1):
            title, text = draw(_question(style, number, counter))
            titles.append(title)
            parts.append(text)
        if draw(st.booleans()):
            parts.append(f"## Key points {index + 1}\n\n{_sentence(draw)}\n")
    if draw(st.booleans()):
        parts.append(f"## {draw(st.sampled_from(NAVIGATION[1:]))}\n\n- {_sentence(draw)}\n")
    return GeneratedBank("\n".join(parts), titles)
