"""Bad banks fail `mkdocs build --strict` with a message naming the file and line."""

from __future__ import annotations

import fnmatch
import logging
from pathlib import Path

import pytest
import site_engine
import yaml
from mkdocs.exceptions import Abort
from sitebuild import build_site, copy_project, search_index, soup

BANKS = Path(__file__).parent / "banks"


BROKEN_YAML = "---\ntags: [a, b\n---\n### 1. Q?\n\n**Answer:** A.\n"


def build_with(tmp_path, caplog, banks: dict[str, str], *, strict: bool = True):
    """Build the project with extra banks (file name → text) in docs/topics/, logging INFO and up."""
    project = copy_project(tmp_path)
    for name, text in banks.items():
        (project / "docs/topics" / name).write_text(text, encoding="utf-8")
    with caplog.at_level(logging.INFO, logger=site_engine.NAME):
        return build_site(project, strict=strict)


def example(name: str) -> dict[str, str]:
    return {name: (BANKS / name).read_bytes().decode("utf-8")}


def test_broken_front_matter_fails_strict_with_file_and_line(tmp_path, caplog):
    with pytest.raises(Abort):
        build_with(tmp_path, caplog, {"broken.md": BROKEN_YAML})
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(m.startswith("docs/topics/broken.md:") and "not valid YAML" in m for m in messages), messages


def test_same_bank_builds_without_strict(tmp_path, caplog):
    site = build_with(tmp_path, caplog, {"broken.md": BROKEN_YAML}, strict=False)
    assert (site / "topics/broken/q/index.html").exists()


def test_prose_file_in_banks_folder_is_a_warning(tmp_path, caplog):
    with pytest.raises(Abort):
        build_with(tmp_path, caplog, {"notes.md": "# Notes\n\nNo questions here.\n"})
    assert any("docs/topics/notes.md:1: no questions found" in r.getMessage() for r in caplog.records)


