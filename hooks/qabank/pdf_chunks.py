"""A large book laid out a few topics at a time, so that memory stays bounded.

WeasyPrint keeps every laid-out page of a document in memory until the PDF is
written: a book of thousands of questions took gigabytes. Here the topics are
laid out in chunks of about ``PdfJob.chunk_questions`` questions
(:func:`qabank.pdf.render_whole` on each chunk, which writes each topic's own
PDF), then the book's cover and contents, and the book is put together from
those PDFs with pypdf: the front, each topic's cover, contents and questions,
then (self-test edition) each topic's answer key. What WeasyPrint would have
drawn across them is added from what it laid out: page labels, bookmarks,
named destinations and links (every link, inside a topic or from the book's
contents), so the book reads like one laid out in one go.
"""

from __future__ import annotations

import html
import io
import logging
import multiprocessing
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.constants import PageLabelStyle
from pypdf.generic import Fit

from .model import Bank
from .pdf import (
    PdfEdition,
    PdfJob,
    RenderedPdf,
    TopicPages,
    book_for,
    html_to_document,
    local_files,
    pdf_editions,
    render_whole,
)
from .print_html import BOOK_CONTENTS, Book, Edition, MarkdownToHtml, anchor, front_html

PX = 0.75  # PDF points per CSS pixel
_STYLES = {"/D": PageLabelStyle.DECIMAL, "/r": PageLabelStyle.LOWERCASE_ROMAN, "": None}


def chunks(banks: Sequence[Bank], size: int) -> list[list[Bank]]:
    """Consecutive topics, about ``size`` questions a chunk (a larger topic is a chunk of its own)."""
    out: list[list[Bank]] = []
    count = size
    for bank in banks:
        if count + len(bank.questions) > size and (not out or out[-1]):
            out.append([])
            count = 0
        out[-1].append(bank)
        count += len(bank.questions)
    return out


def lay_out_chunk(
    job: PdfJob, edition: Edition, group: Sequence[Bank], md: MarkdownToHtml | None = None
) -> tuple[list[RenderedPdf], dict[str, TopicPages]]:
    """The PDFs of the topics of one chunk and what :func:`join_book` needs of each."""
    return render_whole(replace(job, banks=list(group)), edition, md, write_book=False)


def render_in_chunks(job: PdfJob, edition: Edition, md: MarkdownToHtml | None = None) -> list[RenderedPdf]:
    """Every PDF of one edition, the topics laid out in chunks one after another (see the module)."""
    start = time.perf_counter()
    md = md or MarkdownToHtml(job.markdown_extensions, job.markdown_configs)
    topics: dict[str, RenderedPdf] = {}
    facts: dict[str, TopicPages] = {}
    for group in chunks(job.banks, job.chunk_questions):
        pdfs, group_facts = lay_out_chunk(job, edition, group, md)
        topics |= {pdf.edition.topic: pdf for pdf in pdfs}
        facts |= group_facts
    whole = join_book(job, edition, topics, facts, md, time.perf_counter() - start)
    return [whole, *(replace(topics[bank.slug], problems=()) for bank in job.banks)]


