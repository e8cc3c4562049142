"""MkDocs hooks: hand MkDocs' events to the one ``StudySite`` that owns the build.

Nothing here parses, renders or keeps state: ``qasite.site.StudySite`` does the build's part,
``qasite.config.QaConfig`` reads ``extra.qa`` in ``mkdocs.yml``, and the Q&A logic is in
``qabank``, which knows nothing of MkDocs. ``mkdocs serve`` keeps this module (and the site
object) between rebuilds; ``StudySite.on_config`` starts each build afresh.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from qasite.site import StudySite
from site_engine import logger

site = StudySite(logger("hooks.study_site"))  # the engine's own logger, whose warnings --strict counts


def on_startup(command: str, dirty: bool) -> None:
    site.on_startup(command, dirty)


def on_shutdown() -> None:
    site.on_shutdown()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    return site.on_config(config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    return site.on_files(files, config)


@event_priority(-100)  # after the nav has every page, to link previous/next and order the PDFs
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    return site.on_nav(nav, config, files)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    return site.on_env(env, config, files)


@event_priority(100)  # before other plugins read the page's metadata
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return site.on_page_markdown(markdown, page, config, files)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return site.on_page_content(html, page, config, files)


@event_priority(50)  # before the search plugin writes its index
def _post_build(config: MkDocsConfig) -> None:
    site.on_post_build(config)


@event_priority(-50)  # after it
def _post_build_after_search(config: MkDocsConfig) -> None:
    site.on_post_build_after_search(config)


on_post_build = CombinedEvent(_post_build, _post_build_after_search)
