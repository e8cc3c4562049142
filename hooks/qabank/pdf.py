"""PDF editions of banks: which files to make, and making them with WeasyPrint.

Pure Python, no site engine. For all banks together and for every bank there
is a study edition and a self-test edition (see :mod:`qabank.print_html`).
WeasyPrint lays out the book of all banks once per edition, resolving
``string-set`` (the running header), page groups (page numbers that start
again in each topic) and ``bookmark-level`` (the PDF outline); then the
contents, with the page numbers the book came out with. The pages of both are
put in reading order, and each topic's PDF is its own pages of that book, so
no question is laid out twice for the same edition. The two editions are laid
out in parallel processes. A book of many questions is laid out a few topics
at a time instead (:mod:`qabank.pdf_chunks`), each chunk in a process of its
own, so memory stays bounded.

WeasyPrint fetches nothing from the network: :class:`LocalFiles` serves files
under the banks' folder and ``data:`` URLs, and every address it refuses or
cannot read becomes a problem naming the bank line that asks for it. Every
PDF carries page labels (``/PageLabels``), so a viewer's page box shows the
numbers printed in the footers (i, ii, 1, 2, A1).
"""

from __future__ import annotations

import copy
import io
import logging
import multiprocessing
import os
import posixpath
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

from .collector import fewer_collections, frozen_for_fork
from .ids import slug_for
from .model import Bank, Question
from .pages import plain_text
from .print_html import (
    BOOK_CONTENTS,
    BOOK_COVER,
    COVER,
    KEY,
    QUESTIONS,
    Book,
    Edition,
    MarkdownToHtml,
    anchor,
    book_html,
    contents_html,
    page_numbers,
    reading_order,
    topic_segments,
)

if TYPE_CHECKING:
    from weasyprint import Document


@dataclass(frozen=True)
class PdfEdition:
    """One PDF file of the site: its path in the site, edition and topic (``None``: every topic)."""

    path: str
    edition: Edition
    topic: str | None = None


@dataclass(frozen=True)
class RenderedPdf:
    edition: PdfEdition
    data: bytes
    pages: int
    seconds: float
    problems: tuple[str, ...] = ()  # "docs/FILE:LINE: what to change", for the build log

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class PdfJob:
    """Everything needed to render every edition; plain data, so it can go to worker processes."""

    banks: Sequence[Bank]
    site_name: str
    built: date
    question_urls: Mapping[tuple[str, str], str] = field(default_factory=dict)
    markdown_extensions: Sequence[object] = ()
    markdown_configs: Mapping[str, dict] = field(default_factory=dict)
    base_url: str | None = None
    docs_dir: str = ""  # the only folder WeasyPrint may read files from (images of the banks)
    language: str = "en"
    folder: str = "pdf"
    logger: str = __name__  # where progress goes, also from worker processes
    source_dir: str = ""  # the folder bank paths are relative to, as messages name them (``docs``)
    paper: str = "A4"  # see qabank.print_html.PAPER_SIZES
    overrides: str = ""  # a folder with book.html or book.css replacing ours (see qabank.print_html)
    # A book of more than chunk_above questions is laid out in chunks of about chunk_questions
    # (qabank.pdf_chunks): bounded layout memory and less CPU (1,000 questions: 0.7 GB and 60 CPU s
    # instead of 1.9 GB and 77 s), but every topic's fonts in the book (books 2.4 times larger).
    chunk_above: int = 400
    chunk_questions: int = 400
    # The contents of a book of more questions list its topics, not every question (each topic's
    # part opens with the contents of its questions; the bookmarks keep every question).
    contents_questions_up_to: int = 1000


def pdf_editions(banks: Sequence[Bank], site_name: str, folder: str = "pdf") -> list[PdfEdition]:
    """The PDFs of a site, whole-site editions first: ``pdf/<site>-all-topics-study.pdf``, ``pdf/<topic>-study.pdf``."""
    if not banks:
        return []
    site = slug_for(site_name) or "site"
    editions = [PdfEdition(posixpath.join(folder, f"{site}-all-topics-{e.value}.pdf"), e) for e in Edition]
    for bank in banks:
        name = bank.slug.replace("/", "-")
        editions += [PdfEdition(posixpath.join(folder, f"{name}-{e.value}.pdf"), e, bank.slug) for e in Edition]
    return editions


