"""Permanent question ids: readable, Unicode-aware, stable under reordering."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence

from slugify import slugify

MAX_SLUG_LENGTH = 80
# A page is written as <id>/index.html or <id>.md: file systems allow 255 bytes per name; ids stay far below.
MAX_ID_BYTES = 100
_SLUG_BYTES = 80  # a made slug longer than this (in bytes: 80 CJK characters are 240) is cut and hashed
_APOSTROPHES = [["'", ""], ["\u2019", ""]]
# A question called "index" would take the URL of its topic page, one called "read" that of its reading page.
READING_PAGE_NAME = "read"
RESERVED_IDS = frozenset({"index", READING_PAGE_NAME})
# Anything up to the closing brace, so that unsafe ids are reported rather than left in the title.
_EXPLICIT_ID = re.compile(r"\{\s*+#([^\s{}]++)\s*+\}\s*+$")
_SAFE_ID = re.compile(r"[\w\-.:\u00a0-\uffff]+")


def split_explicit_id(title: str) -> tuple[str, str | None]:
    """Split a trailing ``{#my-id}`` off a title: ``("Title", "my-id")``."""
    match = _EXPLICIT_ID.search(title)
    if not match:
        return title, None
    return title[: match.start()].rstrip(), match.group(1)


def unsafe_id(given: str) -> str | None:
    """Why an explicit id cannot name a page file and its URL, or ``None`` when it can."""
    size = len(given.encode("utf-8"))
    if not _SAFE_ID.fullmatch(given) or any(ch.isspace() for ch in given):
        return "may only hold letters, digits, '-', '_', '.' and ':'"
    if given.startswith("."):
        return "starts with '.', which makes a hidden file that the site leaves out"
    if given.lower().endswith((".html", ".htm", ".md")):
        return "ends in a file extension, which clashes with the pages the build writes"
    if given.lower() in RESERVED_IDS:
        return (
            "is reserved: it is the name of the topic's reading page"
            if given.lower() == READING_PAGE_NAME
            else "is reserved: it is the name of the topic page itself"
        )
    if size > MAX_ID_BYTES:
        return f"is {size} bytes long; ids may have at most {MAX_ID_BYTES} (UTF-8) bytes"
    return None


def _cut(slug: str, limit: int) -> str:
    """``slug`` cut to at most ``limit`` UTF-8 bytes, at a character boundary and, if one is near, a word's end."""
    cut = slug.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
    word_end = cut.rfind("-")
    return (cut[:word_end] if word_end > len(cut) // 2 else cut).strip("-")


def slug_for(text: str) -> str:
    """A readable URL slug for any text, in any script.

    Letters and digits of every script are kept (``什么是进程``, ``что-такое``);
    symbols that have no letters at all, such as emoji, are spelled by their
    Unicode names so that an emoji-only title still gets a readable slug. A slug
    of more than 80 bytes (80 characters of Chinese are 240) is cut at a word or
    character boundary and ends in a short hash of the whole slug, so that long
    titles sharing their start keep distinct ids.
    """
    slug = slugify(text, allow_unicode=True, max_length=MAX_SLUG_LENGTH, word_boundary=True, replacements=_APOSTROPHES)
    if len(slug.encode("utf-8")) > _SLUG_BYTES:
        whole = slugify(text, allow_unicode=True, replacements=_APOSTROPHES)
        return f"{_cut(slug, _SLUG_BYTES - 7)}-{_digest(whole)}"
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
    reserved: Collection[str] = (),
) -> tuple[list[str], list[tuple[int, str]]]:
    """Give every question a distinct, deterministic id.

    A question's id depends only on its own title and content, never on its
    position, so adding, removing or reordering other questions leaves it alone:

    - an explicit id (``{#id}``) is used as written, unless it is unsafe as a
      file name or URL (see :func:`unsafe_id`) or used twice;
    - otherwise the slug of the title;
    - a slug that several questions share (or that an explicit id or a reserved
      name took) gets a short hash of the question's own content, ``bodies``
      (prompt and answer), on every copy: ``whats-the-output-3f2a9c``;
    - only questions identical in title and content get a counter (``-2``,
      ``-3``) in their order, which no reader can tell apart.

    ``reserved`` names files the site already has where the question pages go
    (another bank in the topic's folder, an image): no id takes one of them.

    Returns the ids and a list of ``(index, message)`` for explicit ids that
    were refused, each of which got the id made from its title instead, and for
    ids moved aside by a reserved name.
    """
    ids: list[str] = [""] * len(titles)
    taken: set[str] = set(RESERVED_IDS) | set(reserved)
    clashes: list[tuple[int, str]] = []
    for index, given in enumerate(explicit):
        if given is None:
            continue
        why = unsafe_id(given) or (
            "is the name of another file of the site in this topic's folder"
            if given in reserved
            else "is used twice"
            if given in taken
            else None
        )
        if why:
            clashes.append(
                (index, f"id '{given}' {why}; give this question another {{#id}} (the title's id was used instead)")
            )
            continue
        ids[index] = given
        taken.add(given)
    slugs = {index: slug_for(title) for index, title in enumerate(titles) if not ids[index]}
    shared = Counter(slugs.values())
    for index, base in slugs.items():
        candidate = base
        if shared[base] > 1 or candidate in taken:
            candidate = f"{base}-{_digest(bodies[index])}"
        counter = 2
        unique = candidate
        while unique in taken:
            unique = f"{candidate}-{counter}"
            counter += 1
        ids[index] = unique
        taken.add(unique)
        if base in reserved:
            clashes.append(
                (
                    index,
                    f"id '{base}' is the name of another file of the site in this topic's folder, so this "
                    f"question's id is '{unique}'; rename that file or give the question another {{#id}}",
                )
            )
    return ids, clashes
