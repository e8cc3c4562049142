"""The exports in a built site: Anki packages, questions.json, share meta, edit links, related
questions, the difficulty marks of topic lists (the pure core is tested in test_exports.py)."""

from __future__ import annotations

import json
import sqlite3
import struct
import zipfile
import zlib
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import jsonschema
import pytest
from sitebuild import PROJECT, build_site_logged, copy_project, soup, warnings
from test_exports import google_flashcard_errors

SITE_URL = "https://example.github.io/qa-study-site/"
REPO = "https://github.com/example/qa-study-site"
SCHEMA = json.loads((PROJECT / "schemas" / "questions.schema.json").read_text(encoding="utf-8"))
SAMPLE = "topics/exports-sample"
QUESTIONS = [
    (
        "## What does a reverse proxy do? ⭐⭐\n<!-- tags: networking, load balancing -->\n\n"
        "**Answer:** A reverse proxy sits in front of upstream servers and forwards client requests. It can cache.\n\n"
        "![diagram](img/proxy.png)\n\n```python\ndef handler(request):\n    return forward(request)\n```\n"
    ),
    (
        "## Why would </script><script>alert(1)</script> matter? ⭐⭐⭐\n<!-- tags: security -->\n\n"
        '**Answer:** Because `</script><script>alert("x")</script>` "ends" a script & more. Escape it.\n'
    ),
    (
        "## What is a load balancer? ⭐\n<!-- tags: networking, load balancing -->\n\n"
        "**Answer:** It spreads client requests across upstream servers, like a reverse proxy does.\n"
    ),
    "## What is still to write?\n\n**Answer:** TODO\n",
]


def sample_bank(order: list[int]) -> str:
    return "---\ntags: [sample]\ntitle: Exports sample\n---\n\n" + "\n".join(QUESTIONS[i] for i in order)


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(b"IEND", b"")
    )


def project_with_sample(root: Path, order: list[int], *, repository: bool) -> Path:
    project = copy_project(root)
    (project / "docs" / "topics" / "img").mkdir()
    (project / "docs" / "topics" / "img" / "proxy.png").write_bytes(png())
    (project / "docs" / "topics" / "exports-sample.md").write_text(sample_bank(order), encoding="utf-8")
    if not repository:  # no repo_url; MkDocs itself asks for no edit_uri then
        config = project / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        for line in (f"repo_url: {REPO}\n", "edit_uri: edit/main/docs/\n"):
            assert line in text
            text = text.replace(line, "")
        config.write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = project_with_sample(tmp_path_factory.mktemp("exports"), [0, 1, 2, 3], repository=True)
    return build_site_logged(project, strict=True)


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0]


@pytest.fixture(scope="module")
def reordered(tmp_path_factory) -> Path:
    """The same banks with the sample's questions in another order, and no repository."""
    project = project_with_sample(tmp_path_factory.mktemp("reordered"), [2, 3, 1, 0], repository=False)
    site, records = build_site_logged(project, strict=True)
    assert warnings(records) == []
    return site


@pytest.fixture(scope="module")
def document(site) -> dict:
    return json.loads((site / "questions.json").read_text(encoding="utf-8"))


def by_key(document: dict) -> dict[str, dict]:
    return {q["key"]: q for q in document["questions"]}


def page_of(site: Path, entry: dict) -> Path:
    return site / urlsplit(entry["url"]).path.removeprefix(urlsplit(SITE_URL).path) / "index.html"


def test_strict_build_stays_clean(built):
    assert warnings(built[1]) == []
    messages = [r.getMessage() for r in built[1]]
    assert any(m.startswith("Anki: anki/interview-study-notes-all-topics.apkg, 36 notes, ") for m in messages)


# questions.json


def test_questions_json_follows_its_schema_and_holds_every_question(document):
    jsonschema.validate(document, SCHEMA)
    keys = [q["key"] for q in document["questions"]]
    assert len(keys) == len(set(keys)) == 33 + 4
    assert [t["slug"] for t in document["topics"]][-1] == "exports-sample"


def test_questions_json_entry_has_source_line_difficulty_and_answer(document):
    proxy = by_key(document)["exports-sample/what-does-a-reverse-proxy-do"]
    lines = sample_bank([0, 1, 2, 3]).split("\n")
    assert lines[proxy["source"]["line"] - 1] == "## What does a reverse proxy do? ⭐⭐"
    assert proxy["source"]["file"] == "docs/topics/exports-sample.md"
    assert proxy["difficulty"] == {"marks": "⭐⭐", "level": 2}
    assert proxy["tags"] == ["sample", "networking", "load balancing"]
    assert proxy["url"] == f"{SITE_URL}{SAMPLE}/what-does-a-reverse-proxy-do/"
    assert proxy["answer_markdown"].startswith("A reverse proxy sits")
    assert '<div class="highlight">' in proxy["answer_html"] and 'src="../../img/proxy.png"' in proxy["answer_html"]
    todo = by_key(document)["exports-sample/what-is-still-to-write"]
    assert todo["answer_markdown"] is None and todo["answer_html"] is None


