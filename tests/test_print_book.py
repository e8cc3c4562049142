"""The printable book of a small bank, rendered with the core alone (no site build).

Checks what a reader sees in the PDF for content the real banks do not have:
non-Latin scripts, admonitions, collapsible blocks, footnotes, and that code is
highlighted in colour.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from qabank.parse import parse_bank
from qabank.pdf import render_edition
from qabank.print_html import Book, Edition, MarkdownToHtml, book_html
from sitebuild import pdf_job, site_markdown

BANK = """---
tags: [languages]
title: Языки и 文字
---
### 1. 什么是 Unicode？

**Answer:**
Unicode 为每个字符分配一个码位。日本語の「文字」、한국어 문자, Ελληνικά and русский текст all work.

!!! warning "Mind the encoding"
    Always decode bytes at the edge of the program.

??? note "More"
    Hidden on the site until opened; always shown in print.

A footnote.[^1]

[^1]: Footnote text of question one.

---

### 2. How do you read a file?

**Answer:**

```python
with open("notes.txt", encoding="utf-8") as f:
    text = f.read()
```

| Mode | Meaning |
|---|---|
| `r` | read |
| `w` | write |

### 3. A question without an answer yet?

**Answer:** TODO
"""


@pytest.fixture(scope="module")
def bank():
    return parse_bank(BANK, "topics/languages.md", slug="languages")


@pytest.fixture(scope="module")
def study_pdf(bank, tmp_path_factory) -> Path:
    job = pdf_job([bank], question_urls={("languages", q.id): f"https://example.org/{q.id}/" for q in bank.questions})
    pdfs = {pdf.edition.topic: pdf for pdf in render_edition(job, Edition.STUDY)}
    assert set(pdfs) == {None, "languages"}
    path = tmp_path_factory.mktemp("book") / "languages-study.pdf"
    path.write_bytes(pdfs["languages"].data)
    assert pdfs["languages"].pages == len(PdfReader(path).pages)
    return path


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_non_latin_scripts_come_out_as_text(study_pdf):
    text = " ".join(text_of(study_pdf).split())
    for phrase in ("Языки и 文字", "什么是 Unicode？", "日本語の「文字」", "한국어 문자", "Ελληνικά", "русский текст"):
        assert phrase in text, phrase


def test_every_font_is_embedded_and_cjk_uses_noto(study_pdf):
    fonts = subprocess.run(["pdffonts", str(study_pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", row) for row in rows), fonts
    assert any("Noto-Sans-CJK" in row for row in rows), fonts


def test_admonitions_details_and_footnotes_are_printed(study_pdf):
    text = " ".join(text_of(study_pdf).split())
    assert "Mind the encoding Always decode bytes at the edge of the program." in text
    assert "More Hidden on the site until opened; always shown in print." in text
    assert "Footnote text of question one." in text
    assert "No answer yet." in text


def test_tables_and_code_are_printed_in_order(study_pdf):
    text = " ".join(text_of(study_pdf).split())
    assert 'with open("notes.txt", encoding="utf-8") as f: text = f.read()' in text
    assert "Mode Meaning r read w write" in text


def _fill_colours(path: Path) -> set[str]:
    reader = PdfReader(path)
    colours = set()
    for page in reader.pages:
        data = page.get_contents().get_data().decode("latin-1")
        colours |= set(re.findall(r"([\d.]+ [\d.]+ [\d.]+) rg", data))
    return colours


def test_code_is_highlighted_in_colour(study_pdf):
    # Pygments' default style prints keywords such as "with" and "as" in green (#008000).
    assert "0 0.501961 0" in _fill_colours(study_pdf)


def test_answers_are_never_collapsed(bank):
    extensions, configs = site_markdown()
    html = book_html(Book("Notes", [bank], Edition.STUDY, date(2026, 1, 2)), MarkdownToHtml(extensions, configs))
    assert "<details" in html and not re.search(r"<details(?![^>]*\sopen)", html)
    assert 'class="highlight"' in html and ".highlight .k" in html
    # Ids from different answers never clash (footnotes, code lines), so every link lands where it should.
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_self_test_edition_keeps_answers_out_of_the_questions(bank):
    extensions, configs = site_markdown()
    book = Book("Notes", [bank], Edition.SELF_TEST, date(2026, 1, 2))
    html = book_html(book, MarkdownToHtml(extensions, configs))
    questions, key = html.split('<section class="key ')
    assert "Always decode bytes" not in questions and "Always decode bytes" in key
    assert questions.count('class="question"') == 3 and key.count('class="key-entry"') == 3


def test_a_long_contents_runs_on_from_the_cover_page_numbered_ii(tmp_path):
    """60 questions: the contents start under the topic's cover and run on; numbers i (unprinted), ii, then 1, 2."""
    text = "".join(f"### {n}. Question number {n}?\n\n**Answer:** Answer {n}.\n\n" for n in range(1, 61))
    bank = parse_bank(text, "topics/long.md", slug="long")
    job = pdf_job([bank])
    pdf = next(p for p in render_edition(job, Edition.STUDY) if p.edition.topic == "long")
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf.data)

    def page(number: int, *area: str) -> str:
        args = ["-f", str(number), "-l", str(number)]
        if area:  # the footer band: the bottom 50 points of an A4 page
            args += ["-x", "0", "-y", "792", "-W", "600", "-H", "50"]
        run = subprocess.run(["pdftotext", "-raw", *args, str(path), "-"], capture_output=True, text=True, check=True)
        return " ".join(run.stdout.split())

    assert page(1).startswith("Notes Long Study edition 60 questions Built 2026-01-02 Contents 1. Question number 1?")
    assert page(1, "footer") == ""
    assert "60. Question number 60?" in page(2) and page(2, "footer") == "ii"
    assert page(3).startswith("1. Question number 1?") and page(3, "footer") == "1"


def test_marks_and_section_intros_are_printed():
    text = (
        "# Networking\n\n## Basics\n\nStart here: the layers first.\n\n"
        "### 1. What is an IP address? ⭐\n\n**Answer:** An address.\n\n"
        "### 2. What is a port? ⭐⭐\n\n**Answer:** A number.\n"
    )
    bank = parse_bank(text, "topics/net.md", slug="net")
    extensions, configs = site_markdown()
    html = book_html(Book("Notes", [bank], Edition.STUDY, date(2026, 1, 2)), MarkdownToHtml(extensions, configs))
    titles = re.findall(r'<h2 class="question-title"[^>]*>(.*?)</h2>', html, flags=re.DOTALL)
    assert [re.sub(r"<[^>]+>", "", t).split(maxsplit=1)[1] for t in titles] == [
        "What is an IP address? ⭐",
        "What is a port? ⭐⭐",
    ]
    assert html.count('<h2 class="section-title">Basics</h2>') == 1
    assert "Start here: the layers first." in html
