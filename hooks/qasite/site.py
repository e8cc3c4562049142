"""One object that owns the state of a study-site build and answers MkDocs' events.

It finds the banks, hands them to the core (``qabank``) and puts the resulting pages into
the build. ``mkdocs serve`` keeps the hook module, and so this object, between rebuilds:
``on_config`` resets everything that belongs to one build.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import os
import posixpath
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from qabank import contract
from qabank.accounting import LineText, expected_lines, unseen_lines
from qabank.epub import EpubJob, RenderedEpub, render_epubs
from qabank.export import anki, page_meta, questions_json, share
from qabank.export.edit_links import repository
from qabank.export.rendered import ExportedQuestion, exported_question
from qabank.fragments import fill_placeholders, question_content
from qabank.ids import READING_PAGE_NAME
from qabank.model import Bank, Question, Severity
from qabank.pages import (
    SHOW_ANSWER,
    GeneratedPage,
    SiteLayout,
    plain_text,
    question_page,
    reading_page,
    topic_page,
    topics_overview,
    unreadable_bank_page,
)
from qabank.parse import parse_bank, title_from_path
from qabank.pdf import PdfJob, PdfShortfall, RenderedPdf, human_size, pdf_editions, render_pdfs, reuse_pdfs
from qabank.pdf_links import pdf_downloads_table, topic_pdf_links
from qabank.practice import index_script, practice_area, practice_index, practice_page
from qabank.print_html import MarkdownToHtml
from qabank.sanitize import sanitize_html
from qabank.search_index import prebuilt_index
from shared_markdown import SharedConverter, SharedMarkdownPage

from qasite.config import QaConfigError, load_qa_config

# A tag whose slug is itself under any slugify: marks where the slug goes in an anchor.
_TAG_MARKER = "qatagslug"
_SUMMARY = re.compile(rf"<summary>{re.escape(SHOW_ANSWER)}</summary>")


def _tag_anchor_from(config: MkDocsConfig) -> Callable[[str], str]:
    tags = config.plugins.get("material/tags")
    if tags is None:
        return SiteLayout.tag_anchor
    slugify = tags.config.tags_slugify
    separator = tags.config.tags_slugify_separator
    template = tags.config.tags_slugify_format
    return lambda tag: template.format(slug=slugify(tag, separator))


def build_date() -> date:
    """The day the build says it was made: from ``SOURCE_DATE_EPOCH`` when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epoch), UTC).date() if epoch else date.today()


