"""Permanent question ids: readable, Unicode-aware, stable under reordering."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

from slugify import slugify

MAX_SLUG_LENGTH = 80
_APOSTROPHES = [["'", ""], ["\u2019", ""]]
# A question called "index" would take the URL of its topic page.
RESERVED_IDS = frozenset({"index"})
# No leading \s* and possessive quantifiers: linear on a title of 40 KB of spaces (the caller strips before it).
_EXPLICIT_ID = re.compile(r"\{\s*+#([\w\-.:\u00a0-\uffff]++)\s*+\}\s*+$")


def split_explicit_id(title: str) -> tuple[str, str | None]:
    """Split a trailing ``{#my-id}`` off a title: ``("Title", "my-id")``."""
    match = _EXPLICIT_ID.search(title)
    if not match:
        return title, None
    return title[: match.start()].rstrip(), match.group(1)


def slug_for(text: str) -> str:
    """A readable URL slug for any text, in any script.

    Letters and digits of every script are kept (``什么是进程``, ``что-такое``);
    symbols that have no letters at all, such as emoji, are spelled by their
    Unicode names so that an emoji-only title still gets a readable slug.
    """
    slug = slugify(text, allow_unicode=True, max_length=MAX_SLUG_LENGTH, word_boundary=True, replacements=_APOSTROPHES)
    if slug:
        return slug
    names = [unicodedata.name(ch, "") for ch in text if not ch.isspace()]
    slug = slugify(" ".join(n for n in names if n), max_length=MAX_SLUG_LENGTH, word_boundary=True)
    return slug or "question"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


def assign_ids(
    titles: Sequence[str],
    bodies: Sequence[str],
    explicit: Sequence[str | None],
) -> tuple[list[str], list[tuple[int, str]]]:
    """Give every question a distinct, deterministic id.

    A question's id depends only on its own title (and, for a repeated title,
    on its own body), never on its position, so adding, removing or reordering
    other questions leaves it alone:

    - an explicit id (``{#id}``) is used as written;
    - otherwise the slug of the title;
    - the first question with a repeated slug keeps it; each later one gets the
      slug plus a short hash of its body (``whats-the-output-3f2a9c``);
    - identical title and body again: a counter (``-2``, ``-3``).

    Returns the ids and a list of ``(index, message)`` for explicit ids that
    clash and had to be changed.
    """
    ids: list[str] = [""] * len(titles)
    taken: set[str] = set(RESERVED_IDS)
    clashes: list[tuple[int, str]] = []
    for index, given in enumerate(explicit):
        if given is None:
            continue
        if given in taken:
            why = "is reserved" if given in RESERVED_IDS else "is used twice"
            clashes.append((index, f"id '{given}' {why}; give this question another {{#id}}"))
            continue
        ids[index] = given
        taken.add(given)
    for index, title in enumerate(titles):
        if ids[index]:
            continue
        base = slug_for(title)
        candidate = base
        if candidate in taken:
            candidate = f"{base}-{_digest(bodies[index])}"
        counter = 2
        unique = candidate
        while unique in taken:
            unique = f"{candidate}-{counter}"
            counter += 1
        ids[index] = unique
        taken.add(unique)
    return ids, clashes
