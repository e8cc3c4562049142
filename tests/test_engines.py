"""The site on either engine, MkDocs 1.6 or ProperDocs 1.6 (``hooks/site_engine.py``).

These tests run on the engine that is installed: ``bash tests/run`` on MkDocs, ``.ci/properdocs``
again, with the rest of the build tier, in a venv that has ProperDocs and no MkDocs.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
import site_engine
from mkdocs.exceptions import Abort
from sitebuild import build_site, copy_project, soup

GOOD_BANK = "### 1. What is a port?\n\n**Answer:** A number that names a service on a host.\n"
BAD_BANK = "---\ntags: [a, b\n---\n### 1. Q?\n\n**Answer:** A.\n"  # its front matter is no YAML: a warning


def test_a_warning_from_a_bad_bank_is_logged_by_the_engine_and_fails_strict(tmp_path, caplog):
    project = copy_project(tmp_path)
    (project / "docs/topics/ports.md").write_text(GOOD_BANK, encoding="utf-8")
    site = build_site(project, strict=True)
    assert "A number that names a service" in soup(site / "topics/ports/what-is-a-port/index.html").get_text()

    (project / "docs/topics/broken.md").write_text(BAD_BANK, encoding="utf-8")
    with caplog.at_level(logging.INFO, logger=site_engine.NAME), pytest.raises(Abort) as aborted:
        build_site(project, strict=True)
    assert str(aborted.value) == "Aborted with 1 warnings in strict mode!"
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warning.name.startswith(f"{site_engine.NAME}.")  # the engine's own logger, which --strict counts
    assert warning.getMessage().startswith("docs/topics/broken.md:3: ")


def test_the_engines_own_command_fails_strict_on_a_bad_bank(tmp_path):
    project = copy_project(tmp_path)
    (project / "docs/topics/ports.md").write_text(GOOD_BANK, encoding="utf-8")
    env = {**os.environ, "QA_PDF": "0", "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    command = [sys.executable, "-m", site_engine.NAME, "build", "--strict", "-f", "mkdocs.yml", "-d", "site"]

    def build() -> subprocess.CompletedProcess:
        return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=120)

    good = build()
    assert good.returncode == 0, good.stderr
    (project / "docs/topics/broken.md").write_text(BAD_BANK, encoding="utf-8")
    bad = build()
    assert bad.returncode == 1, bad.stderr
    assert "WARNING -  docs/topics/broken.md:3: " in bad.stderr
    assert bad.stdout.strip() == "Aborted with 1 warnings in strict mode!"
