"""MkDocs hooks: connect MkDocs events to the Q&A core in ``qabank``.

Nothing here parses or renders; it only finds banks, hands them to the core and
puts the resulting pages into the build. Settings live in ``mkdocs.yml`` under
``extra.qa`` (see the README).
"""

from __future__ import annotations

import functools
import html
import logging
import os
import posixpath
import re
import shutil
import tempfile
from datetime import UTC, date, datetime
from urllib.parse import urljoin

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from qabank.accounting import LineText, expected_lines, unseen_lines
from qabank.epub import EpubJob, RenderedEpub, render_epubs
from qabank.fragments import fill_placeholders, question_content
from qabank.ids import READING_PAGE_NAME
from qabank.model import Bank, Severity
from qabank.pages import (
    SHOW_ANSWER,
    TOPICS_MARKER,
    GeneratedPage,
    SiteLayout,
    inline_text,
    page_title,
    question_page,
    reading_page,
    topic_page,
    topics_overview,
)
from qabank.parse import parse_bank, title_from_path
from qabank.pdf import PdfJob, PdfShortfall, RenderedPdf, human_size, pdf_editions, render_pdfs, reuse_pdfs
from qabank.pdf_links import pdf_downloads_table, topic_pdf_links
from qabank.practice import PRACTICE_MARKER, index_script, practice_area, practice_index, practice_page
from qabank.print_html import PAPER_SIZES, MarkdownToHtml
from qabank.sanitize import sanitize_html
from shared_markdown import SharedConverter, SharedMarkdownPage

log = logging.getLogger("mkdocs.hooks.study_site")

# mkdocs serve keeps this module loaded between rebuilds: on_config resets it.
_banks: list[Bank] = []
_layout = SiteLayout()
_question_srcs: dict[str, list[str]] = {}
_nav_order: dict[str, int] = {}
_page_meta: dict[str, dict] = {}
_page_files: dict[str, File] = {}  # generated pages by source path: their URLs, without building a File again
_pdfs: dict[str, RenderedPdf] = {}
_epubs: dict[str, RenderedEpub] = {}
# Rendered prompt and answer of every question page, for its bank's reading page, which follows its
# questions in the build. Kept across `mkdocs serve --dirty` rebuilds, which render only changed pages.
_question_contents: dict[str, str] = {}
_expected_lines: dict[str, tuple[str, list[LineText]]] = {}  # page -> (bank file, the bank lines it must show)
_unseen: list[str] = []  # "docs/FILE:LINE: ..." for every bank line missing from its page
_command = "build"
_dirty = False
_search_engine = "qa"
_shared_markdown = True
_page_cache: str | None = None  # one folder for the whole `mkdocs serve --dirty` session
_practice_src = "practice.md"
PRACTICE_INDEX_URI = "assets/qa/practice-index.js"


def _tag_anchor_from(config: MkDocsConfig):
    tags = config.plugins.get("material/tags")
    if tags is None:
        return SiteLayout.tag_anchor
    slugify = tags.config.tags_slugify
    separator = tags.config.tags_slugify_separator
    template = tags.config.tags_slugify_format
    return lambda tag: template.format(slug=slugify(tag, separator))


# A tag whose slug is itself under any slugify: marks where the slug goes in an anchor.
_TAG_MARKER = "qatagslug"


# "qa": our search engine behind Material's search box (overrides/main.html); "material": lunr.
SEARCH_ENGINES = ("qa", "material")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _layout, _practice_src, _search_engine, _shared_markdown
    _banks.clear()
    _question_srcs.clear()
    _nav_order.clear()
    _page_meta.clear()
    _page_files.clear()
    _pdfs.clear()
    _epubs.clear()
    _expected_lines.clear()
    _unseen.clear()
    options = config.extra.get("qa") or {}
    _layout = SiteLayout(
        banks_dir=str(options.get("banks", "topics")).strip("/"),
        tags_page=str(options.get("tags_page", "tags.md")),
        tag_anchor=_tag_anchor_from(config),
        url_of=functools.lru_cache(maxsize=None)(lambda src: _file_for(src, config).url),
    )
    _practice_src = str(options.get("practice_page", "practice.md"))
    _search_engine = options.get("search_engine", "qa")
    if _search_engine not in SEARCH_ENGINES:
        raise PluginError(
            f"mkdocs.yml: extra.qa.search_engine is {_search_engine!r}; "
            f"use one of {', '.join(map(repr, SEARCH_ENGINES))}"
        )
    _shared_markdown = options.get("shared_markdown", True)
    if not isinstance(_shared_markdown, bool):
        raise PluginError(f"mkdocs.yml: extra.qa.shared_markdown is {_shared_markdown!r}; use true or false")
    return config