def book_for(job: PdfJob, edition: Edition) -> Book:
    return Book(
        site_name=job.site_name,
        banks=list(job.banks),
        edition=edition,
        built=job.built,
        question_urls=job.question_urls,
        language=job.language,
        paper=job.paper,
        overrides=job.overrides,
        topic_contents=sum(len(bank.questions) for bank in job.banks) > job.contents_questions_up_to,
    )


def _local_files_class() -> type:
    from weasyprint.urls import URLFetcher  # imported here: only builds that make PDFs pay for it

    class LocalFiles(URLFetcher):
        """WeasyPrint's fetcher for files under ``root`` and ``data:`` URLs only; every other address
        is refused (the network is never asked) and noted in :attr:`failed` with the reason."""

        def __init__(self, root: str | None) -> None:
            super().__init__(allowed_protocols=("file", "data"))
            self.root = Path(root).resolve() if root else None
            self.failed: dict[str, str] = {}

        def fetch(self, url: str, headers: Mapping[str, str] | None = None):  # noqa: ANN201
            scheme = urlsplit(url).scheme.lower()
            if scheme == "file":
                path = Path(url2pathname(urlsplit(url).path)).resolve()
                if self.root is None or not path.is_relative_to(self.root):
                    self.failed.setdefault(url, "it is outside the docs folder")
                    raise ValueError(f"{url} is outside the docs folder")
                if not path.is_file():
                    self.failed.setdefault(url, "there is no such file")
                    raise ValueError(f"{url}: no such file")
            elif scheme != "data":
                self.failed.setdefault(url, "the PDFs fetch nothing from the network")
                raise ValueError(f"{url}: the PDFs fetch nothing from the network")
            try:
                return super().fetch(url, headers)
            except Exception as error:
                self.failed.setdefault(url, f"it could not be read ({type(error).__name__})")
                raise

    return LocalFiles


def _not_ours(record: logging.LogRecord) -> bool:
    """WeasyPrint's own line for an image it did not get: :func:`resource_problems` names the bank line."""
    return not record.getMessage().startswith("Failed to load image")


def local_files(root: str | None = None):  # noqa: ANN201 (a weasyprint.urls.URLFetcher)
    """A URL fetcher for WeasyPrint serving files under ``root`` (the docs folder) and ``data:`` URLs only."""
    weasyprint_log = logging.getLogger("weasyprint")
    if _not_ours not in weasyprint_log.filters:
        weasyprint_log.addFilter(_not_ours)
    return _local_files_class()(root)


def html_to_document(document_html: str, base_url: str | None = None, fetcher=None) -> Document:  # noqa: ANN001
    """Lay out an HTML document with WeasyPrint, fetching only what ``fetcher`` (:func:`local_files`) allows."""
    from weasyprint import HTML

    fetcher = fetcher if fetcher is not None else local_files()
    return HTML(string=document_html, base_url=base_url, url_fetcher=fetcher).render()


def resource_problems(
    failed: Mapping[str, str], resources: Mapping[str, tuple[str, int]], base_url: str | None, source_dir: str = ""
) -> list[str]:
    """``docs/FILE:LINE: what to change`` for every address WeasyPrint did not get, by the bank line using it."""
    from weasyprint.urls import ensure_url

    base = ensure_url(base_url) if base_url else ""
    where = {urljoin(base, raw): place for raw, place in resources.items()}
    where |= {raw: place for raw, place in resources.items()}
    problems = []
    for url, reason in failed.items():
        path, line = where.get(url, ("", 0))
        place = f"{posixpath.join(source_dir, path)}:{line}: " if path else ""
        problems.append(
            f"{place}{url} is missing from the PDFs: {reason}. "
            "Put the file in the docs folder and link it by a relative path."
        )
    return problems


# Page label styles (PDF 32000-1, 12.4.2): decimal, lower-case roman.
_DECIMAL, _ROMAN = "/D", "/r"


