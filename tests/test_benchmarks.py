"""Smoke runs of the benchmark scripts, so that they keep working (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

from mkdocs.config import load_config
from sitebuild import PROJECT


def run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(PROJECT / "bench" / script), *args], capture_output=True, text=True, check=True
    )


def test_site_benchmark_builds_and_reports(tmp_path):
    out = tmp_path / "site.json"
    result = run(
        "site_benchmark.py",
        "--sizes",
        "100",
        "--no-single",
        "--no-search",
        "--no-serve",
        "--pdf-max",
        "0",
        "--repeat",
        "1",
        "--side-by-side",
        "1",
        "--json",
        str(out),
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    (row,) = report["rows"]
    assert row["case"] == "spread-100" and row["questions"] == 100 and row["banks"] == 10
    assert row["shared_markdown"] is True
    assert row["build_s"] > 0 and row["baseline_s"] > 0 and row["peak_mb"] > 0 and row["ratio_paired"] > 0
    if len(os.sched_getaffinity(0)) >= 2:  # the CPUs the benchmark may pin its side-by-side builds to
        assert row["ratio_side_by_side"] > 0 and len(row["runs"]["side_by_side_cpu_s"]) == 1
    else:
        assert "ratio_side_by_side" not in row
    assert 5 < row["page_kb"] < 40 and row["index_mb"] > 0
    assert row["related_s"] >= 0 and row["json_s"] >= 0 and row["anki_s"] >= 0 and row["related_pct"] >= 0
    assert row["json_mb"] > 0 and row["anki_mb"] > 0
    assert "spread-100" in result.stdout and report["machine"]["cpus"] >= 1


def test_site_benchmark_can_build_ours_with_a_converter_per_page(tmp_path):
    spec = importlib.util.spec_from_file_location("site_benchmark", PROJECT / "bench" / "site_benchmark.py")
    site_benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(site_benchmark)
    for shared in (True, False):
        project = site_benchmark.write_hooked(tmp_path / str(shared), 20, 2, shared_markdown=shared)
        qa = load_config(str(project / "mkdocs.yml")).extra["qa"]
        assert qa.get("shared_markdown", True) is shared and qa["banks"] == "topics"


def test_parse_benchmark_reports(tmp_path):
    out = tmp_path / "parse.json"
    run("parse_benchmark.py", "--sizes", "0.05", "--repeat", "1", "--json", str(out))
    (row,) = json.loads(out.read_text(encoding="utf-8"))
    assert row["questions"] > 100 and row["seconds"] > 0
