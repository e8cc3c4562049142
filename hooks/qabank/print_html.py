"""The printable book of one or more banks: HTML and CSS rendered from the model.

Pure Python (Python-Markdown, Pygments and Jinja, no site engine): the caller
passes the Markdown extensions the site uses, so answers look the same in print
as on the site. Answers are rendered straight into the page, never inside a
collapsed ``<details>``, so every edition shows them without JavaScript.

The HTML around them is written by the macros of ``templates/book.html``, with
autoescaping: titles, section names, tags, addresses and ids from a bank are
escaped there. Markdown from a bank (answers, prompts, intros, and titles with
their raw HTML shown as text) is rendered here and sanitised
(:mod:`qabank.sanitize`), so a ``<script>`` in a bank can neither hide the rest
of the book nor reach the PDF.

Two editions:

- ``Edition.STUDY``: each question followed by its answer.
- ``Edition.SELF_TEST``: the questions alone, then an "Answer key" part; every
  question links to its answer and every answer back to its question.

The CSS uses CSS Paged Media features (page groups, ``leader()``,
``string-set``, ``bookmark-level``) that :mod:`qabank.pdf` turns into page
numbers, running headers and PDF bookmarks.

A book is laid out as two HTML documents: :func:`book_html` (the book's
cover, the questions, the answer key) and then :func:`contents_html` (every
table of contents, each topic's under its cover, with the page numbers the
first one came out with). WeasyPrint's
``target-counter()`` lays every contents page out three times, a quarter of
the whole layout time at 1,000 questions. :func:`reading_order` names the
segments of the book in the order a reader gets them; :mod:`qabank.pdf` puts
the pages of both documents in that order.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

import jinja2
import markdown
from markupsafe import Markup
from pygments.formatters import HtmlFormatter
from pygments.token import STANDARD_TYPES

from .model import Bank, Question
from .pages import inline_text, plain_text
from .sanitize import sanitize_html


class Edition(StrEnum):
    STUDY = "study"
    SELF_TEST = "self-test"

    @property
    def label(self) -> str:
        return "Study edition" if self is Edition.STUDY else "Self-test edition"


class MarkdownToHtml:
    """Python-Markdown with the site's extensions, reused for every fragment of a book."""

    def __init__(self, extensions: Sequence[object] = (), extension_configs: Mapping[str, dict] | None = None) -> None:
        self._md = markdown.Markdown(
            extensions=list(extensions), extension_configs=dict(extension_configs or {}), output_format="html"
        )

    def block(self, text: str) -> str:
        """Markdown from a bank as HTML, sanitised (:mod:`qabank.sanitize`): raw HTML may format, never script."""
        self._md.reset()
        return sanitize_html(self._md.convert(text))

    def inline(self, text: str) -> str:
        """Inline Markdown (a title) without the surrounding paragraph; raw HTML in it shows as text, as on the site.

        (``<script>`` in a title would otherwise hide the rest of the book from the PDF.)
        """
        rendered = self.block(inline_text(text)).strip()
        match = re.fullmatch(r"<p>(.*)</p>", rendered, flags=re.DOTALL)
        return match.group(1) if match else html.escape(plain_text(text))


@dataclass(frozen=True)
class Book:
    """One edition of every bank, in order: the book the PDFs are made from.

    Each bank is a part that starts with its own cover and contents and has its
    own page numbers, so the pages of one part are also a complete book of
    that topic (see :mod:`qabank.pdf`). ``question_urls`` maps ``(bank slug,
    question id)`` to the question's online address (missing when the site
    has no URL).
    """

    site_name: str
    banks: Sequence[Bank]
    edition: Edition
    built: date
    question_urls: Mapping[tuple[str, str], str] = field(default_factory=dict)
    language: str = "en"

    @property
    def question_count(self) -> int:
        return sum(len(bank.questions) for bank in self.banks)