def join_book(
    job: PdfJob,
    edition: Edition,
    topics: Mapping[str, RenderedPdf],
    facts: Mapping[str, TopicPages],
    md: MarkdownToHtml | None = None,
    seconds: float = 0.0,
) -> RenderedPdf:
    """The book of one edition put together from the PDFs of its topics (in chunk order), with
    its own cover and contents; ``seconds``: how long laying out the topics took."""
    start = time.perf_counter()
    log = logging.getLogger(job.logger)
    md = md or MarkdownToHtml(job.markdown_extensions, job.markdown_configs)
    numbers: dict[str, str] = {}
    for fact in facts.values():
        numbers |= fact.numbers
    book = book_for(job, edition)
    front = html_to_document(front_html(book, md, numbers), job.base_url, local_files(job.docs_dir or None))
    front_pages = [(dict(page.anchors), [(k, t, r) for k, t, r, *_ in page.links]) for page in front.pages]
    # The contents link to pages of other PDFs: WeasyPrint, which cannot find them, drops those links
    # (with an error line each); _finish adds them to the book.
    weasyprint_log = logging.getLogger("weasyprint")
    weasyprint_log.addFilter(_no_anchor_lines)
    try:
        front_pdf = front.write_pdf()
    finally:
        weasyprint_log.removeFilter(_no_anchor_lines)
    del front

    writer = PdfWriter()
    placed: list[tuple[dict, list]] = []  # per page of the book: anchors and links, as laid out
    readers: dict[int, PdfReader] = {}
    labels: list[tuple[int, str, str]] = []

    def add(data: bytes, first: int, end: int, laid: Sequence[tuple[dict, list]], run: list) -> None:
        if end <= first:
            return
        # Without their annotations: every link is added again by _finish, those across topics too.
        # One reader per topic PDF: its answer key, added later, shares the fonts already copied.
        if id(data) not in readers:
            readers[id(data)] = PdfReader(io.BytesIO(data))
        reader = readers[id(data)]
        writer.append(reader, pages=(first, end), import_outline=False, excluded_fields=("/B", "/Annots"))
        for offset, style, prefix in run:
            labels.append((len(placed) + offset, style, prefix))
        placed.extend(laid[first:end])

    add(front_pdf, 0, len(front_pages), front_pages, [(0, "", "Cover"), (1, "/r", "")])
    for bank in job.banks:  # each topic's cover and contents (i, ii, ...), then its questions (1, 2, ...)
        fact = facts[bank.slug]
        laid = list(zip(fact.anchors, fact.links, strict=True))
        front_count = _front_count(fact)
        run = [(0, "/r", "")] + ([(front_count, "/D", "")] if fact.before_key > front_count else [])
        add(topics[bank.slug].data, 0, fact.before_key, laid, run)
    if edition is Edition.SELF_TEST:
        for bank in job.banks:  # each topic's part of the answer key (A1, A2, ...)
            fact = facts[bank.slug]
            laid = list(zip(fact.anchors, fact.links, strict=True))
            add(topics[bank.slug].data, fact.before_key, len(laid), laid, [(0, "/D", "A")])
    _finish(writer, placed, labels, book, job, lambda text: _text(md.inline(text)))
    out = io.BytesIO()
    writer.write(out)
    paths = {e.topic: e.path for e in pdf_editions(job.banks, job.site_name, job.folder) if e.edition is edition}
    problems = tuple(p for pdf in topics.values() for p in pdf.problems)
    seconds += time.perf_counter() - start
    log.info(
        f"PDF: {edition.label.lower()} put together from {len(topics)} topics, {len(placed)} pages, {seconds:.1f} s"
    )
    return RenderedPdf(PdfEdition(paths[None], edition), out.getvalue(), len(placed), seconds, problems)


