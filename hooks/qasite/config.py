"""The settings of the study site: ``extra.qa`` in ``mkdocs.yml``, typed and validated.

Every option and its default lives here, and nowhere else: the templates read the
validated values from the build (``qa_site`` in ``overrides/main.html``).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from qabank.print_html import PAPER_SIZES

# "qa": our search engine behind Material's search box (overrides/main.html); "material": lunr.
SEARCH_ENGINES = ("qa", "material")


class QaConfig(base.Config):
    """``extra.qa``: where the banks are and what the build makes of them (README, "Settings")."""

    banks = c.Type(str, default="topics")
    """Folder under ``docs/`` whose Markdown files are question banks."""
    tags_page = c.Type(str, default="tags.md")
    """The page holding the ``<!-- material/tags -->`` listing."""
    practice_page = c.Type(str, default="practice.md")
    """The practice page; generated unless ``docs/`` has a file of that name."""
    pdf = c.Type(bool, default=True)
    """Make the PDF editions in ``mkdocs build`` (``QA_PDF=0``/``1`` overrides it)."""
    pdf_paper = c.Choice(PAPER_SIZES, default="A4")
    """The paper size of the PDF editions."""
    offline_zip = c.Type((str, bool), default="site-offline.zip")
    """The offline copy the home page links, a path from the site root (``false``: no link)."""
    search_engine = c.Choice(SEARCH_ENGINES, default="qa")
    """``qa``: our engine behind Material's search box; ``material``: Material's lunr search."""
    shared_markdown = c.Type(bool, default=True)
    """Convert question pages with one Markdown converter, reset between pages."""


class QaConfigError(ValueError):
    """``extra.qa`` has a key or value the build cannot use; the message says which and what is allowed."""


def _allowed(option: base.BaseConfigOption) -> str:
    if isinstance(option, c.Choice):
        return "one of " + ", ".join(repr(choice) for choice in option.choices)
    if isinstance(option, c.Type):
        expected = option._type
        names = {bool: "true or false", str: "a string", int: "a whole number"}
        if isinstance(expected, tuple):
            return " or ".join(names.get(t, t.__name__) for t in expected)
        return names.get(expected, expected.__name__)
    return "see the README, 'Settings'"


def load_qa_config(options: Any, where: str = "mkdocs.yml: extra.qa") -> QaConfig:
    """Validate ``extra.qa``; every unknown key and every wrong value is named in one ``QaConfigError``."""
    config = QaConfig()
    if options is None:
        options = {}
    if not isinstance(options, Mapping):
        raise QaConfigError(f"{where} is {options!r}; it must be a mapping of settings such as 'banks: topics'")
    config.load_dict(dict(options))
    problems = []
    known = [key for key, _ in QaConfig._schema]
    for key in sorted(set(map(str, options)) - set(known)):
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        problems.append(f"{where}.{key}: unknown setting{hint} (known: {', '.join(known)})")
    for key, option in QaConfig._schema:
        value = config.get(key)
        try:
            config[key] = option.validate(value)
        except base.ValidationError:
            problems.append(f"{where}.{key} is {value!r}; use {_allowed(option)}")
    if problems:
        raise QaConfigError("\n".join(problems))
    return config


def defaults() -> dict[str, Any]:
    """Every setting with its default value."""
    return {key: option.default for key, option in QaConfig._schema}
