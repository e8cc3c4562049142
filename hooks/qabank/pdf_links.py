"""Markdown that links the PDF editions from the home page and each topic page.

Links are relative paths between source files, like every link in
:mod:`qabank.pages`, so the site engine checks and rewrites them.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Mapping, Sequence

from .epub import RenderedEpub
from .model import Bank
from .pages import inline_text, source_link
from .pdf import RenderedPdf, human_size
from .print_html import Edition


def _facts(pdf: RenderedPdf) -> str:
    return f"PDF, {pdf.pages} page{'s' if pdf.pages != 1 else ''}, {human_size(pdf.size)}"


def _by_edition(pdfs: Mapping[str, RenderedPdf], topic: str | None) -> dict[Edition, RenderedPdf]:
    return {pdf.edition.edition: pdf for pdf in pdfs.values() if pdf.edition.topic == topic}


def _epub_facts(epub: RenderedEpub) -> str:
    return f"EPUB, {human_size(epub.size)}"


def topic_pdf_links(
    pdfs: Mapping[str, RenderedPdf], bank: Bank, from_src: str, epubs: Mapping[str, RenderedEpub] | None = None
) -> str:
    """One paragraph: the study and self-test editions of a topic, with pages and size, and its EPUB."""
    editions = _by_edition(pdfs, bank.slug)
    links = [
        f"[{edition.label}]({source_link(pdf.edition.path, from_src)}) ({_facts(pdf)})"
        for edition, pdf in sorted(editions.items(), key=lambda item: list(Edition).index(item[0]))
    ]
    links += [
        f"[E-reader edition]({source_link(e.path, from_src)}) ({_epub_facts(e)})"
        for e in (epubs or {}).values()
        if e.topic == bank.slug
    ]
    if not links:
        return ""
    return "Print or read offline: " + " · ".join(links) + "\n{ .qa-pdfs data-search-exclude }\n"


def pdf_downloads_table(
    pdfs: Mapping[str, RenderedPdf],
    banks: Sequence[Bank],
    from_src: str,
    offline_zip: str = "",
    epubs: Mapping[str, RenderedEpub] | None = None,
) -> str:
    """A table for the home page: every topic, and all topics, in both editions; then a link to
    ``offline_zip`` (the offline copy, a path from the site root that tools/offline_zip.py writes)."""
    rows = []
    for label, topic in [("**All topics**", None), *((inline_text(b.title), b.slug) for b in banks)]:
        editions = _by_edition(pdfs, topic)
        if not editions:
            continue
        cells = [
            f"[{_facts(editions[e])}]({source_link(editions[e].edition.path, from_src)})" if e in editions else ""
            for e in Edition
        ]
        if epubs:
            epub = next((e for e in epubs.values() if e.topic == topic), None)
            cells.append(f"[{_epub_facts(epub)}]({source_link(epub.path, from_src)})" if epub else "")
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    if not rows:
        return ""
    labels = [e.label for e in Edition] + (["E-reader edition (study)"] if epubs else [])
    head = "| Topic | " + " | ".join(labels) + " |\n|---|" + "---|" * len(labels)
    return (
        "## PDF editions\n\n"
        '<div class="qa-pdfs" data-search-exclude="" markdown>\n\n'
        "To print, read on an e-reader or test yourself offline: the **study edition** puts each answer "
        "under its question; the **self-test edition** lists the questions, then an answer key.\n\n"
        f"{head}\n" + "\n".join(rows) + "\n\n" + _offline_link(offline_zip, from_src) + "</div>\n"
    )


def _offline_link(offline_zip: str, from_src: str) -> str:
    if not offline_zip:
        return ""
    # Raw HTML: the zip is added to the built site after the build, so the engine cannot check the link.
    href = html.escape(source_link(offline_zip, from_src), quote=True)
    name = html.escape(posixpath.basename(offline_zip))
    return (
        f'**Offline copy**: <a class="qa-offline-zip" href="{href}">{name}</a>, '
        "the whole site with search and these PDFs, for reading without a network: unzip it and open "
        "`index.html`.\n\n"
    )
