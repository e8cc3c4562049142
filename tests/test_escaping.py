"""Everything that comes from a bank is text or harmless HTML in every page of the site.

One trap bank, with a hostile file name, tags, title, section name, question titles
and body HTML, is built into the real project; every page is read back with
BeautifulSoup. (tests/test_pdf.py checks the PDF of a like bank, tests/test_browser_search.py
its search results in Chromium.)
"""

from __future__ import annotations

import html
import json
import logging
from pathlib import Path
from urllib.parse import quote

import pytest
from qabank.parse import parse_bank
from sitebuild import build_site, build_site_logged, copy_project, search_index, soup, warnings, with_qa_setting

TRAP_FILE = "a\"b<i>'&.md"  # a file name is bank text too
TRAP_SLUG = TRAP_FILE.removesuffix(".md")
IMG_TAG = '"><img src=x onerror=alert("tag")>'
SVG_TAG = "<svg onload=alert('qtag')>"
TRAP_TITLE = "Trap <b>bank</b> \"><img src=x onerror=alert('title')>"
SECTION = "Section <img src=x onerror=alert('section')>"
SCRIPT_TITLE = "What is the difference between <script>, <script async> and <script defer>?"
DESCRIPTION = "A \"description\" <img src=x onerror=alert('description')> & more"
DESCRIPTION_YAML = DESCRIPTION.replace('"', '\\"')
TRAP = f"""\
---
tags:
  - vector<int>
  - '{IMG_TAG}'
title: "Trap <b>bank</b> \\"><img src=x onerror=alert('title')>"
description: "{DESCRIPTION_YAML}"
---
Bank intro <script>alert('bank intro')</script> with <b>bold</b>.

## {SECTION}

Section intro <script>alert('section intro')</script> <img src="x" onerror="alert('section intro')">.

### 1. {SCRIPT_TITLE}
<!-- tags: {SVG_TAG}, a&b -->

<iframe src="javascript:alert('prompt')"></iframe> Prompt <kbd>Ctrl</kbd>

**Answer:**
Body <script>alert('body')</script> <object data="x.swf"></object> <embed src="x.swf">
<a href="javascript:alert('link')">click</a> <img src="x.png" onerror="alert('img')" alt="pic"> <kbd>Ctrl</kbd><br>
An icon :material-account: and <span onmouseover="alert('span')">a span</span>.

<details><summary>More</summary>kept</details>

```python
print("<script>")
```

### 2. What comes after the script question?

**Answer:** still here.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, list[logging.LogRecord]]:
    project = copy_project(tmp_path_factory.mktemp("escape-project"))
    (project / "docs/topics" / TRAP_FILE).write_text(TRAP, encoding="utf-8")
    return build_site_logged(project, strict=True)


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0]


@pytest.fixture(scope="module")
def bank():
    return parse_bank(TRAP, f"topics/{TRAP_FILE}", slug=TRAP_SLUG)


def topic_dir(site: Path) -> Path:
    return site / "topics" / TRAP_SLUG


def pages(site: Path, bank) -> dict[str, Path]:
    out = {
        "home": site / "index.html",
        "tags": site / "tags/index.html",
        "topic": topic_dir(site) / "index.html",
        "practice": site / "practice/index.html",
    }
    out |= {question.id: topic_dir(site) / question.id / "index.html" for question in bank.questions}
    return out


def test_the_trap_bank_builds_strict_with_every_page(built, bank):
    site, records = built
    assert warnings(records) == []
    assert [q.title for q in bank.questions] == [SCRIPT_TITLE, "What comes after the script question?"]
    for name, path in pages(site, bank).items():
        assert path.is_file(), name


def test_no_element_from_bank_text_exists_on_any_page(site, bank):
    for name, path in pages(site, bank).items():
        page = soup(path)
        for element in page.find_all(True):
            handlers = [attr for attr in element.attrs if attr.lower().startswith("on")]
            assert handlers == [], (name, str(element)[:200])
            for attr in ("href", "src", "data", "action", "formaction"):
                assert not str(element.get(attr, "")).strip().lower().startswith("javascript:"), (name, element)
        assert page.select("iframe, object, embed") == [], name
        for script in page.select("script"):
            if script.get("type") == "application/ld+json":
                # A data block (JSON-LD) holds bank text by design; the browser never runs it, and with no
                # "<" in it no text can end the element early to start a script of its own.
                assert "<" not in script.string and isinstance(json.loads(script.string), dict), name
                continue
            assert "alert(" not in (script.string or "") + script.get("src", ""), (name, str(script)[:200])
        assert page.select("b img, svg[onload]") == [], name


def test_tags_show_literally_as_chips_on_question_and_topic_pages(site, bank):
    first = soup(topic_dir(site) / bank.questions[0].id / "index.html")
    chips = [a.get_text() for a in first.select("article nav.md-tags a.md-tag")]
    assert sorted(chips) == sorted(["vector<int>", IMG_TAG, SVG_TAG, "a&b"])
    topic = soup(topic_dir(site) / "index.html")
    assert [a.get_text() for a in topic.select(".qa-topic-summary a.md-tag")] == ["vector<int>", IMG_TAG]
    item = topic.select_one("ol.qa-questions > li")
    assert [a.get_text() for a in item.select("a.md-tag")] == [SVG_TAG, "a&b"]
    home = soup(site / "index.html")
    card = next(li for li in home.select(".qa-topics li") if li.find(attrs={"data-qa-topic": TRAP_SLUG}))
    assert [a.get_text() for a in card.select("a.md-tag")] == ["vector<int>", IMG_TAG]


def test_tags_page_lists_tag_names_literally_in_headings_and_its_table_of_contents(site):
    tags = soup(site / "tags/index.html")
    headings = [span.get_text() for span in tags.select("article h2 span.md-tag")]
    for tag in ("vector<int>", IMG_TAG, SVG_TAG, "a&b"):
        assert tag in headings, tag
    toc = [a.get_text(strip=True) for a in tags.select("nav.md-nav--secondary a.md-nav__link")]
    for tag in ("vector<int>", IMG_TAG, SVG_TAG, "a&b"):
        assert tag in toc, tag


def test_titles_and_section_names_show_literally(site, bank):
    first = soup(topic_dir(site) / bank.questions[0].id / "index.html")
    assert first.select_one("article h1").get_text().rstrip("¶") == SCRIPT_TITLE
    assert first.title.get_text() == f"{SCRIPT_TITLE} - Interview Study Notes"
    assert first.select_one(".qa-context a").get_text() == TRAP_TITLE
    topic = soup(topic_dir(site) / "index.html")
    assert topic.select_one("article h1").get_text().rstrip("¶") == TRAP_TITLE
    assert topic.select_one("article h2").get_text().rstrip("¶") == SECTION
    assert topic.select_one("ol.qa-questions > li a").get_text() == SCRIPT_TITLE
    assert TRAP_TITLE in [a.get_text(" ", strip=True) for a in topic.select("nav.md-nav--primary a")]
    home = soup(site / "index.html")
    assert TRAP_TITLE in [a.get_text() for a in home.select(".qa-topics a")]
    entries = {e["location"]: e for e in search_index(site)}
    assert not any("<script" in e["title"] or "<img" in e["title"] for e in entries.values())


def test_description_shows_literally_on_the_topic_page_and_in_its_meta_description(site):
    topic = soup(topic_dir(site) / "index.html")
    assert topic.select_one('meta[name="description"]')["content"] == DESCRIPTION
    assert topic.select_one("article .qa-description").get_text() == DESCRIPTION


def test_file_name_is_escaped_in_data_attributes(site, bank):
    topic = soup(topic_dir(site) / "index.html")
    assert topic.select_one(".qa-page")["data-qa-topic"] == TRAP_SLUG
    keys = [li["data-qa-key"] for li in topic.select("ol.qa-questions > li")]
    assert keys == [f"{TRAP_SLUG}/{q.id}" for q in bank.questions]
    question = soup(topic_dir(site) / bank.questions[1].id / "index.html").select_one(".qa-page")
    assert question["data-qa-key"] == f"{TRAP_SLUG}/{bank.questions[1].id}"
    assert question["data-qa-topic"] == TRAP_SLUG
    home = soup(site / "index.html")
    assert len(home.select(".qa-topics [data-qa-topic]")) == 3
    assert TRAP_SLUG in [element["data-qa-topic"] for element in home.select(".qa-topics [data-qa-topic]")]


def test_ordinary_html_and_materials_markup_survive_in_bodies(site, bank):
    article = soup(topic_dir(site) / bank.questions[0].id / "index.html").select_one("article")
    answer = article.select_one("details.answer")
    assert [summary.get_text() for summary in answer.select("summary")] == ["Show answer", "More"]
    assert [k.get_text() for k in article.select("kbd")] == ["Ctrl", "Ctrl"]
    assert answer.select_one("br") is not None
    img = answer.select_one('img[alt="pic"]')
    assert img is not None and img["src"].endswith("x.png") and not img.has_attr("onerror")
    link = next(a for a in answer.select("a") if a.get_text() == "click")
    assert not link.has_attr("href")
    assert answer.select_one("span.twemoji svg path") is not None
    assert "print" in answer.select_one(".highlight pre code").get_text()
    assert answer.select_one(".highlight code span") is not None
    assert "Prompt" in article.get_text() and "still here" not in article.get_text()
    topic = soup(topic_dir(site) / "index.html").select_one("article")
    assert "Bank intro" in topic.get_text() and topic.select_one("p b").get_text() == "bold"
    assert "Section intro" in topic.get_text()


def test_tags_reach_our_search_engine_as_text_and_materials_escaped(site, tmp_path, bank):
    """Our engine escapes tags itself; Material's lunr search (search_engine: material) prints them as HTML."""
    ours = {e["location"]: e for e in search_index(site)}
    location = f"topics/{quote(TRAP_SLUG)}/{bank.questions[1].id}/"
    assert ours[location]["tags"] == ["vector<int>", IMG_TAG]
    project = with_qa_setting(copy_project(tmp_path), "search_engine", "material")
    (project / "docs/topics" / TRAP_FILE).write_text(TRAP, encoding="utf-8")
    material = {e["location"]: e for e in search_index(build_site(project))}
    assert material[location]["tags"] == ["vector&lt;int&gt;", html.escape(IMG_TAG)]