_ID_ATTR = re.compile(r'(\sid=")([^"]*)(")')
_HREF_FRAGMENT = re.compile(r'(\shref="#)([^"]*)(")')
_CLOSED_DETAILS = re.compile(r"<details(?![^>]*\sopen)")
_EMPTY_ANCHOR = re.compile(r"<a\b[^>]*>\s*</a>")  # code line anchors: no use on paper, one link each
_CODE = re.compile(r"<(pre|code)\b.*?</\1>", flags=re.DOTALL)
CODE_STYLE = "default"  # the Pygments style of code in print


def _unstyled_token_span() -> re.Pattern[str]:
    """Highlighted tokens that :data:`CODE_STYLE` gives no style (names, punctuation): their spans
    look the same as plain text and cost WeasyPrint a box each, half of all code spans."""
    styled = HtmlFormatter(style=CODE_STYLE).class2style
    unstyled = sorted({name for name in STANDARD_TYPES.values() if name and name not in styled}, key=len, reverse=True)
    return re.compile(rf'<span class="(?:{"|".join(unstyled)})">([^<]*)</span>')


_UNSTYLED_TOKEN = _unstyled_token_span()


def _plain_unstyled_tokens(fragment: str) -> str:
    return _CODE.sub(lambda code: _UNSTYLED_TOKEN.sub(r"\1", code.group(0)), fragment)


def _scoped(fragment: str, prefix: str) -> str:
    """Make the ids of one rendered fragment unique in the book (footnotes, headings); open details."""
    prefix = _attr(prefix)
    fragment = _plain_unstyled_tokens(_EMPTY_ANCHOR.sub("", fragment))
    fragment = _ID_ATTR.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}{m.group(3)}", fragment)
    fragment = _HREF_FRAGMENT.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}{m.group(3)}", fragment)
    return _CLOSED_DETAILS.sub("<details open", fragment)


def _attr(value: str) -> str:
    """``value`` escaped for an attribute in double quotes (the scope of the ids of a fragment)."""
    return html.escape(value, quote=True)


BOOK_COVER = "book-cover"
BOOK_CONTENTS = "book-contents"


def anchor(kind: str, bank: Bank, question: Question | None = None) -> str:
    """The id of a part of a topic or of a question (``kind="q"``) or answer (``"a"``) in a book.

    A topic's parts: ``"part"`` (its cover), ``"contents"`` (its front pages:
    cover, intro and contents), ``"questions"`` and ``"key"`` (its part of
    the answer key).
    """
    slug = re.sub(r"[^\w-]", "-", bank.slug)
    return f"{kind}--{slug}" if question is None else f"{kind}--{slug}--{question.id}"


_PARITY = ("even", "odd")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"