def _file_for(src: str, config: MkDocsConfig) -> File:
    return _page_files.get(src) or File(src, None, config.site_dir, config.use_directory_urls)


def _is_bank(file: File) -> bool:
    prefix = _layout.banks_dir + "/"
    return (
        file.src_uri.startswith(prefix)
        and file.is_documentation_page()
        and posixpath.basename(file.src_uri) != "index.md"
        and not file.generated_by
    )


def _log_problems(bank: Bank, src_path: str) -> None:
    for problem in bank.problems:
        level = logging.WARNING if problem.severity is Severity.WARNING else logging.INFO
        log.log(level, problem.format(src_path))


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


def _read_bank(
    file: File, slug: str, reserved: set[str]
) -> tuple[Bank, GeneratedPage, list[tuple[str, GeneratedPage]], dict[str, list[LineText]]]:
    """Parse one bank, render its pages and the lines each must show, touching no build state
    (so a failure leaves nothing half done). ``reserved``: names already taken where its question pages go.

    The pages are the question pages and, unless the docs have a file of that name, the reading page."""
    bank = parse_bank(file.content_string, path=file.src_uri, slug=slug, reserved_ids=reserved)
    pages = [(_layout.question_src(bank, q), question_page(bank, q, _layout)) for q in bank.questions]
    if READING_PAGE_NAME not in reserved:
        pages.append((_layout.reading_src(bank), reading_page(bank, _layout)))
    return bank, topic_page(bank, _layout), pages, expected_lines(bank, file.content_string, _layout)


def _unreadable_bank(file: File, shown_path: str, error: BaseException) -> GeneratedPage:
    """Log a bank the core could not read, and a topic page that shows its text as it is."""
    reason = (str(error).strip().splitlines() or [""])[0][:300]
    log.error(
        f"{shown_path}:1: could not read this bank ({type(error).__name__}: {reason}); its topic page shows "
        "the file as plain text and it has no question pages; simplify the Markdown near what the message "
        "names, or report it with the file"
    )
    text = file.content_string
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    title = title_from_path(file.src_uri)
    markdown = (
        f"# {inline_text(title)}\n\n"
        '!!! failure "This bank could not be read"\n\n'
        f"    The build could not read this file ({html.escape(type(error).__name__)}); "
        "here it is as plain text.\n\n"
        f"{fence}text\n{text}\n{fence}\n"
    )
    return GeneratedPage(markdown, {"title": page_title(title)})


def on_files(files: Files, config: MkDocsConfig) -> Files:
    shared = SharedConverter(config) if _shared_markdown else None
    bank_files = sorted((f for f in files if _is_bank(f)), key=lambda f: f.src_uri)
    taken = _names_by_folder(files)
    for file in bank_files:
        slug = posixpath.splitext(file.src_uri[len(_layout.banks_dir) + 1 :])[0]
        shown_path = posixpath.join(posixpath.basename(config.docs_dir), file.src_uri)
        files.remove(file)
        try:
            bank, topic, questions, expected = _read_bank(file, slug, taken.get(f"{_layout.banks_dir}/{slug}", set()))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:  # also pyo3's PanicException, which is no Exception
            page = _unreadable_bank(file, shown_path, error)
            files.append(_generated_page(config, file.src_uri, page, InclusionLevel.UNDEFINED))
            continue
        _log_problems(bank, shown_path)
        log.info(
            f"{file.src_uri}: {len(bank.questions)} questions ({_style_summary(bank)}), "
            f"{len(bank.unanswered)} without an answer, {bank.question_share:.0%} of the text in questions"
        )
        for src, lines in expected.items():
            _expected_lines[src] = (shown_path, lines)
        _banks.append(bank)
        files.append(_generated_page(config, file.src_uri, topic, InclusionLevel.UNDEFINED))
        srcs = []
        for src, page in questions:
            file = _generated_page(config, src, page, InclusionLevel.NOT_IN_NAV)
            if page.meta["qa"]["page"] != "question":  # the reading page: one big page, no previous/next
                files.append(file)
                continue
            if shared is not None:
                file.page = SharedMarkdownPage(file, config, shared)
            files.append(file)
            srcs.append(src)
        _question_srcs[bank.slug] = srcs
    _add_practice_files(files, config)
    return files