def _no_anchor_lines(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("No anchor #")


def _front_count(fact: TopicPages) -> int:
    """Pages of a topic's cover and contents: those before the page of its first question."""
    for index, anchors in enumerate(fact.anchors):
        if any(name.startswith("questions--") for name in anchors):
            return index
    return fact.before_key


def _text(fragment: str) -> str:
    """The text of an HTML fragment, as WeasyPrint gives bookmarks (``bookmark-label: content(text)``)."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def _finish(
    writer: PdfWriter,
    placed: list[tuple[dict, list]],
    labels: list,
    book: Book,
    job: PdfJob,
    title: Callable[[str], str],
) -> None:
    """Labels, named destinations, links and bookmarks of the book put together."""
    for number, (first, style, prefix) in enumerate(labels):
        last = labels[number + 1][0] - 1 if number + 1 < len(labels) else len(placed) - 1
        writer.set_page_label(first, last, _STYLES[style], prefix or None, 1)
    where: dict[str, tuple[int, float, float]] = {}
    for index, (anchors, _) in enumerate(placed):
        for name, (x, y, *_) in anchors.items():
            where.setdefault(name, (index, x, y))
    heights = [float(page.mediabox.height) for page in writer.pages]
    # pypdf keeps the names sorted, searching from the first for each: last to first, each is the new first.
    for name in sorted(where, reverse=True):
        if name.startswith(("q--", "a--", "part--", "key--", "contents--", "questions--")):
            writer.add_named_destination(name, where[name][0])
    for index, (_, links) in enumerate(placed):
        height = heights[index]
        for kind, target, (x1, y1, x2, y2) in links:
            rect = (x1 * PX, height - y2 * PX, x2 * PX, height - y1 * PX)
            if kind == "internal" and target in where:
                page, tx, ty = where[target]
                fit = Fit.xyz(left=tx * PX, top=heights[page] - ty * PX)
                writer.add_annotation(index, Link(rect=rect, target_page_index=page, fit=fit))
            elif kind == "external":
                writer.add_annotation(index, Link(rect=rect, url=target))
    _outline(writer, where, book, title)
    writer.add_metadata(
        {
            "/Title": f"{job.site_name} ({book.edition.label})",
            "/Author": job.site_name,
            "/Creator": "qabank",
            "/CreationDate": f"D:{book.built.strftime('%Y%m%d')}000000Z",
        }
    )


def _outline(
    writer: PdfWriter, where: dict[str, tuple[int, float, float]], book: Book, text: Callable[[str], str]
) -> None:
    """Bookmarks as WeasyPrint makes them: Contents, each topic with its questions, each answer key with its answers."""
    if BOOK_CONTENTS in where:
        writer.add_outline_item(title="Contents", page_number=where[BOOK_CONTENTS][0])
    for bank in book.banks:
        if anchor("part", bank) not in where:
            continue
        parent = writer.add_outline_item(title=text(bank.title), page_number=where[anchor("part", bank)][0])
        for question in bank.questions:
            name = anchor("q", bank, question)
            if name in where:
                title = f"{question.position}. {text(question.title)}"
                writer.add_outline_item(title=title, page_number=where[name][0], parent=parent)
    if book.edition is Edition.SELF_TEST:
        for bank in book.banks:
            if anchor("key", bank) not in where:
                continue
            title = f"Answer key: {text(bank.title)}"
            parent = writer.add_outline_item(title=title, page_number=where[anchor("key", bank)][0])
            for question in bank.questions:
                name = anchor("a", bank, question)
                if name in where:
                    title = f"{question.position}. {text(question.title)}"
                    writer.add_outline_item(title=title, page_number=where[name][0], parent=parent)


_JOB: PdfJob | None = None  # the job of render_chunks_in_parallel, inherited by its forked workers


def _chunk_task(task: tuple[Edition, int]) -> tuple[Edition, int, list[RenderedPdf], dict[str, TopicPages], float]:
    start = time.perf_counter()
    edition, index = task
    assert _JOB is not None
    pdfs, facts = lay_out_chunk(_JOB, edition, chunks(_JOB.banks, _JOB.chunk_questions)[index])
    return edition, index, pdfs, facts, time.perf_counter() - start


def _join_task(
    edition: Edition, topics: dict[str, RenderedPdf], facts: dict[str, TopicPages], seconds: float
) -> RenderedPdf:
    assert _JOB is not None
    return join_book(_JOB, edition, topics, facts, seconds=seconds)


def render_chunks_in_parallel(job: PdfJob, workers: int, collect: Callable[[list[RenderedPdf]], None]) -> None:
    """Every PDF of both editions, each chunk of each edition laid out, and each book put together,
    in a process of its own (forked, at most ``workers`` at a time), so that the memory WeasyPrint
    and pypdf hold goes back to the system after each. ``collect`` gets the PDFs as they come."""
    global _JOB
    import weasyprint  # noqa: F401  (once, before the workers fork, rather than in each)

    groups = chunks(job.banks, job.chunk_questions)
    tasks = [(edition, index) for edition in reversed(Edition) for index in range(len(groups))]
    laid: dict[Edition, dict[int, tuple[list[RenderedPdf], dict[str, TopicPages]]]] = {e: {} for e in Edition}
    seconds = dict.fromkeys(Edition, 0.0)
    _JOB = job
    try:
        with multiprocessing.get_context("fork").Pool(workers, maxtasksperchild=1) as pool:
            joins = []
            for edition, index, pdfs, facts, took in pool.imap_unordered(_chunk_task, tasks):
                laid[edition][index] = pdfs, facts
                seconds[edition] += took
                collect([replace(pdf, problems=()) for pdf in pdfs])
                if len(laid[edition]) == len(groups):
                    topics = {pdf.edition.topic: pdf for i in range(len(groups)) for pdf in laid[edition][i][0]}
                    all_facts = {slug: f for i in range(len(groups)) for slug, f in laid[edition][i][1].items()}
                    joins.append(pool.apply_async(_join_task, (edition, topics, all_facts, seconds[edition])))
                    del laid[edition]
            for join in joins:
                collect([join.get()])
    finally:
        _JOB = None
