"""A large book laid out a few topics at a time, so that memory stays bounded.

WeasyPrint keeps every laid-out page of a document in memory until the PDF is
written: a book of thousands of questions took gigabytes. Here the topics are
laid out in chunks of about ``PdfJob.chunk_questions`` questions
(:func:`qabank.pdf.render_whole` on each chunk, which writes each topic's own
PDF), then the book's cover and contents, and the book is put together from
those PDFs with pikepdf (qpdf): the front, each topic's cover, contents and questions,
then (self-test edition) each topic's answer key. What WeasyPrint would have
drawn across them is added from what it laid out: page labels, bookmarks,
named destinations and links (every link, inside a topic or from the book's
contents), so the book reads like one laid out in one go.
"""

from __future__ import annotations

import gc
import html
import io
import logging
import multiprocessing
import multiprocessing.connection
import queue
import re
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import pikepdf

from .model import Bank
from .pdf import (
    PdfEdition,
    PdfJob,
    RenderedPdf,
    TopicPages,
    book_for,
    frozen_for_fork,
    html_to_document,
    local_files,
    pdf_editions,
    render_whole,
)
from .print_html import BOOK_CONTENTS, Book, Edition, MarkdownToHtml, anchor, front_html

PX = 0.75  # PDF points per CSS pixel


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


Front = tuple[bytes, list[tuple[dict, list]]]  # a book's cover and contents: its PDF, each page's anchors and links


def lay_out_front(job: PdfJob, edition: Edition, numbers: Mapping[str, str], md: MarkdownToHtml) -> Front:
    """The book's own cover and contents of all topics, with the page numbers of its topics' PDFs
    (:attr:`TopicPages.numbers`)."""
    book = book_for(job, edition)
    front = html_to_document(front_html(book, md, numbers), job.base_url, local_files(job.docs_dir or None))
    front_pages = [(dict(page.anchors), [(k, t, r) for k, t, r, *_ in page.links]) for page in front.pages]
    # The contents link to pages of other PDFs: WeasyPrint, which cannot find them, drops those links
    # (with an error line each); _finish adds them to the book.
    weasyprint_log = logging.getLogger("weasyprint")
    weasyprint_log.addFilter(_no_anchor_lines)
    try:
        return front.write_pdf(), front_pages
    finally:
        weasyprint_log.removeFilter(_no_anchor_lines)


def join_book(
    job: PdfJob,
    edition: Edition,
    topics: Mapping[str, RenderedPdf],
    facts: Mapping[str, TopicPages],
    md: MarkdownToHtml | None = None,
    seconds: float = 0.0,
    front: Front | None = None,
) -> RenderedPdf:
    """The book of one edition put together from the PDFs of its topics (in chunk order), with
    its own cover and contents (``front``, laid out here if not given); ``seconds``: how long
    laying out the topics (and the front) took."""
    start = time.perf_counter()
    log = logging.getLogger(job.logger)
    md = md or MarkdownToHtml(job.markdown_extensions, job.markdown_configs)
    book = book_for(job, edition)
    front_pdf, front_pages = front or lay_out_front(job, edition, _numbers(facts), md)

    book_pdf = pikepdf.Pdf.new()
    placed: list[tuple[dict, list]] = []  # per page of the book: anchors and links, as laid out
    sources: dict[int, pikepdf.Pdf] = {}
    labels: list[tuple[int, str, str]] = []

    def add(data: bytes, first: int, end: int, laid: Sequence[tuple[dict, list]], run: list) -> None:
        if end <= first:
            return
        # One source per topic PDF: its answer key, added later, shares the fonts already copied.
        if id(data) not in sources:
            source = sources[id(data)] = pikepdf.Pdf.open(io.BytesIO(data))
            for page in source.pages:  # every link is added again by _finish, those across topics too
                for key in ("/Annots", "/B"):
                    if key in page.obj:
                        del page.obj[key]
        book_pdf.pages.extend(sources[id(data)].pages[first:end])
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
    _finish(book_pdf, placed, labels, book, job, lambda text: _text(md.inline(text)))
    # Written to a file, read back once: no growing buffer beside qpdf's own.
    with tempfile.TemporaryFile() as file:
        book_pdf.save(
            file,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
        book_pdf.close()
        for source in sources.values():
            source.close()
        file.seek(0)
        data = file.read()
    paths = {e.topic: e.path for e in pdf_editions(job.banks, job.site_name, job.folder) if e.edition is edition}
    problems = tuple(p for pdf in topics.values() for p in pdf.problems)
    seconds += time.perf_counter() - start
    log.info(
        f"PDF: {edition.label.lower()} put together from {len(topics)} topics, {len(placed)} pages, {seconds:.1f} s"
    )
    return RenderedPdf(PdfEdition(paths[None], edition), data, len(placed), seconds, problems)


def _numbers(facts: Mapping[str, TopicPages]) -> dict[str, str]:
    return {name: number for fact in facts.values() for name, number in fact.numbers.items()}


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
    pdf: pikepdf.Pdf,
    placed: list[tuple[dict, list]],
    labels: list,
    book: Book,
    job: PdfJob,
    title: Callable[[str], str],
) -> None:
    """Labels, named destinations, links and bookmarks of the book put together."""
    numbers = pikepdf.Array()
    for first, style, prefix in labels:
        label = pikepdf.Dictionary(St=1)
        if style:
            label.S = pikepdf.Name(style)
        if prefix:
            label.P = pikepdf.String(prefix)
        numbers.extend([first, label])
    pdf.Root.PageLabels = pikepdf.Dictionary(Nums=numbers)
    where: dict[str, tuple[int, float, float]] = {}
    for index, (anchors, _) in enumerate(placed):
        for name, (x, y, *_) in anchors.items():
            where.setdefault(name, (index, x, y))
    pages = [page.obj for page in pdf.pages]
    heights = [float(page.MediaBox[3]) for page in pages]

    def destination(name: str) -> pikepdf.Array:
        page, x, y = where[name]
        return pikepdf.Array([pages[page], pikepdf.Name.XYZ, x * PX, heights[page] - y * PX, 0])

    names = pikepdf.Array()
    for name in sorted(where):  # every id, as WeasyPrint names them; a name tree's names are sorted
        names.extend([pikepdf.String(name), destination(name)])
    pdf.Root.Names = pikepdf.Dictionary(Dests=pikepdf.Dictionary(Names=names))
    for index, (_, links) in enumerate(placed):
        height = heights[index]
        annotations = []
        for kind, target, (x1, y1, x2, y2) in links:
            link = pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Link,
                Rect=[x1 * PX, height - y2 * PX, x2 * PX, height - y1 * PX],
                Border=[0, 0, 0],
            )
            if kind == "internal" and target in where:
                link.Dest = destination(target)
            elif kind == "external":
                link.A = pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(target))
            else:
                continue
            annotations.append(pdf.make_indirect(link))
        if annotations:
            pages[index].Annots = pikepdf.Array(annotations)
    _outline(pdf, where, book, title)
    pdf.docinfo.Title = pikepdf.String(f"{job.site_name} ({book.edition.label})")
    pdf.docinfo.Author = pikepdf.String(job.site_name)
    pdf.docinfo.Creator = pikepdf.String("qabank")
    pdf.docinfo.CreationDate = pikepdf.String(f"D:{book.built.strftime('%Y%m%d')}000000Z")


