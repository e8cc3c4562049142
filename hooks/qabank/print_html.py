"""The printable book of one or more banks: HTML and CSS rendered from the model.

Pure Python (Python-Markdown and Pygments, no site engine): the caller passes
the Markdown extensions the site uses, so answers look the same in print as on
the site. Answers are rendered straight into the page, never inside a
collapsed ``<details>``, so every edition shows them without JavaScript.

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

import markdown
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
    """``value`` escaped for an attribute in double quotes (ids and links made from bank slugs and ids)."""
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


class _Writer:
    def __init__(self, book: Book, md: MarkdownToHtml) -> None:
        self.book = book
        self.md = md
        self.titles: dict[tuple[str, str], str] = {}

    def title(self, bank: Bank, question: Question) -> str:
        key = (bank.slug, question.id)
        if key not in self.titles:
            self.titles[key] = self.md.inline(question.title)
        return self.titles[key]

    def fragment(self, text: str, scope: str) -> str:
        return _scoped(self.md.block(text), scope + "--") if text.strip() else ""

    def cover_fields(self, over: str, title: str, count: str, title_class: str) -> str:
        return (
            f'<p class="cover-site">{over}</p>'
            f'<h1 class="cover-title {title_class}">{title}</h1>'
            f'<p class="cover-edition">{self.book.edition.label}</p>'
            f'<p class="cover-count">{count}</p>'
            f'<p class="cover-date">Built {self.book.built.isoformat()}</p>'
        )

    # -- the book's own front matter ------------------------------------------------

    def cover(self) -> str:
        book = self.book
        count = _count(book.question_count, "question") + f" in {_count(len(book.banks), 'topic')}"
        fields = self.cover_fields("All topics", html.escape(book.site_name), count, "book-title")
        return f'<section class="cover" id="{BOOK_COVER}">{fields}</section>'

    def entry(self, target: str, label: str, pages: Mapping[str, str], css_class: str = "") -> str:
        """A line of a contents: a link, a leader and the page number of ``target``."""
        css = f' class="{css_class}"' if css_class else ""
        return f'<a{css} href="#{_attr(target)}" data-page="{_attr(pages.get(target, ""))}">{label}</a>'

    def question_entries(self, bank: Bank, pages: Mapping[str, str]) -> str:
        return "".join(
            "<li>"
            + self.entry(
                anchor("q", bank, q), f'<span class="toc-num">{q.position}.</span> {self.title(bank, q)}', pages
            )
            + "</li>"
            for q in bank.questions
        )

    def contents(self, pages: Mapping[str, str]) -> str:
        book = self.book
        items = [
            f'<li class="toc-topic"><a href="#{_attr(anchor("part", bank))}">{self.md.inline(bank.title)}</a>'
            f"<ol>{self.question_entries(bank, pages)}</ol></li>"
            for bank in book.banks
        ]
        if book.edition is Edition.SELF_TEST and book.banks:
            keys = "".join(
                f"<li>{self.entry(anchor('key', bank), self.md.inline(bank.title), pages, 'to-key')}</li>"
                for bank in book.banks
            )
            items.append(f'<li class="toc-topic"><span>Answer key</span><ol>{keys}</ol></li>')
        return (
            f'<nav class="toc book-contents" id="{BOOK_CONTENTS}"><h1 class="toc-title">Contents</h1>'
            f"<ol>{''.join(items)}</ol></nav>"
        )

    # -- parts ----------------------------------------------------------------------

    def meta(self, bank: Bank, question: Question) -> str:
        parts = []
        if question.tags:
            parts.append(
                '<span class="tags">'
                + " ".join(f'<span class="tag">{html.escape(t)}</span>' for t in question.tags)
                + "</span>"
            )
        url = self.book.question_urls.get((bank.slug, question.id), "")
        if url:
            parts.append(f'<a class="online" href="{html.escape(url)}">{html.escape(url)}</a>')
        return f'<p class="question-meta">{" ".join(parts)}</p>' if parts else ""

    def answer(self, bank: Bank, question: Question) -> str:
        if question.answer is None:
            return '<p class="no-answer">No answer yet.</p>'
        return self.fragment(question.answer, anchor("a", bank, question))

    def section_heading(self, question: Question, previous: Question | None) -> str:
        if question.section is None or (previous is not None and previous.section == question.section):
            return ""
        return f'<h2 class="section-title">{self.md.inline(question.section)}</h2>'

    def question(self, bank: Bank, question: Question) -> str:
        q_id, a_id = anchor("q", bank, question), anchor("a", bank, question)
        prompt = self.fragment(question.prompt, q_id) if question.prompt else ""
        prompt = f'<div class="prompt">{prompt}</div>' if prompt else ""  # no empty box: it would let a page break in
        heading = (
            f'<h2 class="question-title" id="{_attr(q_id)}"><span class="num">{question.position}.</span> '
            f"{self.title(bank, question)}</h2>"
        )
        if self.book.edition is Edition.STUDY:
            body = f'<div class="answer"><p class="answer-label">Answer</p>{self.answer(bank, question)}</div>'
        else:
            # No page numbers on these links (nor on the way back): WeasyPrint lays out every
            # page with a target-counter() again, which made this edition twice as slow.
            # The key keeps the question numbers, so paper readers find their way too.
            body = f'<p class="to-answer"><a href="#{_attr(a_id)}">Answer in the answer key</a></p>'
        return (
            f'<article class="question"><header class="question-head">{heading}{self.meta(bank, question)}</header>'
            f"{prompt}{body}</article>"
        )

    def part_front(self, index: int, bank: Bank, pages: Mapping[str, str]) -> str:
        """A topic's first pages: its cover (site, title, edition, count, date), intro and contents."""
        cover = self.cover_fields(
            html.escape(self.book.site_name),
            self.md.inline(bank.title),
            _count(len(bank.questions), "question"),
            "part-title",
        )
        key = ""
        if self.book.edition is Edition.SELF_TEST:
            key = f'<li class="toc-topic">{self.entry(anchor("key", bank), "Answer key", pages, "to-key")}</li>'
        intro = self.fragment(bank.intro, anchor("part", bank)) if bank.intro else ""
        return (
            # WeasyPrint makes one page group of consecutive elements with the same page name:
            # alternating two names restarts the page numbers with each topic.
            f'<section class="part-front contents-{_PARITY[index % 2]}" id="{_attr(anchor("contents", bank))}">'
            f'<div class="part-cover" id="{_attr(anchor("part", bank))}">{cover}</div>'
            + (f'<div class="topic-intro">{intro}</div>' if intro else "")
            + f'<nav class="toc"><h2 class="part-toc-title">Contents</h2>'
            f"<ol>{self.question_entries(bank, pages)}{key}</ol></nav></section>"
        )

    def questions(self, index: int, bank: Bank) -> str:
        """A topic's questions; the running header names the topic."""
        out, previous = [], None
        for question in bank.questions:
            out.append(self.section_heading(question, previous))
            out.append(self.question(bank, question))
            previous = question
        return (
            f'<section class="questions questions-{_PARITY[index % 2]}" id="{_attr(anchor("questions", bank))}">'
            f'<p class="running-topic">{html.escape(plain_text(bank.title))}</p>{"".join(out)}</section>'
        )

    def key_entry(self, bank: Bank, question: Question) -> str:
        q_id, a_id = anchor("q", bank, question), anchor("a", bank, question)
        return (
            f'<article class="key-entry">'
            f'<header class="key-head"><h2 class="key-title" id="{_attr(a_id)}">'
            f'<span class="num">{question.position}.</span> '
            f"{self.title(bank, question)}</h2>"
            f'<p class="to-question"><a href="#{_attr(q_id)}">Back to question {question.position}</a></p></header>'
            f'<div class="answer">{self.answer(bank, question)}</div></article>'
        )

    def key(self, index: int, bank: Bank) -> str:
        entries = "".join(self.key_entry(bank, q) for q in bank.questions)
        return (
            f'<section class="key key-{_PARITY[index % 2]}" id="{_attr(anchor("key", bank))}">'
            f'<h1 class="key-heading">Answer key: {self.md.inline(bank.title)}</h1>{entries}</section>'
        )

    def body(self, progress: Callable[[int], None]) -> str:
        book = self.book
        out, done = [], 0
        for index, bank in enumerate(book.banks):
            out.append(self.questions(index, bank))
            done += len(bank.questions)
            progress(done)
        if book.edition is Edition.SELF_TEST:
            out.extend(self.key(index, bank) for index, bank in enumerate(book.banks))
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
    return (
        f'<!DOCTYPE html><html lang="{html.escape(book.language)}"><head><meta charset="utf-8">'
        f"<title>{html.escape(book.site_name)} ({book.edition.label})</title>"
        f'<meta name="author" content="{html.escape(book.site_name)}">'
        f'<meta name="generator" content="qabank">'
        f'<meta name="dcterms.created" content="{book.built.isoformat()}">'
        f"<style>{book_css(book)}</style></head>"
        f'<body class="edition-{book.edition.value}">{body}</body></html>'
    )


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
    return '"' + "".join(ch if ch.isprintable() and ch not in '"\\' else f"\\{ord(ch):x} " for ch in text) + '"'


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