def test_hostile_titles_are_escaped_everywhere(tmp_path, caplog):
    site = build_with(tmp_path, caplog, example("bad-html-titles.md"))
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    page_dir = site / "topics/bad-html-titles/what-does-script-alert-x-script-do"
    raw = (page_dir / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in raw, "a title must never become markup"
    page = soup(page_dir / "index.html")
    assert page.title.get_text() == 'What does <script>alert("x")</script> do? - Interview Study Notes'
    assert page.select_one("article h1").get_text().rstrip("¶") == 'What does <script>alert("x")</script> do?'
    tom = soup(site / "topics/bad-html-titles/tom-jerrys-quotes-b-bold-b/index.html")
    assert tom.title.get_text().startswith('Tom & Jerry\'s "quotes" <b>bold</b>?')
    assert tom.select_one("article h1 b") is None
    topic = (site / "topics/bad-html-titles/index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in topic and "<b>bold</b>" not in topic
    topic_nav = soup(site / "topics/bad-html-titles/index.html").select("nav.md-nav--primary a")
    nav_titles = [a.get_text(" ", strip=True) for a in topic_nav]
    assert "Bad html titles" in nav_titles
    entries = {e["location"]: e for e in search_index(site)}
    entry = entries["topics/bad-html-titles/what-does-script-alert-x-script-do/"]
    assert "<script>" not in entry["title"] and "&lt;script&gt;" in entry["title"]
    tags_json = (site / "tags.json").read_text(encoding="utf-8")
    assert "<script>" not in tags_json
    assert (site / "topics/bad-html-titles/什么是进程/index.html").exists()
    assert (site / "topics/bad-html-titles/rocket-fire/index.html").exists()


def test_unanswered_questions_get_a_page_and_a_log_line(tmp_path, caplog):
    draft = "### 1. Done?\n\n**Answer:** yes\n\n### 2. Pending?\n\n**Answer:** TODO\n\n### 3. Empty?\n"
    site = build_with(tmp_path, caplog, {"draft.md": draft})
    messages = [r.getMessage() for r in caplog.records]
    assert "topics/draft.md: 3 questions (label style), 2 without an answer, 100% of the text in questions" in messages
    pending = soup(site / "topics/draft/pending/index.html").select_one("article")
    assert pending.select_one("details") is None
    assert "No answer yet" in pending.get_text()
    items = soup(site / "topics/draft/index.html").select("ol.qa-questions > li")
    assert ["no answer yet" in li.get_text() for li in items] == [False, True, True]


def test_anchor_links_in_answers_resolve_on_the_site(tmp_path, caplog):
    site = build_with(tmp_path, caplog, example("a-heading-label.md"))
    join = soup(site / "topics/a-heading-label/what-does-a-join-do/index.html")
    assert join.select_one('details a[href="../what-is-a-primary-key/"]').get_text() == "keys"
    topic = soup(site / "topics/a-heading-label/index.html")
    assert topic.select_one('a[href="what-does-a-join-do/"]') is not None
    last = soup(site / "topics/a-heading-label/normalisation/index.html").select_one("article details")
    assert [p.get_text() for p in last.select("p")] == ["Organising tables to reduce duplication.", "⬆ Back to top"]
    # The bank's table of contents is its topic page, one folder up.
    assert last.select_one('a[href="../"]').get_text() == "⬆ Back to top"
    assert not any("links to anchors of the original file" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "name", sorted(p.name for p in BANKS.glob("*.md") if not p.name.startswith(("bad-", "README")))
)
def test_every_style_builds_strict(tmp_path, caplog, name):
    """Every example bank builds its question pages; strict unless the bank expects a warning."""
    expected = yaml.safe_load((BANKS / "expected.yml").read_text(encoding="utf-8"))[name]
    warns = any(severity == "warning" for severity, _ in expected.get("problems", []))
    site = build_with(tmp_path, caplog, example(name), strict=not warns)
    stem = name.removesuffix(".md")
    built = [p.parent.name for p in (site / "topics" / stem).glob("*/index.html") if p.parent.name != "read"]
    assert len(built) == len(expected["ids"])
    assert (site / "topics" / stem / "read" / "index.html").is_file()  # the reading page, beside them
    # "slug-*" in expected.yml: a suffix a reader cannot work out.
    assert all(any(fnmatch.fnmatchcase(page, wanted) for page in built) for wanted in expected["ids"])


def test_hostile_bank_title_is_escaped_in_nav_title_and_cards(tmp_path, caplog):
    evil = '---\ntitle: "<img src=x onerror=alert(1)> & Co"\n---\n### 1. Q?\n\n**Answer:** A.\n'
    site = build_with(tmp_path, caplog, {"evil.md": evil})
    for page in ("index.html", "topics/evil/index.html", "topics/evil/q/index.html", "tags/index.html"):
        assert "<img src=x" not in (site / page).read_text(encoding="utf-8"), page
    topic = soup(site / "topics/evil/index.html")
    assert topic.title.get_text() == "<img src=x onerror=alert(1)> & Co - Interview Study Notes"
    assert "<img src=x onerror=alert(1)> & Co" in [a.get_text(" ", strip=True) for a in topic.select("nav a")]
    cards = [a.get_text() for a in soup(site / "index.html").select(".qa-topics a")]
    assert "<img src=x onerror=alert(1)> & Co" in cards


def _panic(text: str) -> None:
    """A real ``pyo3_runtime.PanicException`` (a BaseException): markdown-it-pyrs 0.4.0 on '[' + lone backtick."""
    from markdown_it_pyrs import MarkdownIt

    MarkdownIt("commonmark").tree("[`" + text)


def test_a_bank_that_cannot_be_read_is_an_error_and_the_other_banks_build(tmp_path, caplog, monkeypatch):
    import qabank.parse
    import qasite.site

    real = qabank.parse.parse_bank

    def parse_bank(text: str, path: str, slug: str | None = None, reserved_ids=()):
        if "PANIC HERE" in text:
            _panic(text)
        if "RAISE HERE" in text:
            raise ValueError("no such thing")
        return real(text, path, slug, reserved_ids)

    monkeypatch.setattr(qasite.site, "parse_bank", parse_bank)
    banks = {
        "panics.md": "### 1. PANIC HERE?\n\n**Answer:** ``` `` ` A.\n",
        "raises.md": "### 1. RAISE HERE?\n\n**Answer:** A.\n",
        "good.md": "### 1. Good?\n\n**Answer:** Yes.\n",
    }
    with pytest.raises(Abort):
        build_with(tmp_path, caplog, banks)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any(
        m.startswith("docs/topics/panics.md:1: could not read this bank (PanicException: index out of bounds")
        for m in errors
    ), errors
    assert any(
        m.startswith("docs/topics/raises.md:1: could not read this bank (ValueError: no such thing)") for m in errors
    ), errors
    (tmp_path / "again").mkdir()
    site = build_with(tmp_path / "again", caplog, banks, strict=False)
    assert (site / "topics/good/good/index.html").exists()
    assert (site / "topics/backend-interview-questions/index.html").exists()
    for name in ("panics", "raises"):
        page = soup(site / f"topics/{name}/index.html")
        assert "could not be read" in page.select_one("article").get_text()
        assert "HERE?" in page.select_one("article pre").get_text(), "the bank's text is on its topic page"
        assert not list((site / "topics" / name).glob("*/index.html"))


HOSTILE_BANKS = {
    # markdown-it-pyrs 0.4.0 panics on this answer: a '[' followed by a lone backtick, in text with a link.
    "panics.md": (
        "### 1. What does [^`]+ match?\n\n**Answer:** Any run of non-backticks, see [the good bank](good.md) [`.\n"
    ),
    "ids.md": (
        "### 1. Html page? {#index.html}\n\n**Answer:** A.\n\n"
        "### 2. Up? {#..}\n\n**Answer:** B.\n\n"
        "### 3. Slash? {#a/b}\n\n**Answer:** C.\n\n"
        f"### 4. {'什么是进程' * 30}\n\n**Answer:** D.\n"
    ),
    "good.md": "### 1. Good?\n\n**Answer:** Yes.\n",
}


def test_hostile_banks_build_together_and_strict_fails_only_on_the_bad_ids(tmp_path, caplog):
    site = build_with(tmp_path, caplog, HOSTILE_BANKS, strict=False)
    assert (site / "topics/good/good/index.html").exists()
    answer = soup(site / "topics/panics/what-does-match/index.html").select_one("article details")
    assert answer.select_one('a[href="../../good/"]').get_text() == "the good bank", "rebased despite the panic"
    for question_id in ("html-page", "up", "slash"):
        assert (site / "topics/ids" / question_id / "index.html").exists()
    [cjk] = [p for p in (site / "topics/ids").iterdir() if p.name.startswith("什么是进程")]
    assert len(cjk.name.encode("utf-8")) <= 100 and (cjk / "index.html").exists()
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert [m.split(" (the title")[0] for m in warnings] == [
        "docs/topics/ids.md:1: id 'index.html' ends in a file extension, which clashes with the pages the build "
        "writes; give this question another {#id}",
        "docs/topics/ids.md:5: id '..' starts with '.', which makes a hidden file that the site leaves out; "
        "give this question another {#id}",
        "docs/topics/ids.md:9: id 'a/b' may only hold letters, digits, '-', '_', '.' and ':'; "
        "give this question another {#id}",
    ]
    caplog.clear()
    good = {name: HOSTILE_BANKS[name] for name in ("panics.md", "good.md")}
    (tmp_path / "strict").mkdir()
    build_with(tmp_path / "strict", caplog, good)  # no warning: --strict passes
    (tmp_path / "ids").mkdir()
    with pytest.raises(Abort):
        build_with(tmp_path / "ids", caplog, {"ids.md": HOSTILE_BANKS["ids.md"]})


def test_a_question_id_never_takes_the_name_of_another_file_of_the_site(tmp_path, caplog):
    """Bank ``a.md`` asks "B?" (page ``a/b/``) while the folder ``a/`` holds another bank ``b.md``."""
    project = copy_project(tmp_path)
    (project / "docs/topics/a").mkdir()
    (project / "docs/topics/a/b.md").write_text("### 1. What is C?\n\n**Answer:** C.\n", encoding="utf-8")
    (project / "docs/topics/a.md").write_text("### 1. B\n\n**Answer:** Not the other bank.\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger=site_engine.NAME), pytest.raises(Abort):
        build_site(project, strict=True)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(m.startswith("docs/topics/a.md:1: id 'b' is the name of another file") for m in warned), warned
    site = build_site(project, strict=False)
    assert "What is C?" in soup(site / "topics/a/b/index.html").get_text()
    (moved,) = [p for p in (site / "topics/a").glob("b-*/index.html")]
    assert "Not the other bank." in soup(moved).get_text()