class _TemplateLoader(jinja2.FileSystemLoader):
    """Templates beside this module, their line breaks and the indentation after them removed (see ``book.html``)."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str | None, Callable[[], bool]]:
        source, path, uptodate = super().get_source(environment, template)
        return re.sub(r"\n[ \t]*", "", source), path, uptodate


_TEMPLATES = jinja2.Environment(
    loader=_TemplateLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)
_BOOK = _TEMPLATES.get_template("book.html").module


class _Writer:
    """What the macros of ``templates/book.html`` ask for. HTML it renders from a bank's Markdown
    (sanitised) is ``Markup``; every other value the templates print is escaped."""

    BOOK_COVER = BOOK_COVER
    BOOK_CONTENTS = BOOK_CONTENTS

    def __init__(self, book: Book, md: MarkdownToHtml) -> None:
        self.book = book
        self.md = md
        self.self_test = book.edition is Edition.SELF_TEST
        self.titles: dict[tuple[str, str], Markup] = {}

    anchor = staticmethod(anchor)
    plain_text = staticmethod(plain_text)

    def title(self, bank: Bank, question: Question) -> Markup:
        key = (bank.slug, question.id)
        if key not in self.titles:
            self.titles[key] = self.inline(question.title)
        return self.titles[key]

    def inline(self, text: str) -> Markup:
        return Markup(self.md.inline(text))

    def fragment(self, text: str, scope: str) -> Markup:
        return Markup(_scoped(self.md.block(text), scope + "--") if text.strip() else "")

    def answer(self, bank: Bank, question: Question) -> Markup:
        if question.answer is None:
            return Markup('<p class="no-answer">No answer yet.</p>')
        return self.fragment(question.answer, anchor("a", bank, question))

    def cover(self) -> str:
        book = self.book
        count = _count(book.question_count, "question") + f" in {_count(len(book.banks), 'topic')}"
        return str(_BOOK.cover(self, count))

    def contents(self, pages: Mapping[str, str]) -> str:
        return str(_BOOK.contents(self, pages))

    def part_front(self, index: int, bank: Bank, pages: Mapping[str, str]) -> str:
        return str(_BOOK.part_front(self, _PARITY[index % 2], bank, _count(len(bank.questions), "question"), pages))

    def body(self, progress: Callable[[int], None]) -> str:
        book = self.book
        out, done = [], 0
        for index, bank in enumerate(book.banks):
            out.append(str(_BOOK.questions(self, _PARITY[index % 2], bank)))
            done += len(bank.questions)
            progress(done)
        if self.self_test:
            out.extend(str(_BOOK.key(self, _PARITY[index % 2], bank)) for index, bank in enumerate(book.banks))
        return "".join(out)


def reading_order(book: Book) -> list[str]:
    """The ids of the book's segments in reading order; each starts a page.

    The cover, the contents of all topics, then each topic's front page (its
    cover and contents) and questions; in the self-test edition, each topic's
    part of the answer key after all the questions. The covers and contents
    are in :func:`contents_html`, the rest in :func:`book_html`.
    """
    order = [BOOK_COVER, BOOK_CONTENTS]
    for bank in book.banks:
        order += [anchor("contents", bank), anchor("questions", bank)]
    if book.edition is Edition.SELF_TEST:
        order += [anchor("key", bank) for bank in book.banks]
    return order


def topic_segments(book: Book, bank: Bank) -> list[str]:
    """The segments of :func:`reading_order` that make one topic's own book."""
    segments = [anchor("contents", bank), anchor("questions", bank)]
    return segments + ([anchor("key", bank)] if book.edition is Edition.SELF_TEST else [])


def _document(book: Book, body: str) -> str:
    return str(_BOOK.document(book, Markup(book_css(book)), Markup(body)))


def book_html(book: Book, md: MarkdownToHtml, progress: Callable[[int], None] = lambda done: None) -> str:
    """The book but its contents and topic covers, as one HTML document with its stylesheet inline.

    ``progress`` is called with the number of questions rendered so far.
    """
    writer = _Writer(book, md)
    return _document(book, writer.cover() + writer.body(progress))


def contents_html(book: Book, md: MarkdownToHtml, pages: Mapping[str, str]) -> str:
    """Every contents of the book (all topics', then each topic's with its cover), as one HTML document.

    ``pages`` maps the id of each question and answer key to its page number
    as printed (see :func:`page_numbers`).
    """
    writer = _Writer(book, md)
    parts = "".join(writer.part_front(index, bank, pages) for index, bank in enumerate(book.banks))
    return _document(book, writer.contents(pages) + parts)


def page_numbers(book: Book, pages: Mapping[str, Sequence[Sequence[str]]]) -> dict[str, str]:
    """The printed page number of each question and answer key, from the ids on each page.

    ``pages`` maps each segment of :func:`reading_order` laid out by
    :func:`book_html` to the ids on each of its pages. Numbers follow
    :func:`book_css`: a topic's questions are pages 1, 2, ..., its part of the
    answer key A1, A2, ...
    """
    numbers: dict[str, str] = {}
    for bank in book.banks:
        for segment, prefix in ((anchor("questions", bank), ""), (anchor("key", bank), "A")):
            for number, names in enumerate(pages.get(segment, []), 1):
                for name in names:
                    numbers.setdefault(name, f"{prefix}{number}")
    return numbers