def _outline(
    pdf: pikepdf.Pdf, where: dict[str, tuple[int, float, float]], book: Book, text: Callable[[str], str]
) -> None:
    """Bookmarks as WeasyPrint makes them: Contents, each topic with its questions, each answer key with its answers."""

    def item(title: str, name: str) -> pikepdf.OutlineItem:
        return pikepdf.OutlineItem(title, where[name][0])

    with pdf.open_outline() as outline:
        if BOOK_CONTENTS in where:
            outline.root.append(item("Contents", BOOK_CONTENTS))
        for bank in book.banks:
            if anchor("part", bank) not in where:
                continue
            parent = item(text(bank.title), anchor("part", bank))
            outline.root.append(parent)
            for question in bank.questions:
                name = anchor("q", bank, question)
                if name in where:
                    parent.children.append(item(f"{question.position}. {text(question.title)}", name))
        if book.edition is Edition.SELF_TEST:
            for bank in book.banks:
                if anchor("key", bank) not in where:
                    continue
                parent = item(f"Answer key: {text(bank.title)}", anchor("key", bank))
                outline.root.append(parent)
                for question in bank.questions:
                    name = anchor("a", bank, question)
                    if name in where:
                        parent.children.append(item(f"{question.position}. {text(question.title)}", name))


_JOB: PdfJob | None = None  # the job of render_chunks_in_parallel, inherited by its forked workers
# What each book is put together from (its topics' PDFs, their pages, its front), inherited by the
# forked worker that puts it together instead of copied to it through a pipe.
_BOOKS: dict[Edition, tuple[dict[str, RenderedPdf], dict[str, TopicPages], Front]] = {}


def _chunk_task(edition: Edition, index: int) -> tuple[list[RenderedPdf], dict[str, TopicPages], float]:
    start = time.perf_counter()
    assert _JOB is not None
    pdfs, facts = lay_out_chunk(_JOB, edition, chunks(_JOB.banks, _JOB.chunk_questions)[index])
    return pdfs, facts, time.perf_counter() - start


def _front_task(edition: Edition, numbers: dict[str, str]) -> tuple[Front, float]:
    start = time.perf_counter()
    assert _JOB is not None
    md = MarkdownToHtml(_JOB.markdown_extensions, _JOB.markdown_configs)
    return lay_out_front(_JOB, edition, numbers, md), time.perf_counter() - start


