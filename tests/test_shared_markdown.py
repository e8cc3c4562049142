"""Question pages rendered by one shared Markdown converter give the HTML MkDocs' own render gives."""

from __future__ import annotations

import gzip
import logging
import re
from pathlib import Path

import markdown
import pytest
from mkdocs.exceptions import Abort
from qabank.parse import parse_bank
from sitebuild import build_site, build_site_logged, copy_project, soup, with_qa_setting

# Every extension of mkdocs.yml, and the ones that keep state between documents
# (abbreviations, footnotes, heading ids, stashed code blocks) used on more than one page.
FEATURES_BANK = """\
---
tags: [markdown]
---
### 1. What does HTTP stand for?

**Answer:**
HTTP[^1] is the protocol of the web; see [the next question](#2-what-is-a-cookie).

*[HTTP]: Hypertext Transfer Protocol

#### Details

```python hl_lines="2"
def get(url):
    return fetch(url)
```

- [x] stateless
- [ ] encrypted

[^1]: RFC 9110.

---

### 2. What is a cookie?

**Answer:**
A small value an HTTP server asks the browser to send back[^1] :smile:.

#### Details

!!! note "Scope"
    Set per domain and path.

Term
:   A definition.

<div markdown>
**bold** inside HTML
</div>

```python
cookie = {"id": 1}
```

[^1]: RFC 6265.

---

### 3. Which status code means "not found"?

**Answer:**
404; HTTP has no abbreviation defined on this page.

#### Details

| code | meaning |
|---|---|
| 404 | not found |
"""

TOPIC = "topics/markdown-features"


def _project(root: Path, *, shared_markdown: str | None = None) -> Path:
    """The project with the bank above; ``shared_markdown`` is the YAML of that setting, unset when None."""
    project = copy_project(root)
    (project / "docs" / "topics" / "markdown-features.md").write_text(FEATURES_BANK, encoding="utf-8")
    return project if shared_markdown is None else with_qa_setting(project, "shared_markdown", shared_markdown)


def _build_counting_converters(project: Path) -> tuple[Path, int, list[logging.LogRecord]]:
    created = 0
    init = markdown.Markdown.__init__

    def counting_init(self, *args, **kwargs) -> None:
        nonlocal created
        created += 1
        init(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown.Markdown, "__init__", counting_init)
        site, records = build_site_logged(project, strict=True)
    return site, created, records


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, tuple[Path, int, list[logging.LogRecord]]]:
    return {
        kind: _build_counting_converters(_project(tmp_path_factory.mktemp(kind), shared_markdown=setting))
        for kind, setting in (("shared", None), ("own", "false"))
    }


def _contents(site: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            files[path.relative_to(site).as_posix()] = gzip.decompress(data) if path.suffix == ".gz" else data
    return files


def test_every_file_of_the_site_is_the_same(builds):
    shared, own = _contents(builds["shared"][0]), _contents(builds["own"][0])
    assert sorted(shared) == sorted(own)
    assert len([name for name in shared if name.endswith(".html")]) > 40
    assert [name for name in shared if shared[name] != own[name]] == []


def test_the_build_logs_the_same_messages(builds):
    def messages(site: Path, records: list[logging.LogRecord]) -> list[str]:
        texts = (r.getMessage().replace(str(site.parent), "<project>") for r in records)
        # Durations differ from build to build: "Exports: Anki packages in 0.02 s".
        return [re.sub(r"\b\d+\.\d+ s\b", "N s", text) for text in texts if not text.startswith("Documentation built")]

    shared, own = (messages(site, records) for site, _, records in (builds["shared"], builds["own"]))
    assert shared == own
    assert (
        "topics/markdown-features.md: 3 questions (label style), 0 without an answer, 100% of the text in questions"
        in shared
    )


def test_question_pages_share_one_converter(builds):
    banks = sorted((builds["shared"][0].parent / "docs" / "topics").glob("*.md"))
    questions = sum(len(parse_bank(bank.read_text(encoding="utf-8"), bank.name).questions) for bank in banks)
    assert questions == 25 + 8 + 3
    assert builds["own"][1] - builds["shared"][1] == questions - 1


def test_state_of_one_page_stays_out_of_the_next(builds):
    site = builds["shared"][0]
    first = soup(site / TOPIC / "what-does-http-stand-for" / "index.html").select_one("article")
    second = soup(site / TOPIC / "what-is-a-cookie" / "index.html").select_one("article")
    third = soup(site / TOPIC / "which-status-code-means-not-found" / "index.html").select_one("article")

    assert [a["title"] for a in first.select("abbr")] == ["Hypertext Transfer Protocol"] * 2  # title, answer
    assert second.select("abbr") == [] and third.select("abbr") == []
    assert [li.get_text(" ", strip=True) for li in first.select(".footnote li")] == ["RFC 9110. ↩"]
    assert [li.get_text(" ", strip=True) for li in second.select(".footnote li")] == ["RFC 6265. ↩"]
    assert [h["id"] for h in second.select("h4")] == ["details"]
    assert third.select(".footnote") == []


def test_a_setting_other_than_true_or_false_stops_the_build(tmp_path, caplog):
    with pytest.raises(Abort):
        build_site(_project(tmp_path, shared_markdown='"off"'))
    assert "mkdocs.yml: extra.qa.shared_markdown is 'off'; use true or false" in caplog.text