def page_labels(book: Book, segments: Sequence[str], pages: Mapping[str, Sequence]) -> list[tuple[int, str, str]]:
    """``(first page index, style, prefix)`` of each run of page numbers of a PDF made of ``segments``
    (in order), as :func:`qabank.print_html.book_css` prints them: the cover none, front pages i, ii, ...,
    questions 1, 2, ..., the answer key A1, A2, ..."""
    labels, first = [], 0
    for name in segments:
        if name == BOOK_COVER:
            style, prefix = "", "Cover"
        elif name == BOOK_CONTENTS or name.startswith("contents--"):
            style, prefix = _ROMAN, ""
        elif name.startswith("key--"):
            style, prefix = _DECIMAL, "A"
        else:
            style, prefix = _DECIMAL, ""
        if pages.get(name):
            labels.append((first, style, prefix))
            first += len(pages[name])
    return labels


def _labelled(labels: Sequence[tuple[int, str, str]]) -> Callable:
    def finisher(document: Document, pdf) -> None:  # noqa: ANN001 (a pydyf.PDF)
        import pydyf

        numbers = pydyf.Array()
        for first, style, prefix in labels:
            label = pydyf.Dictionary({"St": 1})
            if style:
                label["S"] = style
            if prefix:
                label["P"] = pydyf.String(prefix)
            numbers.extend([first, label])
        pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": numbers})

    return finisher


def segment_pages(document: Document, segments: Sequence[str]) -> dict[str, list]:
    """The pages of each segment (see :func:`qabank.print_html.reading_order`) of a laid-out book.

    A segment starts on the first page holding its id and runs until the next
    segment starts; a segment with no pages (a topic without questions) is missing.
    """
    wanted = set(segments)
    starts: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for name in page.anchors:
            if name in wanted:
                starts.setdefault(name, index)  # an element's id is on each of its pages: keep the first
    bounds = sorted((first, name) for name, first in starts.items())
    ends = [first for first, _ in bounds[1:]] + [len(document.pages)]
    return {name: document.pages[first:end] for (first, name), end in zip(bounds, ends, strict=True)}


class PdfShortfall(Exception):
    """A PDF holds fewer questions than its banks: something in a bank hid the rest (the build must stop)."""


def missing_questions(book: Book, banks: Sequence[Bank], pages: Sequence) -> list[tuple[Bank, Question]]:
    """The questions of ``banks`` whose anchor (and, in the self-test edition, whose answer's) is on none of ``pages``.

    ``pages`` are laid-out WeasyPrint pages: ``page.anchors`` names every id on the page. In reading
    order: every question, then (self-test edition) every answer of the answer key.
    """
    present: set[str] = set()
    for page in pages:
        present.update(page.anchors)
    kinds = ("q", "a") if book.edition is Edition.SELF_TEST else ("q",)
    missing = {
        (bank.slug, question.id): (bank, question)
        for kind in kinds
        for bank in banks
        for question in bank.questions
        if anchor(kind, bank, question) not in present
    }
    return list(missing.values())


def check_complete(pdf_path: str, book: Book, banks: Sequence[Bank], pages: Sequence, source_dir: str = "") -> None:
    """Raise :class:`PdfShortfall` naming the bank file and its first missing question, if any is missing."""
    missing = missing_questions(book, banks, pages)
    if not missing:
        return
    bank, question = missing[0]
    total = len(bank.questions)
    lost = sum(1 for b, _ in missing if b.slug == bank.slug)
    raise PdfShortfall(
        f"{posixpath.join(source_dir, bank.path)}:{question.span.start}: "
        f"{pdf_path} lacks {lost} of the {total} questions of this bank, the first missing being "
        f"question {question.position} ({plain_text(question.title)!r}): something in it or before it "
        "hides it from the PDF (unclosed raw HTML?)"
    )


def _write(document: Document, pages: list, title: str, labels: Sequence[tuple[int, str, str]]) -> bytes:
    part = document.copy(pages)
    part.metadata = copy.copy(document.metadata)
    part.metadata.title = title
    return part.write_pdf(finisher=_labelled(labels))


def _chunked(job: PdfJob) -> bool:
    total = sum(len(bank.questions) for bank in job.banks)
    return bool(job.chunk_questions) and total > job.chunk_above and len(job.banks) > 1


def render_edition(job: PdfJob, edition: Edition, md: MarkdownToHtml | None = None) -> list[RenderedPdf]:
    """Every PDF of one edition: the book of all banks and each topic's.

    A book of more than ``job.chunk_above`` questions is laid out a few
    topics at a time and put together from their PDFs
    (:func:`qabank.pdf_chunks.render_in_chunks`), so memory stays bounded;
    a smaller one in one go (:func:`render_whole`).
    """
    with fewer_collections():
        if _chunked(job):
            from .pdf_chunks import render_in_chunks

            return render_in_chunks(job, edition, md)
        return render_whole(job, edition, md)[0]


