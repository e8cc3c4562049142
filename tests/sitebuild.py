"""Build a copy of the project in a temporary folder, the way `mkdocs build` does."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "docs" / "topics" / "backend-interview-questions.md"


def copy_project(dest: Path, *, with_banks: bool = True) -> Path:
    """Copy mkdocs.yml, hooks/, overrides/ and docs/ into ``dest``."""
    shutil.copy(PROJECT / "mkdocs.yml", dest / "mkdocs.yml")
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("hooks", "overrides", "docs"):
        shutil.copytree(PROJECT / folder, dest / folder, ignore=ignore)
    if not with_banks:
        for bank in (dest / "docs" / "topics").glob("*.md"):
            bank.unlink()
    return dest


def build_site(project: Path, *, strict: bool = True) -> Path:
    """Build ``project`` into ``project/site`` and return that folder."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"), strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return project / "site"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def search_index(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def warnings(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.levelno >= logging.WARNING]
