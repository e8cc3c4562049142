"""The names the core, the templates and the scripts share are the ones ``qabank.contract`` declares."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from qabank import contract
from qabank.pages import SiteLayout, question_page, reading_page, topic_page, topics_overview
from qabank.parse import parse_bank
from qabank.practice import practice_area
from sitebuild import PROJECT, SEED

ASSETS = PROJECT / "overrides" / "assets" / "qa"
SCRIPTS = sorted(p for p in ASSETS.glob("*.js"))
TEMPLATES = sorted((PROJECT / "overrides").rglob("*.html"))
STYLES = sorted(ASSETS.glob("*.css"))
# A class, id, storage key or attribute of ours: qa-…, data-qa-….
OUR_NAME = re.compile(r"(?<![\w-])(?:data-)?qa-[a-z0-9_-]*[a-z0-9]")
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')
CONTRACT_USE = re.compile(r"\bnames\.(\w+)\.(\w+)")


def _names_in(text: str) -> set[str]:
    return set(OUR_NAME.findall(text))


def _script_strings(path: Path) -> str:
    return "\n".join(STRING.findall(path.read_text(encoding="utf-8")))


def test_the_scripts_exist():
    assert len(SCRIPTS) >= 10 and len(TEMPLATES) >= 3 and len(STYLES) >= 3


@pytest.mark.parametrize("path", SCRIPTS + TEMPLATES + STYLES, ids=lambda p: p.name)
def test_every_name_a_file_uses_is_declared(path: Path):
    text = _script_strings(path) if path.suffix == ".js" else path.read_text(encoding="utf-8")
    undeclared = sorted(name for name in _names_in(text) if not contract.declared(name))
    assert undeclared == [], f"{path.name} uses names qabank/contract.py does not declare"


def test_the_core_writes_only_declared_names():
    bank = parse_bank(SEED.read_text(encoding="utf-8"), path="topics/backend-interview-questions.md")
    layout = SiteLayout()
    markdown = [topic_page(bank, layout).markdown, reading_page(bank, layout).markdown]
    markdown += [question_page(bank, q, layout).markdown for q in bank.questions]
    markdown += [topics_overview([bank], layout, "index.md"), practice_area(layout, "practice.md")]
    used = set().union(*map(_names_in, markdown))
    assert {"qa-topic-summary", "qa-questions", "data-qa-key", "data-qa-topic", "data-qa-practice"} <= used
    assert sorted(name for name in used if not contract.declared(name)) == []


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda p: p.name)
def test_scripts_take_the_shared_names_from_the_contract(path: Path):
    """A name the pages or templates write is read from ``window.qaContract``, never spelt out in a script."""
    shared = set(contract.CLASSES.values()) | set(contract.ATTRIBUTES.values())
    shared = {name for name in shared if name.startswith(("qa-", "data-qa-"))}
    assert sorted(_names_in(_script_strings(path)) & shared) == []


@pytest.mark.parametrize("path", SCRIPTS + TEMPLATES, ids=lambda p: p.name)
def test_every_contract_name_a_file_reads_exists(path: Path):
    names = contract.for_scripts()
    uses = CONTRACT_USE.findall(path.read_text(encoding="utf-8"))
    missing = sorted(f"{group}.{key}" for group, key in uses if key not in names.get(group, {}))
    assert missing == []


def test_the_template_writes_no_shared_name_itself():
    main = (PROJECT / "overrides" / "main.html").read_text(encoding="utf-8")
    assert "names.classes.page" in main and "names.attributes.key" in main
    shared = [*contract.CLASSES.values(), *contract.ATTRIBUTES.values()]
    shared = {name for name in shared if name.startswith(("qa-", "data-qa-"))}
    assert sorted(_names_in(main) & shared) == []


def test_the_scripts_get_the_contract_as_a_classic_script():
    script = contract.contract_script()
    prefix = f"window.{contract.GLOBALS['contract']} = "
    assert script.startswith(prefix) and script.endswith(";\n")
    assert json.loads(script[len(prefix) : -2]) == contract.for_scripts()


def test_a_declared_name_is_a_whole_block():
    assert contract.declared("qa-run__title") and contract.declared("qa-progress__part--known")
    assert contract.declared("data-qa-key") and contract.declared("qa-topic-summary")
    assert not contract.declared("qa-runs") and not contract.declared("data-qa-colour")
