"""Question pages rendered by one Markdown converter for the whole build.

MkDocs' ``Page.render`` builds a new ``markdown.Markdown``, with every extension of
``mkdocs.yml``, for every page. For a site of short question pages that construction and
the first conversion on a fresh converter are about half of each page's Markdown time.
Python-Markdown's contract for converting many documents is one converter and ``reset()``
between them (extensions that keep state clear it in their ``reset``), so question pages
use that. ``extra.qa.shared_markdown: false`` in ``mkdocs.yml`` turns it off for an
extension that breaks that contract.

MkDocs 1.6 keeps a ``File.page`` that a plugin set to a subclass of ``Page`` (Material's
blog plugin does the same for its posts).
"""

from __future__ import annotations

import logging

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import (
    Page,
    _ExtractAnchorsTreeprocessor,
    _ExtractTitleTreeprocessor,
    _RawHTMLPreprocessor,
    _RelativePathTreeprocessor,
)
from mkdocs.structure.toc import get_toc
from site_engine import logger

_engine_pages_log = logger("structure.pages")


class SharedConverter:
    """One ``markdown.Markdown`` with the extensions of ``mkdocs.yml``, reset for each page."""

    def __init__(self, config: MkDocsConfig) -> None:
        self._converter = markdown.Markdown(
            extensions=config.markdown_extensions, extension_configs=config.mdx_configs or {}
        )

    def for_next_page(self) -> markdown.Markdown:
        self._converter.reset()
        return self._converter


class SharedMarkdownPage(Page):
    """A page out of the nav whose ``render`` takes its converter from a ``SharedConverter``."""

    def __init__(self, file: File, config: MkDocsConfig, converter: SharedConverter) -> None:
        self._shared_converter = converter
        super().__init__(None, file, config)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        # MkDocs 1.6.1's Page.render, but for where `md` comes from;
        # tests/test_shared_markdown.py holds the two to the same HTML.
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        md = self._shared_converter.for_next_page()

        raw_html_ext = _RawHTMLPreprocessor()
        raw_html_ext._register(md)
        extract_anchors_ext = _ExtractAnchorsTreeprocessor(self.file, files, config)
        extract_anchors_ext._register(md)
        relative_path_ext = _RelativePathTreeprocessor(self.file, files, config)
        relative_path_ext._register(md)
        extract_title_ext = _ExtractTitleTreeprocessor()
        extract_title_ext._register(md)

        self.content = md.convert(self.markdown)
        self.toc = get_toc(getattr(md, "toc_tokens", []))
        self._title_from_render = extract_title_ext.title
        self.present_anchor_ids = extract_anchors_ext.present_anchor_ids | raw_html_ext.present_anchor_ids
        if _engine_pages_log.getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = relative_path_ext.links_to_anchors
