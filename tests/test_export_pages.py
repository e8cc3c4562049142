"""``python -m qabank pages DOCS OUT``: the generated pages as plain Markdown, built by an engine without hooks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sitebuild import PROJECT, build_site, soup

BANK = """\
---
tags: [networking]
---
# Networking

Questions about the network.

## Basics

### 1. What is a port?
<!-- tags: tcp -->

**Answer:** A number that names a service on a host. See [the next one](#2-what-is-dns).

---

### 2. What is DNS?

**Answer:**

| Name | Address |
|---|---|
| example.org | 93.184.216.34 |

### 3. What is a socket?
"""

HOSTILE = """\
### 1. What does <script>alert("title")</script> do?

**Answer:** <img src=x onerror="alert('answer')"> and [a link](javascript:alert('link')).

### 2. Is this fine?

**Answer:** Yes: <kbd>Ctrl</kbd>, `<script>` in code and [a page](https://example.org).

### 3. What is [this](javascript:alert('title'))?

**Answer:** A title with a script link.
"""

# No `hooks:`, no plugin of ours: what an engine that runs no hooks gets from the Markdown alone.
PLAIN_MKDOCS_YML = """\
site_name: Exported
site_url: https://example.org/exported/
docs_dir: out
not_in_nav: |
  topics/*/*.md
theme:
  name: material
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - tables
  - toc
  - pymdownx.details
  - pymdownx.superfences
"""


def export(docs: Path, out: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT / "hooks")}
    command = [sys.executable, "-m", "qabank", "pages", str(docs), str(out), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    project = tmp_path_factory.mktemp("exported")
    docs = project / "docs"
    (docs / "topics").mkdir(parents=True)
    for name in ("index.md", "tags.md"):
        (docs / name).write_bytes((PROJECT / "docs" / name).read_bytes())
    (docs / "topics" / "networking.md").write_text(BANK, encoding="utf-8")
    (docs / "topics" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    done = export(docs, project / "out")
    assert done.returncode == 0, done.stderr
    (project / "mkdocs.yml").write_text(PLAIN_MKDOCS_YML, encoding="utf-8")
    return project, done


@pytest.fixture(scope="module")
def site(exported) -> Path:
    return build_site(exported[0], strict=True)  # strict: every link of the generated Markdown resolves


def test_every_generated_page_is_markdown_with_its_metadata_as_front_matter(exported):
    out = exported[0] / "out"
    text = (out / "topics/networking/what-is-a-port.md").read_text(encoding="utf-8")
    front, body = text.removeprefix("---\n").split("\n---\n", 1)
    meta = yaml.safe_load(front)
    assert meta["title"] == "What is a port?"
    assert meta["tags"] == ["networking", "tcp"]
    assert meta["qa"]["page"] == "question" and meta["qa"]["position"] == 1 and meta["qa"]["count"] == 3
    assert body.lstrip().startswith("# What is a port?")
    assert not (out / "topics/networking.md").read_text(encoding="utf-8").count("**Answer:**")
    generated = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert generated == [
        ".qabank-pages",
        "assets/qa/contract.js",
        "assets/qa/practice-index.js",
        "index.md",
        "practice.md",
        "tags.md",
        "topics/hostile.md",
        "topics/hostile/is-this-fine.md",
        "topics/hostile/read.md",
        "topics/hostile/what-does-script-alert-title-script-do.md",
        "topics/hostile/what-is-this-javascript-alert-title.md",
        "topics/networking.md",
        "topics/networking/read.md",
        "topics/networking/what-is-a-port.md",
        "topics/networking/what-is-a-socket.md",
        "topics/networking/what-is-dns.md",
    ]


def test_question_pages_built_without_hooks_show_their_answers(site):
    page = soup(site / "topics/networking/what-is-a-port/index.html")
    assert page.h1.get_text(strip=True) == "What is a port?"
    answer = page.select_one("details.answer")
    assert answer.summary.get_text(strip=True) == "Show answer"
    assert "A number that names a service on a host." in answer.get_text()
    assert answer.find("a", string="the next one")["href"] == "../what-is-dns/"
    table = soup(site / "topics/networking/what-is-dns/index.html").select_one("details.answer table")
    assert [td.get_text() for td in table.select("td")] == ["example.org", "93.184.216.34"]
    unanswered = soup(site / "topics/networking/what-is-a-socket/index.html")
    assert unanswered.select_one("details.answer") is None
    assert "No answer yet" in unanswered.get_text()


def test_topic_reading_home_and_tags_pages_built_without_hooks(site):
    topic = soup(site / "topics/networking/index.html")
    assert [a["href"] for a in topic.select("ol.qa-questions li > a:first-child")] == [
        "what-is-a-port/",
        "what-is-dns/",
        "what-is-a-socket/",
    ]
    sidebar = [a["href"] for a in topic.select("nav.md-nav--primary a[href]")]
    assert "../../topics/networking/" in sidebar or "./" in sidebar, sidebar
    assert not [href for href in sidebar if "what-is" in href or "read/" in href]  # not_in_nav
    reading = soup(site / "topics/networking/read/index.html")
    assert "A number that names a service on a host." in reading.get_text()
    assert len(reading.select("details.answer")) == 2
    home = soup(site / "index.html")
    assert [a.get_text() for a in home.select(".qa-topics strong a")] == ["Hostile", "Networking"]
    assert "6 questions" in home.select_one(".qa-total").get_text()
    tags = soup(site / "tags/index.html")
    tcp = tags.find(id="tag:tcp")
    assert tcp.get_text() == "tcp"
    assert [a["href"] for a in tcp.find_next("ul").select("a")] == ["../topics/networking/what-is-a-port/"]
    assert topic.select_one("a.md-tag")["href"] == "../../tags/#tag:networking"
    assert tags.find(id="tag:networking") is not None
    assert (site / "assets/qa/practice-index.js").read_text(encoding="utf-8").startswith("window.qaPracticeIndex=")
    assert "<!-- qa:" not in "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


def test_bank_html_that_could_run_script_is_shown_as_text_and_named(exported, site):
    pages = ["what-does-script-alert-title-script-do", "what-is-this-javascript-alert-title", "read"]
    for page in (soup(site / "topics/hostile" / name / "index.html") for name in pages):
        main = page.select_one("article")
        assert main.find("script") is None
        assert not [tag for tag in main.find_all(True) if any(a.startswith("on") for a in tag.attrs)]
        assert not [a for a in main.find_all("a") if a.get("href", "").startswith("javascript:")]
    for name, shown in [
        ("what-does-script-alert-title-script-do", "onerror=\"alert('answer')\""),
        ("what-does-script-alert-title-script-do", '<script>alert("title")</script>'),
        ("what-is-this-javascript-alert-title", "What is [this](javascript:alert('title'))?"),
    ]:
        assert shown in soup(site / "topics/hostile" / name / "index.html").select_one("article").get_text()
    fine = soup(site / "topics/hostile/is-this-fine/index.html").select_one("details.answer")
    assert fine.find("kbd").get_text() == "Ctrl"
    assert fine.find("a", string="a page")["href"] == "https://example.org"
    warned = [line for line in exported[1].stderr.splitlines() if line.startswith("WARNING")]
    # The answer of question 1 and the title of question 3; the HTML of titles is escaped as on the site.
    assert [line.split(": this part holds HTML")[0] for line in warned] == [
        "WARNING -  docs/topics/hostile.md:1",
        "WARNING -  docs/topics/hostile.md:9",
    ]


def test_strict_fails_on_a_warning_and_the_output_may_not_be_inside_the_docs(tmp_path):
    docs = tmp_path / "docs"
    (docs / "topics").mkdir(parents=True)
    (docs / "topics" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    assert export(docs, tmp_path / "out").returncode == 0
    assert export(docs, tmp_path / "strict", "--strict").returncode == 1
    inside = export(docs, docs / "out")
    assert inside.returncode == 2 and "must be outside the docs folder" in inside.stderr


def test_a_second_run_leaves_no_page_of_a_removed_question_and_a_foreign_folder_is_refused(tmp_path):
    docs = tmp_path / "docs"
    (docs / "topics").mkdir(parents=True)
    (docs / "topics" / "networking.md").write_text(BANK, encoding="utf-8")
    out = tmp_path / "out"
    assert export(docs, out).returncode == 0
    assert (out / "topics/networking/what-is-a-socket.md").is_file()
    (docs / "topics" / "networking.md").write_text(BANK.split("### 3.")[0], encoding="utf-8")
    assert export(docs, out).returncode == 0
    assert sorted(p.name for p in (out / "topics/networking").iterdir()) == [
        "read.md",
        "what-is-a-port.md",
        "what-is-dns.md",
    ]
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    refused = export(docs, foreign)
    assert refused.returncode == 2 and "is not empty and was not written by this command" in refused.stderr
    assert [p.name for p in foreign.iterdir()] == ["notes.txt"]