def book_css(book: Book) -> str:
    """Print stylesheet: page boxes, running header, page numbers, bookmarks, code highlighting.

    Page numbers start again in each topic, so a topic's pages also make a
    complete book of its own: its front pages (cover and contents) read i,
    ii, ... (no number on the cover), its questions 1, 2, ..., its part of the
    answer key A1, A2, ...
    """
    css = _BOOK_CSS.replace("@EDITION@", book.edition.label).replace("@SITE@", css_string(book.site_name))
    return css + HtmlFormatter(style=CODE_STYLE).get_style_defs(".highlight")


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string."""
    return '"' + "".join(ch if ch.isprintable() and ch not in '"\\<>' else f"\\{ord(ch):x} " for ch in text) + '"'


_BOOK_CSS = """
@page {
  size: A4;
  margin: 22mm 18mm 20mm 18mm;
  @top-left { content: string(topic); font-size: 8pt; color: #555; }
  @top-right { content: "@EDITION@"; font-size: 8pt; color: #555; }
  @bottom-center { content: counter(page); font-size: 8pt; color: #555; }
}
@page cover {
  @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; }
}
@page book-contents {
  @top-left { content: @SITE@; }
  @bottom-center { content: counter(page, lower-roman); }
}
@page contents-even { @bottom-center { content: counter(page, lower-roman); } }
@page contents-odd { @bottom-center { content: counter(page, lower-roman); } }
@page key-even { @bottom-center { content: "A" counter(page); } }
@page key-odd { @bottom-center { content: "A" counter(page); } }
@page :nth(1 of book-contents) { counter-reset: page 1; }
@page :nth(1 of contents-even) {
  counter-reset: page 1; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; }
}
@page :nth(1 of contents-odd) {
  counter-reset: page 1; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; }
}
@page :nth(1 of questions-even) { counter-reset: page 1; }
@page :nth(1 of questions-odd) { counter-reset: page 1; }
@page :nth(1 of key-even) { counter-reset: page 1; }
@page :nth(1 of key-odd) { counter-reset: page 1; }
html { font-family: "DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", sans-serif;
       font-size: 10pt; line-height: 1.4; color: #111; }
body { margin: 0; }
h1, h2, h3, h4, h5, h6 { bookmark-level: none; line-height: 1.25; break-after: avoid; }
a { color: #1a4fa0; text-decoration: none; }
a.headerlink { display: none; }
p, li { orphans: 2; widows: 2; }

.cover { page: cover; break-after: page; text-align: center; padding-top: 60mm; }
.part-cover { text-align: center; padding-top: 15mm; margin-bottom: 12mm; }
.part-cover .cover-edition { margin-bottom: 8mm; }
.book-contents { page: book-contents; }
.contents-even { page: contents-even; }
.contents-odd { page: contents-odd; }
.questions-even { page: questions-even; }
.questions-odd { page: questions-odd; }
.running-topic { string-set: topic content(text); height: 0; margin: 0; overflow: hidden; }
.key-even { page: key-even; }
.key-odd { page: key-odd; }
.part-title { string-set: topic content(text); bookmark-level: 1; bookmark-label: content(text); }
.cover-site { font-size: 14pt; color: #444; margin: 0 0 8mm; }
.cover-title { font-size: 28pt; margin: 0 0 10mm; }
.cover-edition { font-size: 16pt; color: #1a4fa0; margin: 0 0 30mm; }
.cover-count, .cover-date { font-size: 12pt; color: #444; margin: 2mm 0; }

.toc { break-after: page; }
.toc-title { bookmark-level: 1; bookmark-label: "Contents"; font-size: 18pt; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li { margin: 1mm 0; }
.toc li.toc-topic { margin-top: 4mm; font-weight: bold; }
.toc li.toc-topic li { font-weight: normal; }
.toc ol ol { padding-left: 5mm; }
.toc a { color: inherit; }
.toc a[data-page]::after { content: leader(". ") " " attr(data-page); }
.toc li.toc-topic > span { display: block; }
.toc-num { display: inline-block; min-width: 8mm; color: #555; }

.part-front .toc { break-after: auto; }
.key-heading { font-size: 20pt; border-bottom: 2px solid #1a4fa0; padding-bottom: 2mm; }
.part-toc-title { font-size: 14pt; }
.section-title { font-size: 14pt; color: #1a4fa0; margin-top: 8mm; }
.marks { font-weight: normal; font-size: 0.8em; }
.question { margin: 0 0 7mm; }
.question-head, .key-head { break-inside: avoid; break-after: avoid; }
.question-title, .key-title { bookmark-level: 2; bookmark-label: content(text); font-size: 12.5pt;
                              margin: 6mm 0 1mm; }
.question-title .num, .key-title .num { color: #1a4fa0; }
.question-meta { font-size: 8pt; color: #555; margin: 0 0 2mm; break-after: avoid; }
.question-meta .tag { background: #e8edf7; border-radius: 2pt; padding: 0 3pt; margin-right: 2pt; }
.question-meta a.online { color: #555; overflow-wrap: break-word; }
.answer-label { font-weight: bold; color: #1a4fa0; margin: 2mm 0 1mm; break-after: avoid; }
.answer { border-left: 2pt solid #c9d5ea; padding-left: 4mm; }
.no-answer { font-style: italic; color: #777; }
.to-answer, .to-question { font-size: 8.5pt; margin: 1mm 0; }

.key { break-before: page; }
.key-heading { string-set: topic content(text); bookmark-level: 1; bookmark-label: content(text); }

pre, code, kbd { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; font-size: 8.5pt; }
code { background: #f3f4f6; border-radius: 2pt; padding: 0 2pt; }
pre { background: #f6f8fa; border: 0.5pt solid #d8dde3; border-radius: 3pt; padding: 2mm 3mm;
      white-space: pre-wrap; overflow-wrap: break-word; line-height: 1.35; }
pre code { background: none; padding: 0; }
.highlight { margin: 2mm 0; }
.highlight pre { margin: 0; }
.highlighttable { width: 100%; }
.linenos { color: #999; }

table { border-collapse: collapse; margin: 2mm 0; max-width: 100%; font-size: 9pt; }
th, td { border: 0.5pt solid #b8c0cc; padding: 1mm 2mm; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
th { background: #eef1f6; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
blockquote { border-left: 2pt solid #ccc; margin: 2mm 0; padding-left: 4mm; color: #444; }
img, svg { max-width: 100%; }
.twemoji svg, span.twemoji svg { height: 1.1em; width: 1.1em; vertical-align: -0.15em; }
.task-list-item { list-style: none; }
.task-list-control .task-list-indicator::before { content: "\\2610  "; }
.task-list-control input:checked + .task-list-indicator::before { content: "\\2611  "; }
.task-list-control input { display: none; }

.admonition, details { border: 0.5pt solid #b8c0cc; border-left: 3pt solid #448aff; border-radius: 2pt;
                       padding: 0 3mm 1mm; margin: 2mm 0; break-inside: avoid; }
.admonition-title, details > summary { font-weight: bold; margin: 0 -3mm 1mm; padding: 1mm 3mm;
                                       background: #ecf3ff; display: block; }
.admonition.warning, .admonition.caution, details.warning { border-left-color: #ff9100; }
.admonition.warning > .admonition-title, details.warning > summary { background: #fff4e5; }
.admonition.danger, .admonition.error, details.danger { border-left-color: #ff1744; }
.admonition.danger > .admonition-title, details.danger > summary { background: #ffe7eb; }
.admonition.tip, .admonition.success, details.tip { border-left-color: #00bfa5; }
.admonition.tip > .admonition-title, details.tip > summary { background: #e5f8f6; }
"""
