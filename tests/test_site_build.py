"""Build the real project in a temporary folder and check the HTML a reader gets."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from mkdocs.exceptions import Abort
from qabank.parse import parse_bank
from sitebuild import SEED, build_site, build_site_logged, copy_project, search_index, soup, warnings, with_qa_setting

SEED_TEXT = SEED.read_text(encoding="utf-8")
TOPIC = "topics/backend-interview-questions"


@pytest.fixture(scope="module")
def built(example_build):
    return example_build


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0]


@pytest.fixture(scope="module")
def seed_bank():
    return parse_bank(SEED_TEXT, f"{TOPIC}.md", slug="backend-interview-questions")


def question_dir(site: Path, question_id: str, topic: str = TOPIC) -> Path:
    return site / topic / question_id


def test_strict_build_has_no_warnings(built):
    assert warnings(built[1]) == []
    messages = [r.getMessage() for r in built[1]]
    assert (
        "topics/backend-interview-questions.md: 25 questions (label style), 0 without an answer, "
        "100% of the text in questions" in messages
    )


def test_one_page_per_question_at_its_permanent_url(site, seed_bank):
    pages = sorted(p.parent.name for p in (site / TOPIC).glob("*/index.html"))
    assert pages == sorted([q.id for q in seed_bank.questions] + ["read"])  # and the reading page
    assert len(pages) == 26


def test_bank_is_not_rendered_raw(site):
    html = (site / TOPIC / "index.html").read_text(encoding="utf-8")
    assert "**Answer:**" not in html and "Answer:" not in html


def test_question_page_title_answer_closed_and_tags(site):
    page = soup(question_dir(site, "what-are-http-methods-and-when-do-you-use-each") / "index.html")
    article = page.select_one("article")
    assert article.h1.get_text(strip=True).rstrip("¶") == "What are HTTP methods, and when do you use each?"
    assert page.title.get_text() == "What are HTTP methods, and when do you use each? - Interview Study Notes"
    details = article.select("details")
    assert len(details) == 1
    assert not details[0].has_attr("open"), "answer must be closed on load"
    assert details[0].summary.get_text(strip=True) == "Show answer"
    assert details[0].table is not None and "PATCH" in details[0].table.get_text()
    codes = [c.get_text() for c in details[0].select("li code")]
    assert codes == ["GET /users", "POST /users"]
    assert "→ fetch all users" in details[0].get_text()
    chips = {a.get_text(strip=True): a["href"] for a in article.select("nav.md-tags a.md-tag")}
    assert chips == {"backend": "../../../tags/#tag:backend", "interviews": "../../../tags/#tag:interviews"}
    back = article.select_one(".qa-context a")
    assert urljoin("/topics/backend-interview-questions/q/", back["href"]) == "/topics/backend-interview-questions/"
    assert back.get_text() == "Backend interview questions"
    assert "Question 3 of 25" in article.select_one(".qa-context").get_text()


def test_hard_line_breaks_and_spaced_lists_render(site):
    first = soup(question_dir(site, "what-is-the-main-purpose-of-a-backend-in-a-web-application") / "index.html")
    assert first.select_one("details p br") is not None, "two trailing spaces must give <br>"
    middleware = soup(question_dir(site, "what-are-middleware-functions-and-why-are-they-important") / "index.html")
    items = [li.get_text(strip=True) for li in middleware.select("details ul > li")]
    assert items == ["Authentication/authorization", "Logging", "Request validation", "Error handling"]
    assert "They keep code modular and reusable." in middleware.select_one("details").get_text()


def test_prev_next_links_within_topic(site, seed_bank):
    ids = [q.id for q in seed_bank.questions]
    first = soup(question_dir(site, ids[0]) / "index.html")
    assert first.select_one('link[rel="prev"]') is None
    assert first.select_one('link[rel="next"]')["href"] == f"../{ids[1]}/"
    middle = soup(question_dir(site, ids[12]) / "index.html")
    assert middle.select_one('link[rel="prev"]')["href"] == f"../{ids[11]}/"
    assert middle.select_one('link[rel="next"]')["href"] == f"../{ids[13]}/"
    footer = middle.select_one("nav.md-footer__inner")
    assert footer is not None and seed_bank.questions[13].title in footer.get_text()
    last = soup(question_dir(site, ids[-1]) / "index.html")
    assert last.select_one('link[rel="next"]') is None


def test_topic_page_lists_every_question_in_order(site, seed_bank):
    page = soup(site / TOPIC / "index.html")
    article = page.select_one("article")
    assert article.h1.get_text(strip=True).rstrip("¶") == "Backend interview questions"
    assert "25 questions" in article.select_one(".qa-topic-summary").get_text()
    items = article.select("ol.qa-questions > li")
    assert [li.a.get_text() for li in items] == [q.title for q in seed_bank.questions]
    assert [li["value"] for li in items] == [str(n) for n in range(1, 26)]
    for li, question in zip(items, seed_bank.questions, strict=True):
        assert li.a["href"] == f"{question.id}/"
        assert (site / TOPIC / question.id / "index.html").exists()
    chips = [a.get_text() for a in article.select(".qa-topic-summary a.md-tag")]
    assert chips == ["interviews", "backend"]


def test_question_level_tags_show_on_topic_and_question(site):
    topic = soup(site / "topics/python-interview-questions/index.html")
    gil = next(li for li in topic.select("ol.qa-questions > li") if "GIL" in li.a.get_text())
    assert [a.get_text() for a in gil.select("a.md-tag")] == ["concurrency"]
    page = soup(site / "topics/python-interview-questions" / gil.a["href"] / "index.html")
    assert {a.get_text(strip=True) for a in page.select("nav.md-tags a")} == {"interviews", "python", "concurrency"}


def test_tag_index_lists_every_question_under_every_tag(site, seed_bank):
    tags = soup(site / "tags" / "index.html")
    for tag in ("backend", "interviews", "python", "concurrency", "performance"):
        assert tags.find(id=f"tag:{tag}") is not None, tag
    backend = tags.find(id="tag:backend")
    listed = backend.find_next("ul")
    titles = {a.get_text(strip=True) for a in listed.select("a")}
    assert titles == {q.title for q in seed_bank.questions}
    interviews = tags.find(id="tag:interviews").find_next("ul")
    assert len(interviews.select("li")) == 25 + 8
    concurrency = tags.find(id="tag:concurrency").find_next("ul")
    assert [a.get_text(strip=True) for a in concurrency.select("a")] == [
        "What is the Global Interpreter Lock (GIL) and how does it affect threading?"
    ]
    # The topic pages themselves carry no tags, so they are not listed.
    assert "Backend interview questions" not in tags.select_one("article").get_text()


def test_search_has_one_entry_per_question_without_boilerplate(site, seed_bank):
    entries = search_index(site)
    by_location = {e["location"]: e for e in entries}
    for question in seed_bank.questions:
        entry = by_location[f"{TOPIC}/{question.id}/"]
        assert entry["title"] == question.title
        assert "Show answer" not in entry["text"]
        assert "Question " not in entry["text"]
    bcrypt = [e for e in entries if "bcrypt" in e["text"]]
    assert [e["title"] for e in bcrypt] == ["What are common security best practices for backend APIs?"]
    topic = by_location[f"{TOPIC}/"]
    assert seed_bank.questions[0].title not in topic["text"], "topic list would duplicate every result"
    assert not any(e["location"].startswith("tags/") for e in entries)


def test_home_page_lists_topics_with_counts(site):
    home = soup(site / "index.html").select_one("article")
    cards = home.select(".qa-topics li")
    assert [c.a.get_text() for c in cards] == ["Backend interview questions", "Python interview questions"]
    assert [c.a["href"] for c in cards] == [f"{TOPIC}/", "topics/python-interview-questions/"]
    assert "25 questions" in cards[0].get_text() and "8 questions" in cards[1].get_text()
    assert "33 questions" in home.get_text()
    assert home.select_one('a[href="tags/"]') is not None


def test_question_pages_are_not_in_the_sidebar(site):
    nav = soup(site / "index.html").select_one("nav.md-nav--primary")
    links = [a.get("href") for a in nav.select("a")]
    assert not any(re.search(r"topics/[^/]+/[^/]+/", href or "") for href in links)
    assert f"{TOPIC}/" in links and "tags/" in links


def _reordered(text: str) -> str:
    head, *blocks = re.split(r"(?=^### )", text, flags=re.MULTILINE)
    blocks = [b.rstrip("\n-") + "\n\n---\n\n" for b in blocks]
    blocks.reverse()
    return head + "".join(re.sub(r"^### \d+\.", f"### {n}.", b) for n, b in enumerate(blocks, 1))


def test_urls_survive_reordering_and_renumbering(tmp_path, site, seed_bank):
    project = copy_project(tmp_path)
    bank = project / "docs" / f"{TOPIC}.md"
    bank.write_text(_reordered(SEED_TEXT), encoding="utf-8")
    reordered = build_site(project)
    before = {p.parent.name for p in (site / TOPIC).glob("*/index.html")}
    after = {p.parent.name for p in (reordered / TOPIC).glob("*/index.html")}
    assert after == before
    page = soup(reordered / TOPIC / seed_bank.questions[0].id / "index.html")
    assert "Question 25 of 25" in page.select_one(".qa-context").get_text()
    first = soup(reordered / TOPIC / "index.html").select_one("ol.qa-questions > li a")
    assert first.get_text() == seed_bank.questions[-1].title


def test_editing_a_bank_changes_the_built_page(tmp_path):
    project = copy_project(tmp_path)
    bank = project / "docs" / f"{TOPIC}.md"
    page = project / "site" / TOPIC / "what-is-load-balancing" / "index.html"
    build_site(project)
    assert "HAProxy" in soup(page).select_one("details").get_text()
    assert "sticky quokka" not in page.read_text(encoding="utf-8")
    text = bank.read_text(encoding="utf-8")
    bank.write_text(
        text.replace(
            "### 10. What is load balancing?\n\n**Answer:**  \n",
            "### 10. What is load balancing?\n\n**Answer:**  \nA sticky quokka.  \n",
        ),
        encoding="utf-8",
    )
    build_site(project)
    assert "sticky quokka" in soup(page).select_one("details").get_text()


def test_dirty_serve_rebuild_renders_only_the_edited_bank(tmp_path):
    """`mkdocs serve --dirty`: an edit to one bank re-renders that bank's changed pages only."""
    import os
    import time

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    project = copy_project(tmp_path)
    site = project / "site"

    def rebuild(first: bool):
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
        if first:
            config.plugins.on_startup(command="serve", dirty=True)
        build(config, dirty=True)
        return config

    first_config = rebuild(first=True)
    pages = sorted(site.glob("topics/*/*/index.html"))
    before = {p: p.stat().st_mtime_ns for p in pages}
    time.sleep(1.1)
    bank = project / "docs/topics/python-interview-questions.md"
    bank.write_text(
        bank.read_text(encoding="utf-8").replace("A list is mutable", "A list is very mutable"), encoding="utf-8"
    )
    rebuild(first=False)
    changed = sorted(str(p.parent.relative_to(site)) for p in pages if p.stat().st_mtime_ns != before[p])
    # The edited question's page, and the reading page of its bank, which shows every answer.
    assert changed == [
        "topics/python-interview-questions/read",
        "topics/python-interview-questions/what-is-the-difference-between-a-list-and-a-tuple",
    ]
    page = site / "topics/python-interview-questions/what-is-the-difference-between-a-list-and-a-tuple/index.html"
    assert "A list is very mutable" in page.read_text(encoding="utf-8")
    assert os.path.exists(site / "search/search_index.json")
    first_config.plugins.on_shutdown()