class StudySite:
    """The study site's part of one MkDocs build (and of every rebuild of ``mkdocs serve``)."""

    def __init__(self, log: logging.Logger) -> None:
        self.log = log
        self.command = "build"
        self.dirty = False
        self.options = load_qa_config({})
        self.layout = SiteLayout()
        self._page_cache: str | None = None  # one folder for the whole `mkdocs serve --dirty` session
        # Rendered prompt and answer of every question page, for its bank's reading page, which follows its
        # questions in the build. Kept across `mkdocs serve --dirty` rebuilds, which render only changed pages.
        self.question_contents: dict[str, str] = {}
        self._reset()

    def _reset(self) -> None:
        self.banks: list[Bank] = []
        self.question_srcs: dict[str, list[str]] = {}
        self.nav_order: dict[str, int] = {}
        self.page_meta: dict[str, dict] = {}
        self.page_files: dict[str, File] = {}  # generated pages by source path: their URLs, without a new File
        self.pdfs: dict[str, RenderedPdf] = {}
        self.epubs: dict[str, RenderedEpub] = {}
        self.expected: dict[str, tuple[str, list[LineText]]] = {}  # page -> (bank file, the lines it must show)
        self.unseen: list[str] = []  # "docs/FILE:LINE: ..." for every bank line missing from its page
        self.anki: list[anki.AnkiPackage] = []  # the Anki packages this build writes (none under `mkdocs serve`)
        # Each question page's export, made once from its rendered HTML for its share meta and used
        # again for questions.json and the Anki packages.
        self.exported: dict[str, ExportedQuestion] = {}

    # -- events ------------------------------------------------------------------------------------

    def on_startup(self, command: str, dirty: bool) -> None:
        self.command = command
        self.dirty = dirty

    def on_shutdown(self) -> None:
        if self._page_cache is not None:
            shutil.rmtree(self._page_cache, ignore_errors=True)
            self._page_cache = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Validate ``extra.qa`` (a wrong key or value stops the build) and start a new build."""
        self._reset()
        try:
            self.options = load_qa_config(config.extra.get("qa"))
        except QaConfigError as error:
            raise PluginError(str(error)) from error
        self.layout = SiteLayout(
            banks_dir=self.options.banks.strip("/"),
            tags_page=self.options.tags_page,
            tag_anchor=_tag_anchor_from(config),
            url_of=functools.lru_cache(maxsize=None)(lambda src: self._file_for(src, config).url),
        )
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Replace every bank by its topic page, question pages and reading page; add the practice files."""
        shared = SharedConverter(config) if self.options.shared_markdown else None
        bank_files = sorted((f for f in files if self._is_bank(f)), key=lambda f: f.src_uri)
        taken = _names_by_folder(files)
        banks_dir = self.layout.banks_dir
        for file in bank_files:
            slug = posixpath.splitext(file.src_uri[len(banks_dir) + 1 :])[0]
            shown_path = posixpath.join(posixpath.basename(config.docs_dir), file.src_uri)
            files.remove(file)
            try:
                bank, topic, questions, expected = self._read_bank(file, slug, taken.get(f"{banks_dir}/{slug}", set()))
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as error:  # also pyo3's PanicException, which is no Exception
                page = self._unreadable_bank(file, shown_path, error)
                files.append(self._generated_page(config, file.src_uri, page, InclusionLevel.UNDEFINED))
                continue
            self._log_problems(bank, shown_path)
            self.log.info(
                f"{file.src_uri}: {len(bank.questions)} questions ({_style_summary(bank)}), "
                f"{len(bank.unanswered)} without an answer, {bank.question_share:.0%} of the text in questions"
            )
            for src, lines in expected.items():
                self.expected[src] = (shown_path, lines)
            self.banks.append(bank)
            files.append(self._generated_page(config, file.src_uri, topic, InclusionLevel.UNDEFINED))
            srcs = []
            for src, page in questions:
                generated = self._generated_page(config, src, page, InclusionLevel.NOT_IN_NAV)
                if page.meta["qa"]["page"] == "question":
                    if shared is not None:
                        generated.page = SharedMarkdownPage(generated, config, shared)
                    srcs.append(src)
                files.append(generated)  # the reading page is one big page, without previous/next
            self.question_srcs[bank.slug] = srcs
        self._add_practice_files(files, config)
        files.append(File.generated(config, contract.CONTRACT_URI, content=contract.contract_script()))
        self._add_export_meta(config)
        return files

    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        """Link questions of a topic with previous/next, which MkDocs gives only to pages in the nav."""
        for srcs in self.question_srcs.values():
            pages: list[Page] = [files.get_file_from_path(src).page for src in srcs]
            for before, after in zip(pages, pages[1:], strict=False):
                before.next_page, after.previous_page = after, before
        self.nav_order.update((page.file.src_uri, i) for i, page in enumerate(nav.pages))
        self._add_pdf_files(files, config)
        return nav

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """Give the templates the settings, the contract and the URLs they need (``qa_site``)."""
        env.globals["qa_site"] = self.template_context(config)
        if env.globals["qa_site"]["tag_anchor"] is None:
            self.log.warning(
                "mkdocs.yml: the tags plugin's tags_slugify_format or tags_slugify leaves no slug in a tag's "
                "anchor, so the tags page cannot show progress per tag; keep '{slug}' in tags_slugify_format"
            )
        self._escape_tag_toc_entries(config)
        return env

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        page.meta.update(self.page_meta.pop(page.file.src_uri, {}))
        markdown = self._with_download_links(markdown, page)
        markdown = self._with_pdf_links(markdown, page)
        if contract.TOPICS_MARKER in markdown:
            overview = topics_overview(self.banks_in_nav_order(), self.layout, page.file.src_uri)
            markdown = markdown.replace(contract.TOPICS_MARKER, overview)
        if contract.PRACTICE_MARKER in markdown:
            markdown = markdown.replace(contract.PRACTICE_MARKER, practice_area(self.layout, page.file.src_uri))
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Check that the page shows its bank lines; clean the HTML of pages made from banks (no script
        from a bank); keep the "Show answer" label out of every search entry.

        The lines are checked before cleaning: what the sanitiser drops on purpose was not lost by the parser.
        """
        expected = self.expected.pop(page.file.src_uri, None)
        if expected is not None:
            bank_path, lines = expected
            for line in unseen_lines(lines, html):
                self.unseen.append(
                    f"{bank_path}:{line.line}: this line is not shown on {page.file.src_uri} "
                    f"('{' '.join(line.words)[:80]}')"
                )
        kind = (page.meta.get("qa") or {}).get("page")
        if kind == "read":
            missing = '<p><a href="../{name}/">Open this question</a> (its page was not rendered in this build).</p>'
            html = fill_placeholders(html, self.question_contents, missing)
        if kind in ("topic", "question", "read"):
            html = sanitize_html(html)
        html = _SUMMARY.sub(f"<summary data-search-exclude>{SHOW_ANSWER}</summary>", html)
        if kind == "question":
            self.question_contents[page.file.src_uri] = question_content(html)
            self._add_share_meta(page, config)
        return html

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Escaped tags for Material's search; nothing is lost: a bank line missing from its page fails the build."""
        self._escape_tags_for_materials_search(config)
        self._write_exports(config)
        if not self.unseen:
            return
        for message in self.unseen[:20]:
            self.log.error(message)
        raise PluginError(
            f"{len(self.unseen)} lines of the banks are not shown on the site (first: {self.unseen[0]}). "
            "This is a bug of the Q&A parser, not of your bank: please report it with the file; "
            "until then 'qa: {style: NAME}' in the bank's front matter may read it another way."
        )

    def on_post_build_after_search(self, config: MkDocsConfig) -> None:
        """Our engine's search index, built from the file Material's search plugin has just written."""
        if not self._search_index_downloaded(config):
            return
        source = Path(config.site_dir) / contract.SEARCH_INDEX_URI
        if not source.is_file():
            return
        started = time.perf_counter()
        try:
            with source.open("rb") as file:
                index = json.load(file)
        except (OSError, ValueError) as error:
            self.log.warning(f"Search: {contract.SEARCH_INDEX_URI} cannot be read ({error}); the browser indexes it")
            return
        prebuilt = prebuilt_index(index if isinstance(index, dict) else {"docs": index})
        (Path(config.site_dir) / contract.PREBUILT_SEARCH_INDEX_URI).write_bytes(prebuilt.data)
        if prebuilt.refused:
            self.log.info(f"Search: the browser builds the index ({prebuilt.refused})")
        else:
            self.log.info(
                f"Search: prebuilt index of {prebuilt.documents:,} documents, {prebuilt.terms:,} terms, "
                f"{human_size(len(prebuilt.data))} in {time.perf_counter() - started:.1f} s"
            )

    def _search_index_downloaded(self, config: MkDocsConfig) -> bool:
        """Our engine answers the search box and downloads search_index.json (the offline copy reads a script)."""
        offline = config.plugins.get("material/offline")
        return (
            self.options.search_engine == "qa"
            and "material/search" in config.plugins
            and not (offline is not None and offline.config.enabled)
        )

    # -- what the templates get --------------------------------------------------------------------

    def template_context(self, config: MkDocsConfig) -> dict[str, Any]:
        """``qa_site`` in the templates: the validated settings, the shared names and this build's URLs."""
        return {
            "options": dict(self.options),
            "contract": contract.for_scripts(),
            "practice_url": self.layout.url_of(self.options.practice_page),
            "index_url": contract.PRACTICE_INDEX_URI,
            "search_worker": self.options.search_engine == "qa",
            # main.html's head downloads the index file and the prebuilt index (on_post_build_after_search)
            "search_downloads": self._search_index_downloaded(config),
            # The tags page's anchor of a tag, as prefix and suffix around its slug
            # (tags_slugify_format), so that its script finds the tag headings.
            "tag_anchor": self._tag_anchor_parts(),
        }

    # -- banks and pages ---------------------------------------------------------------------------

    def banks_in_nav_order(self) -> list[Bank]:
        return sorted(self.banks, key=lambda b: self.nav_order.get(self.layout.topic_src(b), len(self.nav_order)))

    def _file_for(self, src: str, config: MkDocsConfig) -> File:
        return self.page_files.get(src) or File(src, None, config.site_dir, config.use_directory_urls)

    def _is_bank(self, file: File) -> bool:
        prefix = self.layout.banks_dir + "/"
        return (
            file.src_uri.startswith(prefix)
            and file.is_documentation_page()
            and posixpath.basename(file.src_uri) != "index.md"
            and not file.generated_by
        )

    def _log_problems(self, bank: Bank, src_path: str) -> None:
        for problem in bank.problems:
            level = logging.WARNING if problem.severity is Severity.WARNING else logging.INFO
            self.log.log(level, problem.format(src_path))

    def _read_bank(
        self, file: File, slug: str, reserved: set[str]
    ) -> tuple[Bank, GeneratedPage, list[tuple[str, GeneratedPage]], dict[str, list[LineText]]]:
        """Parse one bank, render its pages and the lines each must show, touching no build state
        (so a failure leaves nothing half done). ``reserved``: names already taken where its question pages go.

        The pages are the question pages and, unless the docs have a file of that name, the reading page."""
        layout = self.layout
        bank = parse_bank(file.content_string, path=file.src_uri, slug=slug, reserved_ids=reserved)
        pages = [(layout.question_src(bank, q), question_page(bank, q, layout)) for q in bank.questions]
        if READING_PAGE_NAME not in reserved:
            pages.append((layout.reading_src(bank), reading_page(bank, layout)))
        return bank, topic_page(bank, layout), pages, expected_lines(bank, file.content_string, layout)

    def _unreadable_bank(self, file: File, shown_path: str, error: BaseException) -> GeneratedPage:
        """Log a bank the core could not read, and a topic page that shows its text as it is."""
        reason = (str(error).strip().splitlines() or [""])[0][:300]
        self.log.error(
            f"{shown_path}:1: could not read this bank ({type(error).__name__}: {reason}); its topic page shows "
            "the file as plain text and it has no question pages; simplify the Markdown near what the message "
            "names, or report it with the file"
        )
        return unreadable_bank_page(title_from_path(file.src_uri), file.content_string, type(error).__name__)

    def _add_practice_files(self, files: Files, config: MkDocsConfig) -> None:
        """The practice index script, and the practice page unless the docs have their own."""
        index = index_script(practice_index(self.banks, self.layout))
        files.append(File.generated(config, contract.PRACTICE_INDEX_URI, content=index))
        practice_src = self.options.practice_page
        if files.get_file_from_path(practice_src) is None:
            files.append(
                File.generated(config, practice_src, content=practice_page(), inclusion=InclusionLevel.NOT_IN_NAV)
            )

    def _generated_page(self, config: MkDocsConfig, src: str, page: GeneratedPage, inclusion: InclusionLevel) -> File:
        """A generated page, its metadata kept aside for ``on_page_markdown`` (no front matter to parse).

        Under ``mkdocs serve --dirty`` the page is backed by a file rewritten only when its
        content changes, so that MkDocs re-renders just the pages of the bank that was edited.
        """
        self.page_meta[src] = page.meta
        if not self.dirty:
            file = File.generated(config, src, content=page.markdown, inclusion=inclusion)
        else:
            file = File.generated(config, src, abs_src_path=self._cached_page(src, page.markdown), inclusion=inclusion)
        self.page_files[src] = file
        return file

    def _cached_page(self, src: str, content: str) -> str:
        """The path of a file holding ``content``, rewritten only when it changed."""
        if self._page_cache is None:
            self._page_cache = tempfile.mkdtemp(prefix="qa-pages-")
        path = os.path.join(self._page_cache, *src.split("/"))
        try:
            with open(path, encoding="utf-8") as cached:
                unchanged = cached.read() == content
        except FileNotFoundError:
            unchanged = False
        if not unchanged:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as cached:
                cached.write(content)
        return path

    # -- tags --------------------------------------------------------------------------------------

    def _tag_anchor_parts(self) -> list[str] | None:
        """[prefix, suffix] of a tag's anchor around its slug; None if the slugify hides the slug."""
        anchor = self.layout.tag_anchor(_TAG_MARKER)
        if _TAG_MARKER not in anchor:
            return None
        prefix, suffix = anchor.split(_TAG_MARKER, 1)
        return [prefix, suffix]

    def _escape_tag_toc_entries(self, config: MkDocsConfig) -> None:
        """Escape the tag names Material's tags plugin puts into the table of contents of its listings.

        A table of contents holds HTML, and the plugin (in its own ``on_env``, which runs
        before this one) adds each tag name there as it is: ``vector<int>`` would be a tag.
        Its entries are the ones whose id is the tag's anchor.
        """
        tags = config.plugins.get("material/tags")
        listings = getattr(tags, "listings", None) or ()
        pages = {id(listing.page): listing.page for listing in listings}
        for page in pages.values():
            stack = list(page.toc or ())
            while stack:
                link = stack.pop()
                if link.id == self.layout.tag_anchor(link.title):
                    link.title = html.escape(link.title)
                stack.extend(link.children)

    def _escape_tags_for_materials_search(self, config: MkDocsConfig) -> None:
        """Material's own search (``extra.qa.search_engine: material``) shows tags as HTML: give it them escaped.

        Our engine reads tags as text, so for it the index keeps them as they are.
        """
        if self.options.search_engine != "material":
            return
        search = config.plugins.get("material/search")
        for entry in getattr(getattr(search, "search_index", None), "entries", ()):
            if isinstance(entry.get("tags"), list):
                entry["tags"] = [html.escape(str(tag)) for tag in entry["tags"]]

    # -- PDF editions ------------------------------------------------------------------------------

    def pdf_wanted(self) -> bool:
        """PDFs are made by `mkdocs build`, not `mkdocs serve`.

        ``QA_PDF=0``/``1`` overrides both and ``extra.qa.pdf``."""
        override = os.environ.get("QA_PDF", "").strip().lower()
        if override in ("0", "1", "false", "true", "no", "yes", "off", "on"):
            return override in ("1", "true", "yes", "on")
        return self.options.pdf and self.command != "serve"

    def _add_pdf_files(self, files: Files, config: MkDocsConfig) -> None:
        """Render the PDF editions (once the nav gives the topic order) and add them to the site."""
        if not self.banks or not self.pdf_wanted():
            return
        banks = self.banks_in_nav_order()
        layout = self.layout
        site_url = config.site_url or ""
        job = PdfJob(
            banks=banks,
            site_name=config.site_name,
            built=build_date(),
            question_urls={
                (b.slug, q.id): urljoin(site_url, layout.url_of(layout.question_src(b, q)))
                for b in banks
                for q in b.questions
            }
            if site_url
            else {},
            markdown_extensions=config.markdown_extensions,
            markdown_configs=config.mdx_configs,
            base_url=os.path.join(config.docs_dir, layout.banks_dir) + os.sep,
            docs_dir=config.docs_dir,
            language=str(config.theme.get("language") or "en"),
            logger=self.log.name,
            source_dir=posixpath.basename(config.docs_dir),
            paper=self.options.pdf_paper,
            overrides=os.path.join(config.theme.custom_dir, "print") if config.theme.custom_dir else "",
        )
        editions = pdf_editions(banks, config.site_name)
        count = sum(len(b.questions) for b in banks)
        self._add_epub_files(files, config, job)
        earlier = os.environ.get("QA_PDF_FROM", "")  # a built site whose PDFs to reuse (tools/offline_zip.py)
        reused = reuse_pdfs(earlier, banks, config.site_name) if earlier else {}
        if reused:
            self.log.info(f"PDF: {len(reused)} PDFs of {count} questions taken from {earlier}")
            self.pdfs.update(reused)
            for path, pdf in self.pdfs.items():
                files.append(File.generated(config, path, content=pdf.data))
            return
        self.log.info(f"PDF: rendering {len(editions)} PDFs of {count} questions (QA_PDF=0 skips them)")

        def progress(pdf: RenderedPdf, done: int, total: int) -> None:
            self.log.info(
                f"PDF {done}/{total}: {pdf.edition.path}, {pdf.pages} pages, {human_size(pdf.size)}, "
                f"{pdf.seconds:.1f} s"
            )

        # One process under `mkdocs serve` (QA_PDF=1): its server threads make forking unsafe.
        try:
            self.pdfs.update(render_pdfs(job, workers=1 if self.command == "serve" else None, progress=progress))
        except PdfShortfall as shortfall:  # a PDF short of questions is a build error, never published
            raise PluginError(str(shortfall)) from shortfall
        for problem in dict.fromkeys(p for pdf in self.pdfs.values() for p in pdf.problems):
            self.log.warning(problem)
        for path, pdf in self.pdfs.items():
            files.append(File.generated(config, path, content=pdf.data))

    def _add_epub_files(self, files: Files, config: MkDocsConfig, job: PdfJob) -> None:
        """The EPUB (study edition) of every topic, from the same Markdown as the PDFs."""
        epub_job = EpubJob(job.site_name, job.built, job.question_urls, job.language)
        md = MarkdownToHtml(job.markdown_extensions, job.markdown_configs)
        self.epubs.update(render_epubs(job.banks, epub_job, md))
        for path, epub in self.epubs.items():
            files.append(File.generated(config, path, content=epub.data))

    def _with_pdf_links(self, markdown: str, page: Page) -> str:
        """The home page gets a table of every PDF, a topic page the links to its own two editions."""
        if contract.PDF_LINKS_MARKER in markdown:
            bank = self._topic_bank(page)
            links = topic_pdf_links(self.pdfs, bank, page.file.src_uri, self.epubs) if self.pdfs and bank else ""
            return markdown.replace(contract.PDF_LINKS_MARKER, links, 1)
        if self.pdfs and contract.TOPICS_MARKER in markdown:
            offline_zip = self.options.offline_zip
            offline_zip = "site-offline.zip" if offline_zip is True else offline_zip or ""
            table = pdf_downloads_table(
                self.pdfs, self.banks_in_nav_order(), page.file.src_uri, offline_zip, self.epubs
            )
            return markdown.replace(contract.TOPICS_MARKER, f"{contract.TOPICS_MARKER}\n\n{table}", 1)
        return markdown

    # -- exports (qabank.export): Anki, questions.json, share meta, edit links, related questions -----

    def _add_export_meta(self, config: MkDocsConfig) -> None:
        """Related questions and edit links of the question pages, JSON-LD of the topic pages, the Anki packages."""
        repo = repository(config.repo_url, config.edit_uri)
        start = time.perf_counter()
        for src, extra in page_meta.question_meta(self.banks, self.layout, repo).items():
            self.page_meta[src]["qa"].update(extra)
        self.log.info(f"Exports: related questions and edit links in {time.perf_counter() - start:.2f} s")
        for src, item_list in page_meta.topic_meta(self.banks, self.layout, config.site_url or "").items():
            if item_list is not None:
                self.page_meta[src]["qa_json_ld"] = item_list
        if self.command != "serve":
            self.anki.extend(anki.planned_packages(config.site_name, self.banks))

    def _with_download_links(self, markdown: str, page: Page) -> str:
        """Anki decks and questions.json on the home page, a topic's deck on its page, beside the PDFs."""
        if not self.anki:
            return markdown
        if contract.TOPICS_MARKER in markdown:
            order = {b.slug: i for i, b in enumerate(self.banks_in_nav_order())}
            packages = sorted(self.anki, key=lambda p: -1 if p.topic is None else order.get(p.topic, len(order)))
            titles = {b.slug: plain_text(b.title) for b in self.banks}
            links = page_meta.site_downloads(packages, titles, self.layout, page.file.src_uri, questions_json.FILE_NAME)
            return markdown.replace(contract.TOPICS_MARKER, f"{contract.TOPICS_MARKER}\n\n{links}", 1)
        bank = self._topic_bank(page)
        if bank is None or contract.PDF_LINKS_MARKER not in markdown:
            return markdown
        links = page_meta.topic_downloads(bank, self.anki, self.layout, page.file.src_uri)
        return markdown.replace(contract.PDF_LINKS_MARKER, f"{links}\n\n{contract.PDF_LINKS_MARKER}", 1)

    def _add_share_meta(self, page: Page, config: MkDocsConfig) -> None:
        """The page's description, Open Graph and Twitter values and JSON-LD, from its rendered answer."""
        topic, _, question_id = str(page.meta["qa"].get("key", "")).rpartition("/")
        bank = next((b for b in self.banks if b.slug == topic), None)
        if bank is None:
            return
        exported = self._exported(bank, bank.question(question_id), config)
        values = share.share_meta(exported, config.site_name)
        page.meta["description"] = html.escape(values["description"])  # Material prints it unescaped
        page.meta["qa_share"] = values

    def _exported(self, bank: Bank, question: Question, config: MkDocsConfig) -> ExportedQuestion:
        """A question as the exports see it, from the HTML its page rendered (in this build or, under
        `mkdocs serve --dirty`, an earlier one)."""
        src = self.layout.question_src(bank, question)
        if src not in self.exported:
            self.exported[src] = exported_question(
                bank,
                question,
                self.layout,
                self.question_contents.get(src),
                site_url=config.site_url or "",
                source_dir=posixpath.basename(config.docs_dir),
            )
        return self.exported[src]

    def _write_exports(self, config: MkDocsConfig) -> None:
        """questions.json and the Anki packages, from the question pages this build rendered."""
        start = time.perf_counter()
        questions = [self._exported(bank, q, config) for bank in self.banks_in_nav_order() for q in bank.questions]
        document = questions_json.questions_document(questions, site_name=config.site_name, site_url=config.site_url)
        site_dir = Path(config.site_dir)
        site_dir.mkdir(parents=True, exist_ok=True)
        (site_dir / questions_json.FILE_NAME).write_text(questions_json.questions_json(document), encoding="utf-8")
        self.log.info(f"Exports: {questions_json.FILE_NAME} in {time.perf_counter() - start:.2f} s")
        if not self.anki:
            return
        start = time.perf_counter()
        stamp = datetime.combine(build_date(), datetime.min.time(), UTC).timestamp()
        for package in anki.write_packages(questions, site_name=config.site_name, site_dir=site_dir, timestamp=stamp):
            self.log.info(f"Anki: {package.path}, {package.notes} notes, {human_size(package.size)}")
        self.log.info(f"Exports: Anki packages in {time.perf_counter() - start:.2f} s")

    def _topic_bank(self, page: Page) -> Bank | None:
        qa = page.meta.get("qa") or {}
        if qa.get("page") != "topic":
            return None
        return next((b for b in self.banks if b.slug == qa.get("topic")), None)


def _names_by_folder(files: Files) -> dict[str, set[str]]:
    """For each folder of the docs, the names its files and subfolders take (with and without ``.md``)."""
    names: dict[str, set[str]] = {}
    for file in files:
        folder, _, rest = file.src_uri.rpartition("/")
        while folder:
            found = names.setdefault(folder, set())
            found.update((rest, posixpath.splitext(rest)[0]))
            folder, _, rest = folder.rpartition("/")
    return names


def _style_summary(bank: Bank) -> str:
    if len(bank.styles) <= 1:
        return f"{bank.style} style"
    return "mixed styles: " + ", ".join(f"{style} {count}" for style, count in bank.styles.items())
