"""Anki decks (``.apkg``) of a site: one per topic and one for the whole site, written with genanki.

A deck per topic, ``<site>::<topic>``, so that the whole-site package imports as subdecks under the
site's name and a topic's own package lands in the same deck. The notes' GUIDs come from the site's
name and the questions' permanent keys, and the deck and model ids from the site's and topics'
names by a stable hash: importing a newer package updates the cards and keeps their reviews.
Answers are the HTML the question pages rendered, with their code highlighting and their images
packed as media; the back of a card links the question's page."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import posixpath
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import genanki
from jinja2 import Environment
from markupsafe import Markup
from pygments.formatters import HtmlFormatter

from ..ids import slug_for
from ..model import Bank
from ..pages import plain_text
from .difficulty import difficulty
from .rendered import ExportedQuestion

FOLDER = "anki"
FIELDS = ("Question", "Answer", "Topic", "Difficulty", "URL", "Key")
_IMG_SRC = re.compile(r'(<img\b[^>]*?\ssrc=")([^"]*)(")')
_HREF = re.compile(r'(<a\b[^>]*?\shref=")([^"]*)(")')

_env = Environment(autoescape=True, keep_trailing_newline=False)
_FRONT = _env.from_string(
    '<div class="qa-topic">{{ topic }}</div><h1 class="qa-title">{{ title }}'
    '{% if marks %} <span class="qa-marks">{{ marks }}</span>{% endif %}</h1>{{ prompt }}'
)
_MARKDOWN = _env.from_string('<div class="qa-markdown">{{ markdown }}</div>')

_QFMT = "{{Question}}"
_AFMT = (
    '{{FrontSide}}\n<hr id="answer">\n{{Answer}}\n{{#URL}}<p class="qa-url"><a href="{{URL}}">{{URL}}</a></p>{{/URL}}'
)
_CSS = """.card { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; text-align: left;
  color: #1f2328; background: #fff; max-width: 46em; margin: 0 auto; }
.nightMode.card, .night_mode .card { color: #e6edf3; background: #1e1e1e; }
.qa-topic { font-size: 0.75em; opacity: 0.7; }
.qa-title { font-size: 1.3em; }
.qa-marks { font-weight: normal; font-size: 0.8em; }
.qa-url { font-size: 0.75em; margin-top: 2em; word-break: break-all; }
.qa-markdown { white-space: pre-wrap; }
table { border-collapse: collapse; } th, td { border: 1px solid #8886; padding: 0.2em 0.5em; }
img { max-width: 100%; height: auto; }
pre { overflow-x: auto; padding: 0.5em; background: #f6f8fa; }
.nightMode pre, .night_mode pre { background: #2a2a2a; }
a.headerlink { display: none; }
"""


def stable_id(*names: str) -> int:
    """An Anki id in [2**30, 2**31) from names, the same in every build."""
    digest = hashlib.sha256("\x1f".join(names).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def note_guid(site_name: str, key: str) -> str:
    return genanki.guid_for(site_name, key)


def anki_tag(tag: str) -> str:
    """Anki tags hold no spaces."""
    return "_".join(tag.split()) or "_"


@dataclass(frozen=True)
class AnkiPackage:
    path: str  # relative to the site root
    topic: str | None  # bank slug; None for the whole site
    notes: int
    size: int = 0


def model(site_name: str) -> genanki.Model:
    css = _CSS + HtmlFormatter().get_style_defs(".highlight")
    return genanki.Model(
        stable_id("model", site_name),
        f"{site_name} (Q&A)",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Question", "qfmt": _QFMT, "afmt": _AFMT}],
        css=css,
    )


def planned_packages(site_name: str, banks: Sequence[Bank]) -> list[AnkiPackage]:
    """The packages of a site and their note counts (questions with an answer), before they are written:
    ``anki/<site>-all-topics.apkg`` first, then ``anki/<topic>.apkg`` for each topic with a note."""
    counts = {bank.slug: sum(q.has_answer for q in bank.questions) for bank in banks}
    counts = {slug: count for slug, count in counts.items() if count}
    if not counts:
        return []
    site = slug_for(site_name) or "site"
    out = [AnkiPackage(posixpath.join(FOLDER, f"{site}-all-topics.apkg"), None, sum(counts.values()))]
    out += [
        AnkiPackage(posixpath.join(FOLDER, f"{slug.replace('/', '-')}.apkg"), slug, count)
        for slug, count in counts.items()
    ]
    return out


class _Media:
    """Images of the answers, copied under unique flat names (Anki keeps media in one folder)."""

    def __init__(self, site_dir: Path, folder: Path) -> None:
        self.site_dir = site_dir.resolve()
        self.folder = folder
        self.names: dict[Path, str] = {}

    def name_for(self, src: str, page_path: str) -> str | None:
        parts = urlsplit(src)
        if parts.scheme or parts.netloc or src.startswith("/") or not parts.path:
            return None
        relative = posixpath.normpath(posixpath.join(page_path, unquote(parts.path)))
        if relative.startswith("../") or relative == "..":
            return None
        path = (self.site_dir / relative).resolve()
        if not path.is_file() or not path.is_relative_to(self.site_dir):
            return None
        name = self.names.get(path)
        if name is None:
            digest = hashlib.sha1(relative.encode("utf-8")).hexdigest()[:10]
            name = f"qa-{digest}-{re.sub(r'[^A-Za-z0-9._-]', '_', path.name)}"
            shutil.copyfile(path, self.folder / name)
            self.names[path] = name
        return name

    def files(self, names: Iterable[str]) -> list[str]:
        return [str(self.folder / name) for name in sorted(set(names))]


def _absolute(url: str, base: str) -> str:
    if not base.startswith(("http://", "https://")) or url.startswith("#"):
        return url
    return urljoin(base, url)


def card_html(fragment: str, question: ExportedQuestion, media: _Media, used: set[str]) -> str:
    """Rendered page HTML made to work inside Anki: images as media, other relative URLs absolute."""

    def image(match: re.Match[str]) -> str:
        name = media.name_for(match.group(2), question.page_path)
        if name is None:
            return match.group(1) + _absolute(match.group(2), question.url) + match.group(3)
        used.add(name)
        return match.group(1) + name + match.group(3)

    fragment = _IMG_SRC.sub(image, fragment)
    return _HREF.sub(lambda m: m.group(1) + _absolute(m.group(2), question.url) + m.group(3), fragment)


def _note(question: ExportedQuestion, site_name: str, anki_model: genanki.Model, media: _Media, used: set[str]):
    q = question.question
    prompt = card_html(question.prompt_html or "", question, media, used)
    front = _FRONT.render(
        topic=plain_text(question.bank.title), title=plain_text(q.title), marks=q.marks, prompt=Markup(prompt)
    )
    if question.answer_html is not None:
        answer = card_html(question.answer_html, question, media, used)
    elif q.answer is not None:  # its page was not rendered in this build
        answer = _MARKDOWN.render(markdown=q.answer)
    else:
        answer = ""
    level = difficulty(q.marks)
    url = question.url if question.url.startswith(("http://", "https://")) else ""
    fields = [front, answer, plain_text(question.bank.title), level["marks"] if level else "", url, question.key]
    return genanki.Note(
        model=anki_model,
        fields=fields,
        tags=[anki_tag(tag) for tag in q.tags],
        guid=note_guid(site_name, question.key),
    )


def write_package(decks: Sequence[genanki.Deck], media_files: Sequence[str], path: Path, timestamp: float) -> int:
    """genanki's ``Package.write_to_file``, compressed and without leaving its temporary database behind;
    returns the size in bytes."""
    package = genanki.Package(list(decks), media_files=list(media_files))
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="qa-anki-") as folder:
        database = os.path.join(folder, "collection.anki2")
        connection = sqlite3.connect(database)
        # A scratch database, zipped and thrown away: no journal, no waiting for the disk (fsync).
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        try:
            package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", json.dumps({str(i): os.path.basename(p) for i, p in enumerate(media_files)}))
            for index, media_path in enumerate(media_files):
                archive.write(media_path, str(index))
    return path.stat().st_size


def write_packages(
    questions: Sequence[ExportedQuestion], *, site_name: str, site_dir: Path, timestamp: float
) -> list[AnkiPackage]:
    """Write the whole-site package and one per topic under ``site_dir``; what was written, whole site first."""
    by_topic: dict[str, list[ExportedQuestion]] = {}
    for question in questions:
        if question.question.has_answer:
            by_topic.setdefault(question.bank.slug, []).append(question)
    if not by_topic:
        return []
    anki_model = model(site_name)
    written = []
    with tempfile.TemporaryDirectory(prefix="qa-anki-media-") as folder:
        media = _Media(site_dir, Path(folder))
        decks: dict[str, genanki.Deck] = {}
        used: dict[str, set[str]] = {}
        for slug, members in by_topic.items():
            bank = members[0].bank
            deck = genanki.Deck(
                stable_id("deck", site_name, slug),
                f"{site_name}::{plain_text(bank.title)}",
                description=plain_text(bank.description),
            )
            used[slug] = set()
            for question in members:
                deck.add_note(_note(question, site_name, anki_model, media, used[slug]))
            decks[slug] = deck
        for package in planned_packages(site_name, [members[0].bank for members in by_topic.values()]):
            chosen = [decks[package.topic]] if package.topic else list(decks.values())
            names = used[package.topic] if package.topic else set().union(*used.values())
            size = write_package(chosen, media.files(names), site_dir / package.path, timestamp)
            notes = sum(len(deck.notes) for deck in chosen)
            written.append(AnkiPackage(package.path, package.topic, notes, size))
    return written