def _join_task(edition: Edition, seconds: float) -> RenderedPdf:
    assert _JOB is not None
    topics, facts, front = _BOOKS[edition]
    return join_book(_JOB, edition, topics, facts, seconds=seconds, front=front)


def _send(connection: multiprocessing.connection.Connection, function: Callable, args: tuple) -> None:
    try:
        result = function(*args)
    except BaseException as error:  # noqa: BLE001  (handed to the parent, which raises it)
        connection.send((None, error))
    else:
        connection.send((result, None))
    connection.close()


def render_chunks_in_parallel(job: PdfJob, workers: int, collect: Callable[[list[RenderedPdf]], None]) -> None:
    """Every PDF of both editions, each chunk of each edition laid out, each book's front and each
    book put together in a process of its own, forked when it starts (at most ``workers`` at a
    time), so that it inherits what it needs and the memory WeasyPrint holds goes back to the system
    after each. ``collect`` gets the PDFs as they come.

    The self-test edition's chunks go first; its front is laid out as soon as they are done, and its
    book put together as soon as its front is, beside the study edition's chunks, so that only the
    study edition's front and book are left after its last chunk. The two fronts are never laid out
    at the same time, nor the two books put together at the same time.
    """
    global _JOB
    import weasyprint  # noqa: F401  (once, before the workers fork, rather than in each)

    groups = chunks(job.banks, job.chunk_questions)
    waiting = deque((edition, index) for edition in reversed(Edition) for index in range(len(groups)))
    laid: dict[Edition, dict[int, tuple[list[RenderedPdf], dict[str, TopicPages]]]] = {e: {} for e in Edition}
    seconds = dict.fromkeys(Edition, 0.0)
    fronts: dict[Edition, Front] = {}
    context = multiprocessing.get_context("fork")
    finished: queue.SimpleQueue = queue.SimpleQueue()
    forked: list[multiprocessing.process.BaseProcess] = []
    waiters: list[threading.Thread] = []
    running: set[tuple] = set()
    joined: set[Edition] = set()

    def start(task: tuple, function: Callable, *args: object) -> None:
        """Run ``function`` in a process forked now; its result or error comes through ``finished``."""
        receive, send = context.Pipe(duplex=False)
        gc.freeze()  # what came since the last fork too (see frozen_for_fork)
        process = context.Process(target=_send, args=(send, function, args), daemon=True)
        process.start()
        forked.append(process)
        send.close()
        running.add(task)

        def wait() -> None:
            try:
                result, error = receive.recv()
            except EOFError:
                result, error = None, RuntimeError(f"PDF: the worker of {task} ended without a result")
            receive.close()
            process.join()
            finished.put((task, result, error))

        waiter = threading.Thread(target=wait, daemon=True)
        waiter.start()
        waiters.append(waiter)

    def busy(kind: str) -> bool:
        return any(task[0] == kind for task in running)

    _JOB = job
    try:
        with frozen_for_fork():
            while len(joined) < len(Edition):
                while len(running) < workers:
                    to_join = [e for e in fronts if e not in _BOOKS and e not in joined]
                    to_front = [e for e in Edition if e not in fronts and len(laid[e]) == len(groups)]
                    if to_join and not busy("join"):
                        edition = to_join[0]
                        _BOOKS[edition] = (
                            {pdf.edition.topic: pdf for i in range(len(groups)) for pdf in laid[edition][i][0]},
                            _facts(laid[edition]),
                            fronts[edition],
                        )
                        start(("join", edition), _join_task, edition, seconds[edition])
                    elif to_front and not busy("front"):
                        edition = to_front[0]
                        start(("front", edition), _front_task, edition, _numbers(_facts(laid[edition])))
                    elif waiting:
                        edition, index = waiting.popleft()
                        start(("chunk", edition, index), _chunk_task, edition, index)
                    else:
                        break
                if not running:
                    raise RuntimeError("PDF: nothing left to lay out, yet the books are not all put together")
                task, result, error = finished.get()
                running.discard(task)
                if error is not None:
                    raise error
                if task[0] == "chunk":
                    pdfs, chunk_facts, took = result
                    laid[task[1]][task[2]] = pdfs, chunk_facts
                    seconds[task[1]] += took
                    collect([replace(pdf, problems=()) for pdf in pdfs])
                elif task[0] == "front":
                    fronts[task[1]], took = result
                    seconds[task[1]] += took
                else:
                    collect([result])
                    joined.add(task[1])
                    del _BOOKS[task[1]]
                    laid[task[1]] = {}
    finally:
        for process in forked:  # still at work when another failed
            if process.is_alive():
                process.terminate()
        # Each waiter joins its process: until it has, a process it reaped can still look alive.
        for waiter in waiters:
            waiter.join()
        for process in forked:
            process.join()
        _JOB = None
        _BOOKS.clear()


def _facts(laid: Mapping[int, tuple[list[RenderedPdf], dict[str, TopicPages]]]) -> dict[str, TopicPages]:
    return {slug: fact for index in sorted(laid) for slug, fact in laid[index][1].items()}
