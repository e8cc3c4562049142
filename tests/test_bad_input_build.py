"""Bad banks fail `mkdocs build --strict` with a message naming the file and line."""

from __future__ import annotations

import logging

import pytest
from mkdocs.exceptions import Abort
from sitebuild import build_site, copy_project


def test_broken_front_matter_fails_strict_with_file_and_line(tmp_path, caplog):
    project = copy_project(tmp_path)
    (project / "docs/topics/broken.md").write_text("---\ntags: [a, b\n---\n### 1. Q?\n\n**Answer:** A.\n")
    with caplog.at_level(logging.INFO, logger="mkdocs"), pytest.raises(Abort):
        build_site(project, strict=True)
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(m.startswith("docs/topics/broken.md:") and "not valid YAML" in m for m in messages), messages


def test_same_bank_builds_without_strict(tmp_path, caplog):
    project = copy_project(tmp_path)
    (project / "docs/topics/broken.md").write_text("---\ntags: [a, b\n---\n### 1. Q?\n\n**Answer:** A.\n")
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        site = build_site(project, strict=False)
    assert (site / "topics/broken/q/index.html").exists()


def test_prose_file_in_banks_folder_is_a_warning(tmp_path, caplog):
    project = copy_project(tmp_path)
    (project / "docs/topics/notes.md").write_text("# Notes\n\nNo questions here.\n")
    with caplog.at_level(logging.INFO, logger="mkdocs"), pytest.raises(Abort):
        build_site(project, strict=True)
    assert any("docs/topics/notes.md:1: no questions found" in r.getMessage() for r in caplog.records)