def _scripts(page: Path) -> list[str]:
    return [script["src"] for script in soup(page).select("script[src]")]


def test_pages_point_the_search_box_at_our_worker(site):
    """search-config.js swaps the worker in Material's config, so it must run before Material's bundle."""
    for page, root in ((site / "index.html", "."), (site / "topics/backend-interview-questions/index.html", "../..")):
        scripts = _scripts(page)
        config = scripts.index(f"{root}/assets/qa/search-config.js")
        assert config < next(i for i, src in enumerate(scripts) if "/javascripts/bundle." in src)
    for name in ("search-config.js", "search-worker.js", "search-engine.js"):
        assert (site / "assets/qa" / name).is_file()


def test_search_engine_material_keeps_materials_worker(tmp_path):
    site = build_site(with_qa_setting(copy_project(tmp_path), "search_engine", "material"))
    assert not any("search-config.js" in src for src in _scripts(site / "index.html"))
    app = json.loads(soup(site / "index.html").select_one("#__config").get_text())
    assert re.fullmatch(r"assets/javascripts/workers/search\.[0-9a-f]+\.min\.js", app["search"])


def test_unknown_search_engine_stops_the_build_naming_the_setting(tmp_path, caplog):
    with pytest.raises(Abort):
        build_site(with_qa_setting(copy_project(tmp_path), "search_engine", "lunr"))
    assert "mkdocs.yml: extra.qa.search_engine is 'lunr'; use one of 'qa', 'material'" in caplog.text