@dataclass
class TopicPages:
    """What a chunked book needs of a topic's PDF: per page, its anchors and links as WeasyPrint laid
    them out (CSS pixels from the top left), how many pages come before its answer key, and
    the printed page number of each question and answer."""

    anchors: list[dict[str, tuple[float, float]]]
    links: list[list[tuple[str, str, tuple[float, float, float, float]]]]
    before_key: int
    numbers: dict[str, str]


def render_whole(
    job: PdfJob, edition: Edition, md: MarkdownToHtml | None = None, *, write_book: bool = True
) -> tuple[list[RenderedPdf], dict[str, TopicPages]]:
    """Lay out the book of every bank in one edition once; write it and each topic's pages as PDFs.

    The book is laid out without its contents, then the contents with the
    page numbers the book came out with; :func:`segment_pages` and
    :func:`qabank.print_html.reading_order` put the pages of both in order. A
    topic's PDF is its part of the book (its cover, contents and questions,
    plus its part of the answer key in the self-test edition), so every
    question is laid out once per edition. Also returns each topic's :class:`TopicPages`; without
    ``write_book`` the book's own PDF is not written (a chunk of a larger book).
    """
    start = time.perf_counter()
    log = logging.getLogger(job.logger)
    md = md or MarkdownToHtml(job.markdown_extensions, job.markdown_configs)
    book = book_for(job, edition)
    log.info(f"PDF: laying out the {edition.label.lower()} of {book.question_count} questions")
    order = reading_order(book)
    fetcher = local_files(job.docs_dir or None)
    resources: dict[str, tuple[str, int]] = {}

    def lay_out(parts: tuple[str, ...], numbers: Mapping[str, str] | None = None) -> tuple[Document, dict]:
        html = book_html(book, md, resources=resources, pages=numbers, parts=parts)
        document = html_to_document(html, job.base_url, fetcher)
        return document, segment_pages(document, order)

    def numbers_of(segments: Mapping[str, list]) -> dict[str, str]:
        return page_numbers(book, {name: [list(page.anchors) for page in pages] for name, pages in segments.items()})

    cover = (COVER,) if write_book else ()  # a chunk's PDFs are its topics': no cover, no book contents
    if edition is Edition.SELF_TEST:
        # Cross-references carry pages: the questions first (short: no answers), the key with
        # their pages, then the questions again with the key's. Each reference is a line of its
        # own, so its page number cannot move anything to another page.
        body, segments = lay_out((*cover, QUESTIONS))
        key, key_segments = lay_out((KEY,), numbers_of(segments))
        body, segments = lay_out((*cover, QUESTIONS), numbers_of(key_segments))
        segments |= key_segments
        documents = [body, key]
    else:
        body, segments = lay_out((*cover, QUESTIONS, KEY))
        documents = [body]
    numbers = numbers_of(segments)
    front = contents_html(book, md, numbers, resources, book_contents=write_book)
    contents = html_to_document(front, job.base_url, fetcher)
    segments |= segment_pages(contents, order)
    problems = tuple(resource_problems(fetcher.failed, resources, job.base_url, job.source_dir))
    laid_out = sum(len(d.pages) for d in documents) + len(contents.pages)
    log.info(f"PDF: {edition.label.lower()} laid out, {laid_out} pages, {time.perf_counter() - start:.1f} s")
    document = body.copy([page for name in order for page in segments.get(name, [])])
    if len(document.pages) != laid_out:
        raise RuntimeError(f"PDF: {laid_out - len(document.pages)} pages of the book are in no segment")
    paths = {e.topic: e.path for e in pdf_editions(job.banks, job.site_name, job.folder) if e.edition is edition}
    check_complete(paths[None], book, job.banks, document.pages, job.source_dir)
    out = []
    if write_book:
        data = document.write_pdf(finisher=_labelled(page_labels(book, order, segments)))
        out.append(
            RenderedPdf(
                PdfEdition(paths[None], edition), data, len(document.pages), time.perf_counter() - start, problems
            )
        )
    facts: dict[str, TopicPages] = {}
    for bank in job.banks:
        start = time.perf_counter()
        names = topic_segments(book, bank)
        pages = [page for name in names for page in segments.get(name, [])]
        check_complete(paths[bank.slug], book, [bank], pages, job.source_dir)
        labels = page_labels(book, names, segments)
        data = _write(document, pages, f"{plain_text(bank.title)} ({edition.label})", labels)
        pdf = RenderedPdf(
            PdfEdition(paths[bank.slug], edition, bank.slug),
            data,
            len(pages),
            time.perf_counter() - start,
            () if write_book else problems,
        )
        out.append(pdf)
        if not write_book:
            key = len(segments.get(anchor("key", bank), []))
            facts[bank.slug] = TopicPages(
                [dict(page.anchors) for page in pages],
                [[(kind, target, rect) for kind, target, rect, *_ in page.links] for page in pages],
                len(pages) - key,
                numbers,  # the chunk's: every name is unique in the book
            )
        problems = ()
    return out, facts


