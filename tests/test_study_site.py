"""The site object's glue, event by event, without a full build (as mkdocs-autorefs tests its plugin)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from qabank import contract
from qabank.search_index import read_header
from qasite.site import StudySite

BANK = """---
tags: [databases]
---
# Databases

### 1. What is an index?

**Answer:** A structure that makes lookups fast.

### 2. What is a transaction?

**Answer:** A unit of work that commits or rolls back as one.
"""


def _config(tmp_path: Path, qa: object = None, **settings: object) -> MkDocsConfig:
    docs = tmp_path / "docs"
    (docs / "topics").mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Home\n\n<!-- qa:topics -->\n", encoding="utf-8")
    (docs / "topics" / "databases.md").write_text(BANK, encoding="utf-8")
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    extra = {} if qa is None else {"qa": qa}
    config.load_dict(
        {"site_name": "Test", "docs_dir": str(docs), "site_dir": str(tmp_path / "site"), "extra": extra, **settings}
    )
    failed, _ = config.validate()
    assert not failed, failed
    config.plugins._current_plugin = "study_site"  # what MkDocs sets while it runs a hook's event
    return config


def _files(config: MkDocsConfig) -> Files:
    docs = Path(config.docs_dir)
    return Files(
        [
            File(str(path.relative_to(docs)), config.docs_dir, config.site_dir, config.use_directory_urls)
            for path in sorted(docs.rglob("*.md"))
        ]
    )


@pytest.fixture
def site() -> StudySite:
    return StudySite(logging.getLogger("mkdocs.test_study_site"))


def _page(src: str, meta: dict | None = None) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=src), meta=meta or {})


def test_a_bank_becomes_its_topic_question_and_reading_pages(tmp_path, site, caplog):
    config = _config(tmp_path)
    site.on_config(config)
    with caplog.at_level(logging.INFO, logger="mkdocs.test_study_site"):
        files = site.on_files(_files(config), config)
    srcs = {f.src_uri for f in files}
    assert {
        "index.md",
        "topics/databases.md",
        "topics/databases/what-is-an-index.md",
        "topics/databases/what-is-a-transaction.md",
        "topics/databases/read.md",
        "practice.md",
        contract.PRACTICE_INDEX_URI,
        contract.CONTRACT_URI,
    } == srcs
    topic = files.get_file_from_path("topics/databases.md")
    assert topic.generated_by and "What is an index?" in topic.content_string
    assert site.question_srcs == {
        "databases": ["topics/databases/what-is-an-index.md", "topics/databases/what-is-a-transaction.md"]
    }
    assert "topics/databases.md: 2 questions (label style), 0 without an answer" in caplog.text
    assert files.get_file_from_path(contract.CONTRACT_URI).content_string == contract.contract_script()


def test_each_build_starts_afresh(tmp_path, site):
    config = _config(tmp_path)
    site.on_config(config)
    site.on_files(_files(config), config)
    site.unseen.append("docs/topics/databases.md:3: lost")
    site.on_config(config)
    assert (site.banks, site.question_srcs, site.expected, site.unseen, site.page_meta) == ([], {}, {}, [], {})
    site.on_post_build(config)  # nothing left over from the build before


def test_settings_reach_the_templates(tmp_path, site):
    config = _config(tmp_path, {"search_engine": "material", "practice_page": "drill.md"})
    site.on_config(config)
    site.on_files(_files(config), config)
    context = site.template_context(config)
    assert context["options"]["search_engine"] == "material"
    assert context["search_worker"] is False
    assert context["search_downloads"] is False
    assert context["practice_url"] == "drill/"
    assert context["index_url"] == contract.PRACTICE_INDEX_URI
    assert context["contract"] == contract.for_scripts()
    assert context["tag_anchor"] == ["tag:", ""]


def test_a_wrong_setting_is_a_plugin_error(tmp_path, site):
    config = _config(tmp_path, {"pdf": "no"})
    with pytest.raises(PluginError, match=r"extra\.qa\.pdf is 'no'; use true or false"):
        site.on_config(config)


def test_page_markdown_takes_the_pages_metadata_and_fills_the_markers(tmp_path, site):
    config = _config(tmp_path)
    site.on_config(config)
    files = site.on_files(_files(config), config)
    topic = _page("topics/databases.md")
    text = files.get_file_from_path("topics/databases.md").content_string
    markdown = site.on_page_markdown(text, topic, config, files)
    assert topic.meta["qa"]["page"] == "topic"
    assert contract.PDF_LINKS_MARKER not in markdown  # no PDFs in this build: the marker goes
    home = site.on_page_markdown("# Home\n\n<!-- qa:topics -->\n", _page("index.md"), config, files)
    assert contract.TOPICS_MARKER not in home and "2 questions" in home


def test_a_line_missing_from_its_page_fails_the_build_naming_it(tmp_path, site):
    config = _config(tmp_path)
    site.on_config(config)
    site.on_files(_files(config), config)
    question = _page("topics/databases/what-is-an-index.md", {"qa": {"page": "question"}})
    site.on_page_content("<h1>What is an index?</h1><p>Nothing else.</p>", question, config, None)
    lost = r"databases\.md:8: this line is not shown on .*a structure that makes lookups fast"
    with pytest.raises(PluginError, match=lost):
        site.on_post_build(config)


def test_question_html_is_cleaned_and_kept_for_the_reading_page(tmp_path, site):
    config = _config(tmp_path)
    site.on_config(config)
    site.on_files(_files(config), config)
    src = "topics/databases/what-is-an-index.md"
    html = (
        "<h1>What is an index?</h1><details class='answer'><summary>Show answer</summary>"
        "<p>A structure that makes lookups fast.<script>alert(1)</script></p></details>"
    )
    out = site.on_page_content(html, _page(src, {"qa": {"page": "question"}}), config, None)
    assert "<script" not in out
    assert "<summary data-search-exclude>Show answer</summary>" in out
    assert "A structure that makes lookups fast." in site.question_contents[src]


@pytest.mark.parametrize(
    ("plugins", "qa", "written"),
    [
        (["search"], None, True),
        (["search", "offline"], None, False),  # the offline copy reads the index from a script
        (["search"], {"search_engine": "material"}, False),  # lunr builds its own
    ],
    ids=["our-engine", "offline-copy", "materials-engine"],
)
def test_the_prebuilt_search_index_is_written_for_our_worker_alone(tmp_path, site, plugins, qa, written):
    config = _config(tmp_path, qa, theme={"name": "material"}, plugins=plugins)
    site.on_config(config)
    index = Path(config.site_dir) / contract.SEARCH_INDEX_URI
    index.parent.mkdir(parents=True)
    docs = [{"location": "topics/databases/", "title": "What is an index?", "text": "<p>A structure.</p>"}]
    index.write_text(json.dumps({"config": {"lang": ["en"], "pipeline": ["stopWordFilter"]}, "docs": docs}))
    site.on_post_build_after_search(config)
    prebuilt = Path(config.site_dir) / contract.PREBUILT_SEARCH_INDEX_URI
    assert prebuilt.exists() is written
    assert site.template_context(config)["search_downloads"] is written  # main.html's head fetches it
    if written:
        assert read_header(prebuilt.read_bytes())["documents"] == 1


def test_a_search_index_file_that_cannot_be_read_is_a_warning_not_a_crash(tmp_path, site, caplog):
    config = _config(tmp_path, theme={"name": "material"}, plugins=["search"])
    site.on_config(config)
    index = Path(config.site_dir) / contract.SEARCH_INDEX_URI
    index.parent.mkdir(parents=True)
    index.write_text('{"docs": [', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="mkdocs.test_study_site"):
        site.on_post_build_after_search(config)
    assert not (Path(config.site_dir) / contract.PREBUILT_SEARCH_INDEX_URI).exists()
    assert "search/search_index.json cannot be read" in caplog.text