def _style_summary(bank: Bank) -> str:
    if len(bank.styles) <= 1:
        return f"{bank.style} style"
    return "mixed styles: " + ", ".join(f"{style} {count}" for style, count in bank.styles.items())


def _add_practice_files(files: Files, config: MkDocsConfig) -> None:
    """The practice index script, and the practice page unless the docs have their own."""
    files.append(File.generated(config, PRACTICE_INDEX_URI, content=index_script(practice_index(_banks, _layout))))
    if files.get_file_from_path(_practice_src) is None:
        files.append(
            File.generated(config, _practice_src, content=practice_page(), inclusion=InclusionLevel.NOT_IN_NAV)
        )


def _tag_anchor_parts() -> list[str] | None:
    """[prefix, suffix] of a tag's anchor around its slug; None if the slugify hides the slug."""
    anchor = _layout.tag_anchor(_TAG_MARKER)
    if _TAG_MARKER not in anchor:
        return None
    prefix, suffix = anchor.split(_TAG_MARKER, 1)
    return [prefix, suffix]


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Tell the templates where the practice page and the practice index are, and which search runs."""
    env.globals["qa_links"] = {
        "practice": _layout.url_of(_practice_src),
        "index": PRACTICE_INDEX_URI,
        "search_worker": _search_engine == "qa",
        # The tags page's anchor of a tag, as prefix and suffix around its slug
        # (tags_slugify_format), so that its script finds the tag headings.
        "tag_anchor": _tag_anchor_parts(),
    }
    _escape_tag_toc_entries(config)
    return env


def _escape_tag_toc_entries(config: MkDocsConfig) -> None:
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
            if link.id == _layout.tag_anchor(link.title):
                link.title = html.escape(link.title)
            stack.extend(link.children)


@event_priority(-100)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Link questions of a topic with previous/next, which MkDocs gives only to pages in the nav."""
    for srcs in _question_srcs.values():
        pages: list[Page] = [files.get_file_from_path(src).page for src in srcs]
        for before, after in zip(pages, pages[1:], strict=False):
            before.next_page, after.previous_page = after, before
    _nav_order.update((page.file.src_uri, i) for i, page in enumerate(nav.pages))
    _add_pdf_files(files, config)
    return nav


def _banks_in_nav_order() -> list[Bank]:
    return sorted(_banks, key=lambda b: _nav_order.get(_layout.topic_src(b), len(_nav_order)))


def on_startup(command: str, dirty: bool) -> None:
    global _command, _dirty
    _command = command
    _dirty = dirty


def on_shutdown() -> None:
    if _page_cache is not None:
        shutil.rmtree(_page_cache, ignore_errors=True)


def _generated_page(config: MkDocsConfig, src: str, page: GeneratedPage, inclusion: InclusionLevel) -> File:
    """A generated page, its metadata kept aside for ``on_page_markdown`` (no front matter to parse).

    Under ``mkdocs serve --dirty`` the page is backed by a file rewritten only when its
    content changes, so that MkDocs re-renders just the pages of the bank that was edited.
    """
    _page_meta[src] = page.meta
    content = page.markdown
    if not _dirty:
        file = File.generated(config, src, content=content, inclusion=inclusion)
    else:
        file = File.generated(config, src, abs_src_path=_cached_page(src, content), inclusion=inclusion)
    _page_files[src] = file
    return file


def _cached_page(src: str, content: str) -> str:
    """The path of a file holding ``content``, rewritten only when it changed."""
    global _page_cache
    if _page_cache is None:
        _page_cache = tempfile.mkdtemp(prefix="qa-pages-")
    path = os.path.join(_page_cache, *src.split("/"))
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


