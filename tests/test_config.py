"""``extra.qa`` is a typed configuration: a wrong key or value stops the build and says what is allowed."""

from __future__ import annotations

import logging

import pytest
from mkdocs.exceptions import Abort
from qasite.config import QaConfig, QaConfigError, defaults, load_qa_config
from sitebuild import build_site, copy_project, with_qa_setting


def test_defaults_when_nothing_is_set():
    for options in (None, {}):
        config = load_qa_config(options)
        assert isinstance(config, QaConfig)
        assert dict(config) == defaults()
    assert defaults() == {
        "banks": "topics",
        "tags_page": "tags.md",
        "practice_page": "practice.md",
        "pdf": True,
        "pdf_paper": "A4",
        "offline_zip": "site-offline.zip",
        "search_engine": "qa",
        "shared_markdown": True,
    }


def test_valid_settings_are_typed_values():
    config = load_qa_config({"banks": "questions", "pdf": False, "search_engine": "material"})
    assert (config.banks, config.pdf, config.search_engine) == ("questions", False, "material")
    assert config.tags_page == "tags.md"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"serach_engine": "material"}, "extra.qa.serach_engine: unknown setting; did you mean 'search_engine'?"),
        ({"pdf": "no"}, "extra.qa.pdf is 'no'; use true or false"),
        ({"banks": ["topics"]}, "extra.qa.banks is ['topics']; use a string"),
        ({"search_engine": "lunr"}, "extra.qa.search_engine is 'lunr'; use one of 'qa', 'material'"),
        ({"shared_markdown": 1}, "extra.qa.shared_markdown is 1; use true or false"),
        ({"pdf_paper": "B5"}, "extra.qa.pdf_paper is 'B5'; use one of 'A4', 'Letter', 'A5'"),
        ({"offline_zip": 3}, "extra.qa.offline_zip is 3; use a string or true or false"),
        ("topics", "extra.qa is 'topics'; it must be a mapping"),
    ],
)
def test_a_wrong_key_or_value_is_named_with_what_is_allowed(options, message):
    with pytest.raises(QaConfigError) as raised:
        load_qa_config(options)
    assert message in str(raised.value)


def test_every_problem_is_reported_at_once():
    with pytest.raises(QaConfigError) as raised:
        load_qa_config({"pdf": "no", "banks": 3, "colour": "red"})
    lines = str(raised.value).splitlines()
    assert len(lines) == 3
    assert any(line.startswith("mkdocs.yml: extra.qa.colour: unknown setting (known: banks,") for line in lines)


def test_a_misspelt_setting_stops_the_build(tmp_path, caplog):
    project = with_qa_setting(copy_project(tmp_path), "serach_engine", "material")
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build_site(project)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("extra.qa.serach_engine: unknown setting; did you mean 'search_engine'?" in m for m in errors), errors