# Share meta


def test_question_page_has_its_own_description_open_graph_and_twitter_tags(site, document):
    entry = by_key(document)["exports-sample/what-does-a-reverse-proxy-do"]
    head = soup(page_of(site, entry)).head
    description = "A reverse proxy sits in front of upstream servers and forwards client requests."
    assert head.find("meta", attrs={"name": "description"})["content"] == description
    assert head.find("meta", property="og:description")["content"] == description
    assert head.find("meta", attrs={"name": "twitter:description"})["content"] == description
    assert head.find("meta", property="og:title")["content"] == "What does a reverse proxy do?"
    assert head.find("meta", property="og:url")["content"] == entry["url"]
    assert head.find("link", rel="canonical")["href"] == entry["url"]
    assert head.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"
    descriptions = {
        soup(page_of(site, q)).head.find("meta", attrs={"name": "description"})["content"]
        for q in document["questions"]
    }
    assert len(descriptions) == len(document["questions"])  # each page its own
    assert all(len(d) <= 160 for d in descriptions)


def test_json_ld_is_a_valid_quiz_and_bank_text_cannot_end_its_script(site, document):
    entry = by_key(document)["exports-sample/why-would-script-script-alert-1-script-matter"]
    html = page_of(site, entry).read_text(encoding="utf-8")
    head = html.split("</head>", 1)[0]
    assert "<script>alert" not in head and 'alert("x")</script>' not in head
    [script] = soup(page_of(site, entry)).select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert google_flashcard_errors(data) == []
    assert data["hasPart"][0]["text"] == "Why would </script><script>alert(1)</script> matter?"
    answer = data["hasPart"][0]["acceptedAnswer"]["text"]
    assert answer == 'Because </script><script>alert("x")</script> "ends" a script & more. Escape it.'
    assert (
        soup(page_of(site, entry)).head.find("meta", property="og:title")["content"].startswith("Why would </script>")
    )
    todo = by_key(document)["exports-sample/what-is-still-to-write"]
    assert soup(page_of(site, todo)).select('script[type="application/ld+json"]') == []


def test_topic_page_lists_its_questions_as_item_list(site, document):
    [script] = soup(site / SAMPLE / "index.html").select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "ItemList"
    urls = [q["url"] for q in document["questions"] if q["topic"] == "exports-sample"]
    assert [item["url"] for item in data["itemListElement"]] == urls


def test_sitemap_lists_every_question_page(site, document):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for entry in document["questions"]:
        assert f"<loc>{entry['url']}</loc>" in sitemap


# Edit links


def test_edit_links_point_at_the_questions_line_in_the_bank(site, document):
    for key in ("exports-sample/what-is-a-load-balancer", "backend-interview-questions/what-is-load-balancing"):
        entry = by_key(document)[key]
        links = soup(page_of(site, entry)).select(".qa-edit a")
        assert [a.get_text() for a in links] == ["Edit this question", "Suggest an edit"]
        file, line = entry["source"]["file"], entry["source"]["line"]
        assert links[0]["href"] == f"{REPO}/blob/main/{file}#L{line}"
        assert links[1]["href"] == f"{REPO}/edit/main/{file}"
    seed = (PROJECT / "docs" / "topics" / "backend-interview-questions.md").read_text(encoding="utf-8").split("\n")
    line = by_key(document)["backend-interview-questions/what-is-load-balancing"]["source"]["line"]
    assert "What is load balancing" in seed[line - 1]


def test_no_edit_links_without_a_repository(reordered):
    pages = list((reordered / "topics").glob("*/*/index.html"))
    assert len(pages) > 30
    assert not any(soup(page).select(".qa-edit") for page in pages)


# Related questions


def test_related_questions_at_most_five_never_the_page_itself_and_all_exist(site, document):
    for entry in document["questions"]:
        page = page_of(site, entry)
        links = soup(page).select("ul.qa-related a")
        assert len(links) <= 5
        targets = [Path(urljoin(page.as_uri(), a["href"]).removeprefix("file://")) / "index.html" for a in links]
        assert page not in targets
        assert all(target.is_file() for target in targets)
    proxy = page_of(site, by_key(document)["exports-sample/what-does-a-reverse-proxy-do"])
    assert soup(proxy).select("ul.qa-related a")[0].get_text() == "What is a load balancer?"


# Difficulty on the topic list


