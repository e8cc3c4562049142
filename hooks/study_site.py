"""MkDocs hooks: connect MkDocs events to the Q&A core in ``qabank``.

Nothing here parses or renders; it only finds banks, hands them to the core and
puts the resulting pages into the build. Settings live in ``mkdocs.yml`` under
``extra.qa`` (see the README).
"""

from __future__ import annotations

import logging
import posixpath
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from qabank.model import Bank, Severity
from qabank.pages import SHOW_ANSWER, TOPICS_MARKER, SiteLayout, question_page, topic_page, topics_overview
from qabank.parse import parse_bank

log = logging.getLogger("mkdocs.hooks.study_site")

# mkdocs serve keeps this module loaded between rebuilds: on_config resets it.
_banks: list[Bank] = []
_layout = SiteLayout()
_question_srcs: dict[str, list[str]] = {}
_nav_order: dict[str, int] = {}


def _tag_anchor_from(config: MkDocsConfig):
    tags = config.plugins.get("material/tags")
    if tags is None:
        return SiteLayout.tag_anchor
    slugify = tags.config.tags_slugify
    separator = tags.config.tags_slugify_separator
    template = tags.config.tags_slugify_format
    return lambda tag: template.format(slug=slugify(tag, separator))


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _layout
    _banks.clear()
    _question_srcs.clear()
    _nav_order.clear()
    options = config.extra.get("qa") or {}
    _layout = SiteLayout(
        banks_dir=str(options.get("banks", "topics")).strip("/"),
        tags_page=str(options.get("tags_page", "tags.md")),
        tag_anchor=_tag_anchor_from(config),
        url_of=lambda src: File(src, None, config.site_dir, config.use_directory_urls).url,
    )
    return config


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


def on_files(files: Files, config: MkDocsConfig) -> Files:
    bank_files = sorted((f for f in files if _is_bank(f)), key=lambda f: f.src_uri)
    for file in bank_files:
        slug = posixpath.splitext(file.src_uri[len(_layout.banks_dir) + 1 :])[0]
        bank = parse_bank(file.content_string, path=file.src_uri, slug=slug)
        _log_problems(bank, posixpath.join(posixpath.basename(config.docs_dir), file.src_uri))
        log.info(
            f"{file.src_uri}: {len(bank.questions)} questions ({bank.style} style), "
            f"{len(bank.unanswered)} without an answer"
        )
        _banks.append(bank)
        files.remove(file)
        files.append(File.generated(config, file.src_uri, content=topic_page(bank, _layout)))
        srcs = []
        for question in bank.questions:
            src = _layout.question_src(bank, question)
            files.append(
                File.generated(
                    config,
                    src,
                    content=question_page(bank, question, _layout),
                    inclusion=InclusionLevel.NOT_IN_NAV,
                )
            )
            srcs.append(src)
        _question_srcs[bank.slug] = srcs
    return files


@event_priority(-100)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Link questions of a topic with previous/next, which MkDocs gives only to pages in the nav."""
    for srcs in _question_srcs.values():
        pages: list[Page] = [files.get_file_from_path(src).page for src in srcs]
        for before, after in zip(pages, pages[1:], strict=False):
            before.next_page, after.previous_page = after, before
    _nav_order.update((page.file.src_uri, i) for i, page in enumerate(nav.pages))
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if TOPICS_MARKER in markdown:
        banks = sorted(_banks, key=lambda b: _nav_order.get(_layout.topic_src(b), len(_nav_order)))
        markdown = markdown.replace(TOPICS_MARKER, topics_overview(banks, _layout, page.file.src_uri))
    return markdown


_SUMMARY = re.compile(rf"<summary>{re.escape(SHOW_ANSWER)}</summary>")


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Keep the "Show answer" label out of every search entry."""
    return _SUMMARY.sub(f"<summary data-search-exclude>{SHOW_ANSWER}</summary>", html)
