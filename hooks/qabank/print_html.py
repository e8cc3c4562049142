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

The book's HTML is written by the Jinja macros of ``templates/book.html`` and
styled by ``templates/book.css``; a site overrides either by a file of the
same name in its override folder (``overrides/print/``), given as a path.

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

import functools
import html
import re
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote

import jinja2
import markdown
from markupsafe import Markup
from pygments.formatters import HtmlFormatter
from pygments.token import STANDARD_TYPES

from .emoji import with_local_emoji
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
            extensions=list(extensions),
            extension_configs=with_local_emoji(extension_configs or {}),
            output_format="html",
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
    paper: str = "A4"  # one of PAPER_SIZES
    overrides: str = ""  # a folder whose book.html and book.css replace the ones in templates/
    topic_contents: bool = False  # the book's contents list its topics, not every question (a large book)

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


_PRE_CODE = re.compile(r"(<pre\b[^>]*>(?:<span></span>)?<code\b[^>]*>)(.*?)(</code></pre>)", flags=re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*?(/?)>")


def _balanced(line: str) -> bool:
    depth = 0
    for closing, _, self_closing in _TAG.findall(line):
        depth += -1 if closing else 0 if self_closing else 1
        if depth < 0:
            return False
    return depth == 0


# Columns of code a row of a code block holds at least, by paper, as book.css sets it: the page
# width less the margins (2 x 18 mm), the block's padding and border (6 mm + 1 pt), and 60 pt for
# lists, quotes or admonitions around it; 8.5 pt DejaVu Sans Mono, 0.602 em a column.
CODE_COLUMNS = {"A4": 81, "Letter": 84, "A5": 46}


def _columns(row: str) -> int:
    """The columns a row of highlighted code takes: its text without tags, a wide (CJK) character
    two, a tab to the next multiple of 8."""
    columns = 0
    for char in html.unescape(re.sub(r"<[^>]+>", "", row)):
        if char == "\t":
            columns += 8 - columns % 8
        else:
            columns += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return columns


def _code_lines(fragment: str, columns: int = 0) -> str:
    """Each line of a code block in a ``<span class="code-line">``, for the continuation mark of
    ``book.css`` when a line wraps. Pygments closes its spans at each line end; a block whose
    lines are not whole elements keeps its text as it is (it still wraps, without the mark).

    A block whose every line fits in ``columns`` (see :data:`CODE_COLUMNS`) cannot wrap: its
    ``<pre>`` gets ``data-short-lines``, and book.css draws no mark under its lines (WeasyPrint
    paints each line's mark as a pattern of its own, kept in the PDF whether a line wraps or not).
    """

    def lines(match: re.Match[str]) -> str:
        code = match.group(2)
        rows = code.removesuffix("\n").split("\n")
        if not all(_balanced(row) for row in rows):
            return match.group(0)
        body = "".join(f'<span class="code-line">{row}</span>' for row in rows)
        start = match.group(1).replace("<span></span>", "")
        if columns and max(_columns(row) for row in rows) <= columns:
            start = start.replace("<pre", "<pre data-short-lines", 1)
        return start + body + match.group(3)

    return _PRE_CODE.sub(lines, fragment)


_TABLE = re.compile(r"<table\b([^>]*)>(.*?)</table>", flags=re.DOTALL)
_FIRST_ROW = re.compile(r"<tr\b.*?</tr>", flags=re.DOTALL)
_CELL = re.compile(r"<t[hd]\b")
WIDE_TABLE, VERY_WIDE_TABLE = 6, 9  # columns from which a table prints smaller (book.css)


def _table_classes(fragment: str) -> str:
    """Mark tables of many columns ``wide-table`` or ``very-wide-table`` (a smaller font in ``book.css``)."""

    def mark(match: re.Match[str]) -> str:
        row = _FIRST_ROW.search(match.group(2))
        columns = len(_CELL.findall(row.group(0))) if row else 0
        name = "very-wide-table" if columns >= VERY_WIDE_TABLE else "wide-table" if columns >= WIDE_TABLE else ""
        if not name or "class=" in match.group(1):
            return match.group(0)
        return f'<table class="{name}"{match.group(1)}>{match.group(2)}</table>'

    return _TABLE.sub(mark, fragment)


def _scoped(fragment: str, prefix: str, code_columns: int = 0) -> str:
    """Make the ids of one rendered fragment unique in the book (footnotes, headings); open details.
    ``code_columns``: see :func:`_code_lines`."""
    prefix = _attr(prefix)
    fragment = _table_classes(_code_lines(_plain_unstyled_tokens(_EMPTY_ANCHOR.sub("", fragment)), code_columns))
    fragment = _ID_ATTR.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}{m.group(3)}", fragment)
    fragment = _HREF_FRAGMENT.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}{m.group(3)}", fragment)
    return _CLOSED_DETAILS.sub("<details open", fragment)


