"""Nothing is lost: every bank line reaches its page, the right split on mixed banks, and a gap fails the build."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bankgen import banks
from hypothesis import HealthCheck, given, settings
from mkdocs.exceptions import Abort
from qabank.accounting import LineText, expected_lines, line_words, page_text, unseen_lines
from qabank.pages import SiteLayout, topic_page
from qabank.parse import parse_bank
from qabank.vocabulary import Vocabulary
from sitebuild import build_site, copy_project, soup

ids_in_order = re.compile(r"[^\W_]+")


def parse(text: str):
    return parse_bank(text, "topics/generated.md", slug="generated")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(banks())
def test_mixed_banks_split_into_the_questions_written(generated):
    bank = parse(generated.text)
    assert [q.title for q in bank.questions] == generated.titles
    assert all(q.has_answer for q in bank.questions)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(banks(mixed=False))
def test_single_style_banks_split_into_the_questions_written(generated):
    bank = parse(generated.text)
    assert [q.title for q in bank.questions] == generated.titles


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("### 12. What is a *cache*? ⭐⭐ {#cache}", ("what", "is", "a", "cache")),
        ("**Antwort:** Ein Index.", ("ein", "index")),
        ("<details><summary><b>答案</b></summary>", ()),
        ("<summary>Check whether a list is sorted</summary>", ("check", "whether", "a", "list", "is", "sorted")),
        ("```python", ()),
        ("[docs]: https://example.com/docs", ()),
        ("*[HTML]: Hyper Text Markup Language", ()),
        ("See [the docs](https://example.com/x_y) and ![a diagram](d.png).", ("see", "the", "docs", "and")),
        ("<!-- tags: a, b -->", ()),
        ("- [x] The right option", ("the", "right", "option")),
        ('!!! note "Remember this"', ("remember", "this")),
        ("TODO", ()),
    ],
)
def test_line_words_keep_what_a_reader_sees(line, words):
    assert line_words(line) == words


def test_a_code_line_that_looks_like_an_emoji_shortcode_is_seen():
    # "user:x:501:" in a code block: ":x:" is no emoji there, and the words around it must not run together.
    line = LineText(4403, line_words("user:x:501:"))
    html = '<pre><code><span class="n">user</span>:x:501:</code></pre>'
    assert unseen_lines([line], html) == []
    assert line_words(":smile: Indexes help.") == ("indexes", "help")


def test_custom_answer_labels_are_structure_words():
    assert line_words("**Svar:** Ja.", Vocabulary(("Svar",))) == ("ja",)
    assert line_words("**Svar:** Ja.") == ("svar", "ja")


def test_a_line_missing_from_the_page_is_unseen():
    lines = [LineText(3, ("a", "cache", "hit")), LineText(4, ("the", "eviction", "policy", "decides"))]
    html = "<article><h1>Caching</h1><p>A <em>cache</em> hit.</p></article>"
    assert unseen_lines(lines, html) == [lines[1]]
    assert page_text("<p>A&nbsp;<code>x_y</code></p><script>var hidden</script>") == "axy"


def test_every_line_of_every_page_is_expected_once():
    text = "# T\n\nIntro.\n\n## Notes\n\nKey points.\n\n## Q\n\n### 1. What is A?\n\n**Answer:** a.\n"
    bank = parse(text)
    pages = expected_lines(bank, text, SiteLayout())
    lines = sorted(line.line for found in pages.values() for line in found)
    assert lines == [1, 3, 5, 7, 9, 11, 13]
    assert [line.line for line in pages["topics/generated.md"]] == [1, 3, 5, 7, 9]


def _build(tmp_path: Path, banks_by_name: dict[str, str], *, strict: bool = True) -> Path:
    """A site of just these banks. A lost line fails the build even without ``strict``."""
    project = copy_project(tmp_path, with_banks=False)
    (project / "docs/topics/.pages").unlink()
    for name, text in banks_by_name.items():
        (project / "docs/topics" / name).write_text(text, encoding="utf-8")
    return build_site(project, strict=strict)


def _visible_words(site: Path, slug: str) -> str:
    """Every word the bank's pages show, from the built HTML, read with BeautifulSoup."""
    texts = []
    for page in sorted((site / "topics" / slug).rglob("index.html")):
        article = soup(page).select_one("article")
        for hidden in article.select("script, style"):
            hidden.decompose()
        texts.append(article.get_text(" "))
    return "".join(ids_in_order.findall(" ".join(texts).casefold()))


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(banks())
def test_generated_banks_show_every_line_on_the_site(tmp_path_factory, generated):
    # Not strict: a small generated bank may rightly be warned about as doubtful.
    site = _build(tmp_path_factory.mktemp("site"), {"generated.md": generated.text}, strict=False)
    shown = _visible_words(site, "generated")
    for number, line in enumerate(generated.text.split("\n"), start=1):
        words = line_words(line)
        assert "".join(words) in shown, f"line {number} not on the site: {line!r}"


NOTES_BANK = """# Databases

Questions and notes about databases.

## Basics

### 1. What is a primary key?

**Answer:** A column that identifies each row.

## Key points

Indexes trade write speed for read speed.

## Basics

### 2. What is a foreign key?

**Answer:** A column that refers to another table's key.
"""


def test_sections_without_questions_and_repeated_titles_are_on_the_topic_page(tmp_path):
    site = _build(tmp_path, {"databases.md": NOTES_BANK})
    topic = soup(site / "topics/databases/index.html").select_one("article")
    assert [h.get_text(strip=True).rstrip("¶") for h in topic.select("h2")] == ["Basics", "Key points", "Basics"]
    assert "Indexes trade write speed for read speed." in topic.get_text()


def test_a_line_the_pages_lose_fails_the_build(tmp_path, monkeypatch, caplog):
    import qasite.site

    def losing_topic_page(bank, layout):
        page = topic_page(bank, layout)
        return type(page)(page.markdown.replace("Indexes trade write speed for read speed.", ""), page.meta)

    monkeypatch.setattr(qasite.site, "topic_page", losing_topic_page)
    with pytest.raises(Abort):
        _build(tmp_path, {"databases.md": NOTES_BANK})
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any(m.startswith("docs/topics/databases.md:13: this line is not shown") for m in errors), errors


def test_what_is_parsed_is_shown_marks_description_and_anchors(tmp_path):
    bank = (Path(__file__).parent / "banks" / "trap-description-anchors.md").read_text(encoding="utf-8")
    site = _build(tmp_path, {"networking.md": bank})
    topic = soup(site / "topics/networking/index.html")
    description = "Networking interview questions from IP addressing to TLS, rated by difficulty."
    assert topic.select_one('meta[name="description"]')["content"] == description
    assert topic.select_one(".qa-description").get_text(strip=True) == description
    first = topic.select_one("ol.qa-questions li")
    assert first.select_one(".qa-marks").get_text() == "⭐"
    assert [h.get_text(strip=True).rstrip("¶") for h in topic.select("article h2")] == [
        "Basics",
        "Protocols",
        "Security",
    ]
    assert "<a name" not in topic.select_one("article").get_text()
    page = soup(site / "topics/networking/what-is-an-ip-address/index.html")
    assert page.select_one("h1 .qa-marks").get_text() == "⭐"
    back = next(a for a in page.select("article a") if a.get_text() == "Back to top")
    assert back["href"] == "../"
