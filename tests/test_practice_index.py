"""The practice index (qabank.practice) and the practice page in the built site."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from qabank.pages import SiteLayout
from qabank.parse import parse_bank
from qabank.practice import index_script, practice_index
from sitebuild import SEED, search_index, soup

BANK = """---
tags: [python]
title: Python basics
---
### 1. What is `len` for?
<!-- tags: builtins -->

**Answer:** It counts. SECRET-ANSWER-TEXT

### 2. Why does </script> stay text?

**Answer:** TODO
"""


def index_from_script(script: str) -> dict:
    prefix, suffix = "window.qaPracticeIndex=", ";\n"
    assert script.startswith(prefix) and script.endswith(suffix)
    return json.loads(script[len(prefix) : -len(suffix)])


def test_index_lists_keys_titles_urls_and_tags_without_answers():
    bank = parse_bank(BANK, "topics/python-basics.md", slug="python-basics")
    index = practice_index([bank], SiteLayout())
    assert index["version"] == 1
    assert index["tags"] == ["python", "builtins"]
    [topic] = index["topics"]
    assert (topic["slug"], topic["title"], topic["url"]) == ("python-basics", "Python basics", "topics/python-basics/")
    first, second = topic["questions"]
    assert first == {
        "key": "python-basics/what-is-len-for",
        "title": "What is len for?",
        "url": "topics/python-basics/what-is-len-for/",
        "tags": [0, 1],
    }
    assert second["unanswered"] is True and second["tags"] == [0]
    assert "SECRET-ANSWER-TEXT" not in json.dumps(index)


def test_index_script_is_compact_and_cannot_close_a_script_element():
    bank = parse_bank(BANK, "topics/python-basics.md", slug="python-basics")
    index = practice_index([bank], SiteLayout())
    script = index_script(index)
    assert "</script>" not in script
    assert ", " not in script.split("=", 1)[1].replace("Why does", "")
    assert index_from_script(script) == index


HOSTILE_TITLES = """### 1. Does </script><script>alert(1)</script> end it?

**Answer:** No.

### 2. Does <!-- or --> or <!--<script> change it?

**Answer:** No.

### 3. Line\u2028and paragraph\u2029separators & ampersands?

**Answer:** Kept.
"""


def test_index_script_keeps_hostile_titles_inside_its_json_string():
    bank = parse_bank(HOSTILE_TITLES, "topics/trap.md", slug="trap")
    index = practice_index([bank], SiteLayout())
    titles = [q["title"] for q in index["topics"][0]["questions"]]
    assert "</script>" in titles[0] and "<!--" in titles[1] and "&" in titles[2]
    # Titles are made plain text, which turns U+2028/U+2029 into spaces; a tag keeps them.
    index["tags"].append("line\u2028and paragraph\u2029separators")
    script = index_script(index)
    for unsafe in ("<", ">", "&", "\u2028", "\u2029"):
        assert unsafe not in script, unsafe
    assert index_from_script(script) == index  # still JSON after the "="
    # And a script that JavaScript reads back to the same index.
    check = "const window = {}; eval(require('fs').readFileSync(0, 'utf8'));"
    check += "console.log(JSON.stringify(window.qaPracticeIndex));"
    run = subprocess.run(["node", "-e", check], input=script, capture_output=True, text=True, check=True)
    assert json.loads(run.stdout) == index


def test_index_uses_the_engines_urls():
    bank = parse_bank(BANK, "topics/python-basics.md", slug="python-basics")
    layout = SiteLayout(url_of=lambda src: src.replace(".md", ".html"))
    urls = [q["url"] for q in practice_index([bank], layout)["topics"][0]["questions"]]
    assert urls == ["topics/python-basics/what-is-len-for.html", "topics/python-basics/why-does-script-stay-text.html"]


@pytest.fixture(scope="module")
def site(example_build) -> Path:
    return example_build[0]


def test_built_site_has_the_index_and_a_practice_page_out_of_nav_and_search(site: Path):
    index = index_from_script((site / "assets/qa/practice-index.js").read_text(encoding="utf-8"))
    seed = parse_bank(SEED.read_text(encoding="utf-8"), "x.md", slug="backend-interview-questions")
    backend = next(t for t in index["topics"] if t["slug"] == "backend-interview-questions")
    assert [q["key"] for q in backend["questions"]] == [f"backend-interview-questions/{q.id}" for q in seed.questions]
    for question in backend["questions"]:
        assert (site / question["url"] / "index.html").exists()

    practice = soup(site / "practice" / "index.html")
    area = practice.select_one("article [data-qa-practice]")
    assert area is not None and "Practice runs need JavaScript" in area.get_text()
    marker = practice.select_one(".qa-page")
    assert marker["data-qa-page"] == "practice"
    assert marker["data-qa-index-url"] == "../assets/qa/practice-index.js"
    nav = soup(site / "index.html").select_one("nav.md-nav--primary")
    assert "practice/" not in [a.get("href") for a in nav.select("a")]
    assert not any(e["location"].startswith("practice/") for e in search_index(site))


def test_pages_tell_the_scripts_what_they_show(site: Path):
    topic = "backend-interview-questions"
    question = soup(site / "topics" / topic / "what-is-load-balancing" / "index.html").select_one(".qa-page")
    assert question["data-qa-page"] == "question"
    assert question["data-qa-key"] == f"{topic}/what-is-load-balancing"
    assert question["data-qa-practice-url"] == "../../../practice/"
    assert question["data-qa-root"] == "../../../"
    assert soup(site / "topics" / topic / "index.html").select_one(".qa-page")["data-qa-topic"] == topic
    assert soup(site / "index.html").select_one(".qa-page")["data-qa-page"] == "home"
    assert soup(site / "tags" / "index.html").select_one(".qa-page")["data-qa-page"] == "tags"
    scripts = [s["src"] for s in soup(site / "index.html").select("script[src]") if "assets/qa/" in s["src"]]
    self_check = [src for src in scripts if "/search-" not in src]
    assert self_check[:4] == [
        "./assets/qa/contract.js",  # the names the scripts share with the pages, before every script
        "./assets/qa/vendor/ts-fsrs/index.umd.js",  # the FSRS library, before the schedule that uses it
        "./assets/qa/schedule.js",
        "./assets/qa/progress-data.js",
    ]
    tags = soup(site / "tags" / "index.html").select_one(".qa-page")
    assert (tags["data-qa-tag-anchor-prefix"], tags["data-qa-tag-anchor-suffix"]) == ("tag:", "")
    assert all((site / src).exists() for src in scripts)