def _pdf_wanted(config: MkDocsConfig) -> bool:
    """PDFs are made by `mkdocs build`, not `mkdocs serve`; ``QA_PDF=0``/``1`` overrides both and ``extra.qa.pdf``."""
    override = os.environ.get("QA_PDF", "").strip().lower()
    if override in ("0", "1", "false", "true", "no", "yes", "off", "on"):
        return override in ("1", "true", "yes", "on")
    return bool((config.extra.get("qa") or {}).get("pdf", True)) and _command != "serve"


def _pdf_paper(config: MkDocsConfig) -> str:
    """``extra.qa.pdf_paper``: the paper size of the PDF editions (A4 unless set)."""
    paper = (config.extra.get("qa") or {}).get("pdf_paper", "A4")
    if paper not in PAPER_SIZES:
        raise PluginError(f"mkdocs.yml: extra.qa.pdf_paper is {paper!r}; use one of {', '.join(PAPER_SIZES)}")
    return paper


def _build_date() -> date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds
    return datetime.fromtimestamp(int(epoch), UTC).date() if epoch else date.today()


def _add_pdf_files(files: Files, config: MkDocsConfig) -> None:
    """Render the PDF editions (once the nav gives the topic order) and add them to the site."""
    if not _banks or not _pdf_wanted(config):
        return
    banks = _banks_in_nav_order()
    site_url = config.site_url or ""
    job = PdfJob(
        banks=banks,
        site_name=config.site_name,
        built=_build_date(),
        question_urls={
            (b.slug, q.id): urljoin(site_url, _layout.url_of(_layout.question_src(b, q)))
            for b in banks
            for q in b.questions
        }
        if site_url
        else {},
        markdown_extensions=config.markdown_extensions,
        markdown_configs=config.mdx_configs,
        base_url=os.path.join(config.docs_dir, _layout.banks_dir) + os.sep,
        docs_dir=config.docs_dir,
        language=str(config.theme.get("language") or "en"),
        logger=log.name,
        source_dir=posixpath.basename(config.docs_dir),
        paper=_pdf_paper(config),
        overrides=os.path.join(config.theme.custom_dir, "print") if config.theme.custom_dir else "",
    )
    editions = pdf_editions(banks, config.site_name)
    count = sum(len(b.questions) for b in banks)
    _add_epub_files(files, config, job)
    earlier = os.environ.get("QA_PDF_FROM", "")  # a built site whose PDFs to reuse (tools/offline_zip.py)
    reused = reuse_pdfs(earlier, banks, config.site_name) if earlier else {}
    if reused:
        log.info(f"PDF: {len(reused)} PDFs of {count} questions taken from {earlier}")
        _pdfs.update(reused)
        for path, pdf in _pdfs.items():
            files.append(File.generated(config, path, content=pdf.data))
        return
    log.info(f"PDF: rendering {len(editions)} PDFs of {count} questions (QA_PDF=0 skips them)")

    def progress(pdf: RenderedPdf, done: int, total: int) -> None:
        log.info(
            f"PDF {done}/{total}: {pdf.edition.path}, {pdf.pages} pages, {human_size(pdf.size)}, {pdf.seconds:.1f} s"
        )

    # One process under `mkdocs serve` (QA_PDF=1): its server threads make forking unsafe.
    try:
        _pdfs.update(render_pdfs(job, workers=1 if _command == "serve" else None, progress=progress))
    except PdfShortfall as shortfall:  # a PDF short of questions is a build error, never published
        raise PluginError(str(shortfall)) from shortfall
    for problem in dict.fromkeys(p for pdf in _pdfs.values() for p in pdf.problems):
        log.warning(problem)
    for path, pdf in _pdfs.items():
        files.append(File.generated(config, path, content=pdf.data))


def _add_epub_files(files: Files, config: MkDocsConfig, job: PdfJob) -> None:
    """The EPUB (study edition) of every topic, from the same Markdown as the PDFs."""
    epub_job = EpubJob(job.site_name, job.built, job.question_urls, job.language)
    _epubs.update(render_epubs(job.banks, epub_job, MarkdownToHtml(job.markdown_extensions, job.markdown_configs)))
    for path, epub in _epubs.items():
        files.append(File.generated(config, path, content=epub.data))