def test_topic_list_items_carry_their_difficulty_marks(site):
    items = soup(site / SAMPLE / "index.html").select("ol.qa-questions > li")
    assert [li.get("data-qa-marks") for li in items] == ["⭐⭐", "⭐⭐⭐", "⭐", None]


# Anki


def notes_of(package: Path) -> tuple[list[dict], dict, dict]:
    """The notes (guid, fields, tags), the collection's decks and models, and the media of a package."""
    with zipfile.ZipFile(package) as archive, archive.open("collection.anki2") as source:
        media = json.loads(archive.read("media"))
        media_bytes = {name: archive.read(index) for index, name in media.items()}
        data = source.read()
    database = package.parent / (package.name + ".sqlite")
    database.write_bytes(data)
    connection = sqlite3.connect(database)
    try:
        notes = [
            {"guid": guid, "fields": fields.split("\x1f"), "tags": tags.split(), "model": mid}
            for guid, fields, tags, mid in connection.execute("SELECT guid, flds, tags, mid FROM notes")
        ]
        decks, models = (json.loads(value) for value in connection.execute("SELECT decks, models FROM col").fetchone())
    finally:
        connection.close()
        database.unlink()
    return notes, {"decks": decks, "models": models}, media_bytes


def anki_links(page: Path) -> list[str]:
    return [a["href"] for a in soup(page).select('.qa-downloads a[href$=".apkg"]')]


def test_home_and_topic_pages_link_the_packages_and_questions_json(site):
    home = anki_links(site / "index.html")
    assert home == [
        "anki/interview-study-notes-all-topics.apkg",
        "anki/backend-interview-questions.apkg",
        "anki/python-interview-questions.apkg",
        "anki/exports-sample.apkg",
    ]
    assert all((site / href).is_file() for href in home)
    assert soup(site / "index.html").select('.qa-downloads a[href="questions.json"]')
    assert anki_links(site / SAMPLE / "index.html") == ["../../anki/exports-sample.apkg"]


def test_anki_notes_fields_tags_media_and_model(site, document):
    notes, collection, media = notes_of(site / "anki" / "exports-sample.apkg")
    assert len(notes) == 3  # the question without an answer makes no card
    fields = {note["fields"][5]: note for note in notes}
    proxy = fields["exports-sample/what-does-a-reverse-proxy-do"]
    question, answer, topic, marks, url, _ = proxy["fields"]
    assert "What does a reverse proxy do?" in question and topic == "Exports sample" and marks == "⭐⭐"
    assert url == f"{SITE_URL}{SAMPLE}/what-does-a-reverse-proxy-do/"
    assert '<div class="highlight">' in answer and '<span class="k">def</span>' in answer
    [name] = media
    assert media[name] == png() and f'src="{name}"' in answer
    assert sorted(proxy["tags"]) == ["load_balancing", "networking", "sample"]
    script = fields["exports-sample/why-would-script-script-alert-1-script-matter"]["fields"]
    assert "<script>" not in script[0] and "&lt;/script&gt;&lt;script&gt;" in script[0]
    [model] = collection["models"].values()
    assert [f["name"] for f in model["flds"]] == ["Question", "Answer", "Topic", "Difficulty", "URL", "Key"]
    assert ".highlight .k" in model["css"] and "{{URL}}" in model["tmpls"][0]["afmt"]
    names = {deck["name"] for deck in collection["decks"].values()}
    assert "Interview Study Notes::Exports sample" in names


def test_whole_site_package_has_a_subdeck_per_topic(site):
    notes, collection, _ = notes_of(site / "anki" / "interview-study-notes-all-topics.apkg")
    assert len(notes) == 36
    names = {deck["name"] for deck in collection["decks"].values()}
    assert {
        "Interview Study Notes::Backend interview questions",
        "Interview Study Notes::Python interview questions",
        "Interview Study Notes::Exports sample",
    } <= names


def test_anki_guids_and_ids_stay_when_the_bank_is_reordered(site, reordered):
    for package in ("exports-sample.apkg", "interview-study-notes-all-topics.apkg"):
        first, first_col, _ = notes_of(site / "anki" / package)
        second, second_col, _ = notes_of(reordered / "anki" / package)
        assert {n["fields"][5]: n["guid"] for n in first} == {n["fields"][5]: n["guid"] for n in second}
        assert len({n["guid"] for n in first}) == len(first)
        assert first_col["models"].keys() == second_col["models"].keys()
        decks = {d["name"]: d["id"] for d in first_col["decks"].values()}
        assert decks == {d["name"]: d["id"] for d in second_col["decks"].values()}
    topic, _, _ = notes_of(site / "anki" / "exports-sample.apkg")
    everything, _, _ = notes_of(site / "anki" / "interview-study-notes-all-topics.apkg")
    assert {n["guid"] for n in topic} <= {n["guid"] for n in everything}
