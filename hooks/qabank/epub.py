"""EPUB editions for small screens: one book per topic, the study edition (each answer after its question).

Pure Python (ebooklib, Jinja and :mod:`qabank.print_html`'s Markdown), no site
engine. The book is made from the same model and the same Markdown as the PDFs:
its cover page (site, topic, count, date) and intro, then one chapter per
question with its prompt and answer, and a table of contents. Titles and
every other value from a bank are escaped by the autoescaping templates of
``templates/epub.html``; answers are the sanitised HTML of
:class:`qabank.print_html.MarkdownToHtml`, their images shown as their
alternative text (the book carries no files of its own and loads nothing). The file is the same byte for byte
for the same bank and build date.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import jinja2
from ebooklib import epub
from markupsafe import Markup

from .ids import slug_for
from .model import Bank
from .pages import plain_text
from .print_html import MarkdownToHtml, _scoped, anchor

_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)

STYLE = """
body { font-family: serif; line-height: 1.45; }
h1 { font-size: 1.4em; }
.answer-label { font-weight: bold; margin-top: 1em; }
.answer { border-left: 3px solid #c9d5ea; padding-left: 0.8em; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85em; }
code { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 0.9em; }
th, td { border: 1px solid #b8c0cc; padding: 0.2em 0.4em; overflow-wrap: anywhere; vertical-align: top; }
.meta { font-size: 0.8em; color: #555; }
"""


@dataclass(frozen=True)
class EpubJob:
    site_name: str
    built: date
    question_urls: Mapping[tuple[str, str], str] = field(default_factory=dict)
    language: str = "en"
    folder: str = "epub"


@dataclass(frozen=True)
class RenderedEpub:
    path: str
    topic: str
    data: bytes
    chapters: int

    @property
    def size(self) -> int:
        return len(self.data)


def epub_path(bank: Bank, folder: str = "epub") -> str:
    """``epub/<topic>-study.epub``."""
    return posixpath.join(folder, f"{bank.slug.replace('/', '-')}-study.epub")


_IMG = re.compile(r"<img\b[^>]*>")
_ALT = re.compile(r'\salt="([^"]*)"')


def _without_images(fragment: str) -> str:
    """Images as their alternative text: the book holds no files but its pages, and loads nothing."""

    def text(match: re.Match[str]) -> str:
        alt = _ALT.search(match.group(0))
        return f'<span class="image">[image{": " + alt.group(1) if alt and alt.group(1) else ""}]</span>'

    return _IMG.sub(text, fragment)


def _reproducible(data: bytes, built: date) -> bytes:
    """The EPUB zip again, ``mimetype`` first and stored, every entry dated ``built``."""
    when = (max(built.year, 1980), built.month, built.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        names = sorted(source.namelist(), key=lambda name: (name != "mimetype", name))
        for name in names:
            entry = zipfile.ZipInfo(name, date_time=when)
            entry.external_attr = 0o100644 << 16
            entry.create_system = 3
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(name), compress_type=method)
    return out.getvalue()


def topic_epub(bank: Bank, job: EpubJob, md: MarkdownToHtml) -> RenderedEpub:
    """The study edition of one topic as an EPUB 3 file."""
    template = _TEMPLATES.get_template("epub.html").module
    book = epub.EpubBook()
    book.set_identifier(f"qabank:{slug_for(job.site_name) or 'site'}:{bank.slug}")
    title = plain_text(bank.title)
    book.set_title(title)
    book.set_language(job.language)
    book.add_author(job.site_name)
    style = epub.EpubItem(uid="style", file_name="style.css", media_type="text/css", content=STYLE)
    book.add_item(style)

    def chapter(name: str, heading: str, body: str) -> epub.EpubHtml:
        page = epub.EpubHtml(title=heading, file_name=name, lang=job.language)
        page.content = body
        page.add_item(style)
        book.add_item(page)
        return page

    def fragment(text: str, scope: str) -> str:
        return _without_images(_scoped(md.block(text), scope + "--")) if text.strip() else ""

    count = f"{len(bank.questions)} question{'s' if len(bank.questions) != 1 else ''}"
    intro = fragment(bank.intro, anchor("part", bank)) if bank.intro else ""
    cover = chapter("cover.xhtml", title, str(template.cover(job, title, count, Markup(intro))))
    chapters = [cover]
    for question in bank.questions:
        prompt = fragment(question.prompt, anchor("q", bank, question)) if question.prompt else ""
        answer = (
            fragment(question.answer, anchor("a", bank, question))
            if question.answer is not None
            else '<p class="no-answer">No answer yet.</p>'
        )
        body = template.question(
            question,
            Markup(md.inline(question.title)),
            Markup(prompt),
            Markup(answer),
            job.question_urls.get((bank.slug, question.id), ""),
        )
        chapters.append(chapter(f"q{question.position:05d}.xhtml", plain_text(question.title), str(body)))
    book.toc = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *chapters]
    out = io.BytesIO()
    epub.write_epub(out, book, {"mtime": datetime(job.built.year, job.built.month, job.built.day)})
    return RenderedEpub(epub_path(bank, job.folder), bank.slug, _reproducible(out.getvalue(), job.built), len(chapters))


def render_epubs(banks: Sequence[Bank], job: EpubJob, md: MarkdownToHtml) -> dict[str, RenderedEpub]:
    """The EPUB of every topic, by path."""
    return {epub.path: epub for epub in (topic_epub(bank, job, md) for bank in banks)}