_SUMMARY_LINE = "{ .qa-topic-summary }\n"


def _with_pdf_links(markdown: str, page: Page, config: MkDocsConfig) -> str:
    """The home page gets a table of every PDF, a topic page the links to its own two editions."""
    if not _pdfs:
        return markdown
    if TOPICS_MARKER in markdown:
        banks = _banks_in_nav_order()
        offline_zip = (config.extra.get("qa") or {}).get("offline_zip", "site-offline.zip")
        table = pdf_downloads_table(_pdfs, banks, page.file.src_uri, str(offline_zip or ""), _epubs)
        return markdown.replace(TOPICS_MARKER, f"{TOPICS_MARKER}\n\n{table}", 1)
    qa = page.meta.get("qa") or {}
    bank = next((b for b in _banks if qa.get("page") == "topic" and b.slug == qa.get("topic")), None)
    if bank is None:
        return markdown
    links = topic_pdf_links(_pdfs, bank, page.file.src_uri, _epubs)
    if _SUMMARY_LINE in markdown:
        return markdown.replace(_SUMMARY_LINE, f"{_SUMMARY_LINE}\n{links}", 1)
    return f"{markdown}\n\n{links}"


@event_priority(100)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    page.meta.update(_page_meta.pop(page.file.src_uri, {}))
    markdown = _with_pdf_links(markdown, page, config)
    if TOPICS_MARKER in markdown:
        banks = _banks_in_nav_order()
        markdown = markdown.replace(TOPICS_MARKER, topics_overview(banks, _layout, page.file.src_uri))
    if PRACTICE_MARKER in markdown:
        markdown = markdown.replace(PRACTICE_MARKER, practice_area(_layout, page.file.src_uri))
    return markdown


def _escape_tags_for_materials_search(config: MkDocsConfig) -> None:
    """Material's own search (``extra.qa.search_engine: material``) shows tags as HTML: give it them escaped.

    Our engine reads tags as text, so for it the index keeps them as they are.
    """
    if _search_engine != "material":
        return
    search = config.plugins.get("material/search")
    for entry in getattr(getattr(search, "search_index", None), "entries", ()):
        if isinstance(entry.get("tags"), list):
            entry["tags"] = [html.escape(str(tag)) for tag in entry["tags"]]


_SUMMARY = re.compile(rf"<summary>{re.escape(SHOW_ANSWER)}</summary>")


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Check that the page shows its bank lines; clean the HTML of pages made from banks (no script
    from a bank); keep the "Show answer" label out of every search entry.

    The lines are checked before cleaning: what the sanitiser drops on purpose was not lost by the parser.
    """
    expected = _expected_lines.pop(page.file.src_uri, None)
    if expected is not None:
        bank_path, lines = expected
        for line in unseen_lines(lines, html):
            _unseen.append(
                f"{bank_path}:{line.line}: this line is not shown on {page.file.src_uri} "
                f"('{' '.join(line.words)[:80]}')"
            )
    kind = (page.meta.get("qa") or {}).get("page")
    if kind == "read":
        missing = '<p><a href="../{name}/">Open this question</a> (its page was not rendered in this build).</p>'
        html = fill_placeholders(html, _question_contents, missing)
    if kind in ("topic", "question", "read"):
        html = sanitize_html(html)
    html = _SUMMARY.sub(f"<summary data-search-exclude>{SHOW_ANSWER}</summary>", html)
    if kind == "question":
        _question_contents[page.file.src_uri] = question_content(html)
    return html


@event_priority(50)  # before the search plugin writes its index
def on_post_build(config: MkDocsConfig) -> None:
    """Escaped tags for Material's search; nothing is lost: a bank line missing from its page fails the build."""
    _escape_tags_for_materials_search(config)
    if not _unseen:
        return
    for message in _unseen[:20]:
        log.error(message)
    raise PluginError(
        f"{len(_unseen)} lines of the banks are not shown on the site (first: {_unseen[0]}). "
        "This is a bug of the Q&A parser, not of your bank: please report it with the file; "
        "until then 'qa: {style: NAME}' in the bank's front matter may read it another way."
    )