def _attr(value: str) -> str:
    """``value`` escaped for an attribute in double quotes (the scope of the ids of a fragment)."""
    return html.escape(value, quote=True)


_RESOURCE = re.compile(r'\s(?:src|data|poster)="([^"]*)"|url\(\s*["\']?([^"\')]*)')
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


TEMPLATES = Path(__file__).parent / "templates"
PAPER_SIZES = ("A4", "Letter", "A5")


@functools.cache
def _templates(overrides: str) -> jinja2.Environment:
    folders = [Path(overrides), TEMPLATES] if overrides else [TEMPLATES]
    return jinja2.Environment(
        loader=_TemplateLoader([str(folder) for folder in folders]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def _book(book: Book):  # noqa: ANN202 (a Jinja template module)
    return _templates(book.overrides).get_template("book.html").module


@functools.cache
def _stylesheet(overrides: str) -> str:
    for folder in [Path(overrides)] if overrides else []:
        if (folder / "book.css").is_file():
            return (folder / "book.css").read_text(encoding="utf-8")
    return (TEMPLATES / "book.css").read_text(encoding="utf-8")


class _Writer:
    """What the macros of ``templates/book.html`` ask for. HTML it renders from a bank's Markdown
    (sanitised) is ``Markup``; every other value the templates print is escaped."""

    BOOK_COVER = BOOK_COVER
    BOOK_CONTENTS = BOOK_CONTENTS

    def __init__(
        self,
        book: Book,
        md: MarkdownToHtml,
        resources: dict[str, tuple[str, int]] | None = None,
        pages: Mapping[str, str] | None = None,
    ) -> None:
        self.book = book
        self.pages = pages or {}  # page numbers of questions and answers for the cross-references
        self._macros = _book(book)
        self.resources = {} if resources is None else resources
        self.md = md
        self.self_test = book.edition is Edition.SELF_TEST
        self.titles: dict[tuple[str, str], Markup] = {}

    anchor = staticmethod(anchor)
    plain_text = staticmethod(plain_text)

    @staticmethod
    def shown_url(url: str) -> str:
        """An address as a reader types it: ``/topics/日本/``, not ``/topics/%E6%97%A5%E6%9C%AC/``."""
        try:
            return unquote(url, errors="strict")
        except UnicodeDecodeError:  # not UTF-8 behind the percent signs: shown as it is
            return url

    def title(self, bank: Bank, question: Question) -> Markup:
        key = (bank.slug, question.id)
        if key not in self.titles:
            self.titles[key] = self.inline(question.title)
        return self.titles[key]

    def inline(self, text: str) -> Markup:
        return Markup(self.md.inline(text))

    def fragment(self, text: str, scope: str, bank: Bank, line: int) -> Markup:
        """Markdown of ``bank`` at ``line`` as HTML; the files it loads are noted with that line (:attr:`resources`)."""
        if not text.strip():
            return Markup("")
        rendered = _scoped(self.md.block(text), scope + "--", CODE_COLUMNS.get(self.book.paper, CODE_COLUMNS["A5"]))
        for match in _RESOURCE.finditer(rendered):
            self.resources.setdefault(html.unescape(match.group(1) or match.group(2)), (bank.path, line))
        return Markup(rendered)

    def answer(self, bank: Bank, question: Question) -> Markup:
        if question.answer is None:
            return Markup('<p class="no-answer">No answer yet.</p>')
        return self.fragment(question.answer, anchor("a", bank, question), bank, question.span.start)

    def cover(self) -> str:
        book = self.book
        count = _count(book.question_count, "question") + f" in {_count(len(book.banks), 'topic')}"
        return str(self._macros.cover(self, count))

    def contents(self, pages: Mapping[str, str]) -> str:
        return str(self._macros.contents(self, pages))

    def question_count(self, bank: Bank) -> str:
        return _count(len(bank.questions), "question")

    def part_front(self, index: int, bank: Bank, pages: Mapping[str, str]) -> str:
        count = _count(len(bank.questions), "question")
        return str(self._macros.part_front(self, _PARITY[index % 2], bank, count, pages))

    def body(self, progress: Callable[[int], None], parts: Collection[str]) -> str:
        book = self.book
        out, done = [], 0
        for index, bank in enumerate(book.banks):
            if QUESTIONS in parts:
                out.append(str(self._macros.questions(self, _PARITY[index % 2], bank)))
                done += len(bank.questions)
                progress(done)
        if self.self_test and KEY in parts:
            out.extend(str(self._macros.key(self, _PARITY[index % 2], bank)) for index, bank in enumerate(book.banks))
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
    return str(_book(book).document(book, Markup(book_css(book)), Markup(body)))


COVER, QUESTIONS, KEY = "cover", "questions", "key"  # the parts of book_html


def book_html(
    book: Book,
    md: MarkdownToHtml,
    progress: Callable[[int], None] = lambda done: None,
    resources: dict[str, tuple[str, int]] | None = None,
    *,
    pages: Mapping[str, str] | None = None,
    parts: Collection[str] = (COVER, QUESTIONS, KEY),
) -> str:
    """The book but its contents and topic covers, as one HTML document with its stylesheet inline.

    ``progress`` is called with the number of questions rendered so far; ``resources`` gets the
    address of every file the answers load (images), with the bank file and line that asks for it.
    ``pages`` (see :func:`page_numbers`) gives the self-test edition's cross-references their
    page ("Answer on p. A3", "Question 4 on p. 2"); ``parts`` picks the cover, the questions and
    the answer key.
    """
    writer = _Writer(book, md, resources, pages)
    return _document(book, (writer.cover() if COVER in parts else "") + writer.body(progress, parts))


def contents_html(
    book: Book,
    md: MarkdownToHtml,
    pages: Mapping[str, str],
    resources: dict[str, tuple[str, int]] | None = None,
    *,
    book_contents: bool = True,
) -> str:
    """Every contents of the book (all topics', then each topic's with its cover), as one HTML document.

    ``pages`` maps the id of each question and answer key to its page number
    as printed (see :func:`page_numbers`). Without ``book_contents``, only each topic's.
    """
    writer = _Writer(book, md, resources)
    parts = "".join(writer.part_front(index, bank, pages) for index, bank in enumerate(book.banks))
    return _document(book, (writer.contents(pages) if book_contents else "") + parts)


def front_html(book: Book, md: MarkdownToHtml, pages: Mapping[str, str]) -> str:
    """The book's own cover and the contents of all topics, as one HTML document (for a book
    laid out in chunks, see :mod:`qabank.pdf_chunks`)."""
    writer = _Writer(book, md)
    return _document(book, writer.cover() + writer.contents(pages))


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
    settings = (
        f"@page {{ size: {book.paper if book.paper in PAPER_SIZES else 'A4'}; "
        f"@top-right {{ content: {css_string(book.edition.label)}; }} }}\n"
        f"@page book-contents {{ @top-left {{ content: {css_string(book.site_name)}; }} }}\n"
    )
    code = HtmlFormatter(style=CODE_STYLE).get_style_defs(".highlight")
    return settings + _stylesheet(book.overrides) + code


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string."""
    return '"' + "".join(ch if ch.isprintable() and ch not in '"\\<>' else f"\\{ord(ch):x} " for ch in text) + '"'
