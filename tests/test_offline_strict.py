"""``tools/offline_zip.py --strict`` stops on a warning, as ``mkdocs build --strict`` does (the workflow uses it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sitebuild import PROJECT, copy_project


def _zip(project: Path, *options: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QA_PDF": "0", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, str(PROJECT / "tools" / "offline_zip.py"), *options, "-o", str(project / "offline.zip")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_strict_offline_zip_stops_on_a_warning_that_a_plain_one_only_logs(tmp_path):
    project = copy_project(tmp_path, with_banks=False)
    (project / "docs" / "topics" / ".pages").unlink()
    (project / "docs" / "topics" / "tiny.md").write_text("### Why?\n\n**Answer:** Because.\n", encoding="utf-8")
    with open(project / "docs" / "index.md", "a", encoding="utf-8") as home:
        home.write("\n[a page that is not there](nowhere.md)\n")
    plain = _zip(project)
    assert plain.returncode == 0, plain.stderr
    assert "nowhere.md" in plain.stderr
    assert (project / "offline.zip").is_file()
    (project / "offline.zip").unlink()
    strict = _zip(project, "--strict")
    assert strict.returncode == 1
    assert "error: Aborted with 1 warnings in strict mode!" in strict.stderr
    assert not (project / "offline.zip").exists()