FILES_BESIDE_A_BANK = """\
# Diagrams

### 1. Where is the diagram?

**Answer:**
![the diagram](img/diagram.png), as on [the home page](../index.md), [the seed bank](backend-interview-questions.md)
and [a reference][sketch].

[sketch]: img/sketch.png

---

### 2. Where is the sketch?

**Answer:**
See [question 1](#1-where-is-the-diagram) and ![sketch](img/sketch.png).
"""


def test_links_and_images_beside_a_bank_work_on_question_pages(tmp_path):
    project = copy_project(tmp_path)
    topics = project / "docs" / "topics"
    (topics / "img").mkdir()
    (topics / "img" / "diagram.png").write_bytes(b"\x89PNG diagram")
    (topics / "img" / "sketch.png").write_bytes(b"\x89PNG sketch")
    (topics / "diagrams.md").write_text(FILES_BESIDE_A_BANK, encoding="utf-8")
    site, records = build_site_logged(project, strict=True)
    assert warnings(records) == []

    targets = {}
    for question in ("where-is-the-diagram", "where-is-the-sketch"):
        page = site / "topics" / "diagrams" / question / "index.html"
        url = f"https://example.org/topics/diagrams/{question}/"
        article = soup(page).select_one("article")
        for element in article.select("img[src], a[href]"):
            link = element.get("src") or element["href"]
            if link.startswith(("#", "http")) or "md-tag" in element.get("class", []):
                continue
            targets[element.get("alt") or element.get_text(strip=True)] = urljoin(url, link)
    site_url = "https://example.org/"
    expected = {
        "the diagram": "topics/img/diagram.png",
        "the home page": "",
        "the seed bank": "topics/backend-interview-questions/",
        "a reference": "topics/img/sketch.png",
        "question 1": "topics/diagrams/where-is-the-diagram/",
        "sketch": "topics/img/sketch.png",
    }
    assert {text: targets.get(text) for text in expected} == {text: site_url + path for text, path in expected.items()}
    for path in expected.values():
        assert (site / path / ("index.html" if path.endswith("/") or not path else "")).is_file()