def _fork_pool(workers: int) -> ProcessPoolExecutor | None:
    # fork: workers inherit the loaded modules (the hooks folder is not on sys.path
    # once MkDocs has loaded the hook), so nothing needs re-importing.
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


def render_pdfs(
    job: PdfJob,
    *,
    workers: int | None = None,
    progress: Callable[[RenderedPdf, int, int], None] = lambda pdf, done, total: None,
) -> dict[str, RenderedPdf]:
    """Render every PDF of :func:`pdf_editions`, one edition per process (at most ``workers``); a
    book laid out in chunks, each chunk of each edition in a process of its own
    (:func:`qabank.pdf_chunks.render_chunks_in_parallel`).

    ``workers`` defaults to the number of usable CPUs; ``progress`` is called
    after each PDF with the count done and the total. Returns PDFs by path, in
    the order of :func:`pdf_editions`.
    """
    order = [e.path for e in pdf_editions(job.banks, job.site_name, job.folder)]
    if not order:
        return {}
    with fewer_collections():
        return _render_pdfs(job, order, workers, progress)


def _render_pdfs(
    job: PdfJob, order: list[str], workers: int | None, progress: Callable[[RenderedPdf, int, int], None]
) -> dict[str, RenderedPdf]:
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    done: dict[str, RenderedPdf] = {}

    def collect(pdfs: list[RenderedPdf]) -> None:
        for pdf in pdfs:
            done[pdf.edition.path] = pdf
            progress(pdf, len(done), len(order))

    if workers > 1 and _chunked(job) and "fork" in multiprocessing.get_all_start_methods():
        from .pdf_chunks import render_chunks_in_parallel

        render_chunks_in_parallel(job, workers, collect)
        return {path: done[path] for path in order}
    pool = _fork_pool(min(workers, len(Edition)))
    if pool is None:
        md = MarkdownToHtml(job.markdown_extensions, job.markdown_configs)
        for edition in Edition:
            collect(render_edition(job, edition, md))
    else:
        with frozen_for_fork(), pool:
            futures = [pool.submit(render_edition, job, edition) for edition in Edition]
            for future in as_completed(futures):
                collect(future.result())
    return {path: done[path] for path in order}


def page_count(data: bytes) -> int | None:
    """The pages of a PDF, read with pikepdf (qpdf), or ``None`` if it is not one qpdf can read.

    (WeasyPrint keeps page objects in compressed object streams, so they cannot be counted in
    the bytes.)"""
    import pikepdf

    try:
        with pikepdf.Pdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except pikepdf.PdfError:
        return None


def reuse_pdfs(folder: str, banks: Sequence[Bank], site_name: str, path_folder: str = "pdf") -> dict[str, RenderedPdf]:
    """The PDFs of :func:`pdf_editions` as an earlier build wrote them under ``folder`` (a built site),
    by path; empty unless every one is there and readable (:func:`page_count`)."""
    found = {}
    for edition in pdf_editions(banks, site_name, path_folder):
        path = Path(folder) / edition.path
        if not path.is_file():
            return {}
        data = path.read_bytes()
        pages = page_count(data)
        if pages is None:
            return {}
        found[edition.path] = RenderedPdf(edition, data, pages, 0.0)
    return found


def human_size(size: int) -> str:
    """``532 KB``, ``1.4 MB``."""
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1000 / 1000:.1f} MB"
