"""The search worker's per-language stemmer scripts (tools/split_stemmers.py) are the vendored file, split."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import split_stemmers  # noqa: E402

SOURCE = (split_stemmers.FOLDER / split_stemmers.SOURCE).read_text(encoding="utf-8")
ALGORITHMS = re.search(r"function algorithms\(\) \{\s*return \[([^\]]*)\]", SOURCE).group(1)
NAMES = re.findall(r"'(\w+)'", ALGORITHMS)


def test_every_algorithm_of_the_vendored_file_has_its_script_as_the_tool_writes_it():
    scripts = split_stemmers.split(SOURCE)
    assert sorted(scripts) == sorted(NAMES) and len(NAMES) == 24
    for name, text in scripts.items():
        assert (split_stemmers.FOLDER / f"{name}.js").read_text(encoding="utf-8") == text, name
    written = {path.stem for path in split_stemmers.FOLDER.glob("*.js")} - {"snowball-stemmers"}
    assert written == set(NAMES)


def test_a_script_holds_its_own_class_and_none_of_the_others():
    english = split_stemmers.split(SOURCE)["english"]
    assert "var englishStemmer = function" in english and "var germanStemmer" not in english
    assert "return ['english'];" in english
    assert len(english) < len(SOURCE) / 10


def test_the_check_fails_on_a_changed_script(tmp_path, monkeypatch):
    for path in split_stemmers.FOLDER.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(split_stemmers, "FOLDER", tmp_path)
    monkeypatch.setattr(sys, "argv", ["split_stemmers.py", "--check"])
    split_stemmers.main()
    (tmp_path / "german.js").write_text(SOURCE.replace("germanStemmer", "germanStemmer2"), encoding="utf-8")
    with pytest.raises(SystemExit, match="german"):
        split_stemmers.main()


def test_a_layout_the_tool_does_not_know_is_an_error_not_empty_files():
    with pytest.raises(ValueError, match="layout"):
        split_stemmers.split(SOURCE.replace("function newStemmer(lng)", "function makeStemmer(lng)"))


def test_the_tool_runs_from_the_command_line():
    tool = ROOT / "tools" / "split_stemmers.py"
    run = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
