"""The PDF editions, read back from the built site with pypdf and pdftotext.

The real project is built once for this module with the PDFs on; every test
reads the files a reader would download.
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import unicodedata
from datetime import date
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import markdown
import pytest
from bs4 import BeautifulSoup, NavigableString
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from pypdf import PdfReader
from qabank.model import Bank
from qabank.parse import parse_bank
from qabank.pdf import PdfShortfall, check_complete, human_size, missing_questions
from qabank.print_html import Book, Edition, anchor
from sitebuild import PROJECT, build_site, build_site_logged, copy_project, soup, warnings, with_qa_setting

SITE_URL = "https://example.github.io/qa-study-site/"
BANKS = ("backend-interview-questions", "python-interview-questions")
TITLES = {
    "backend-interview-questions": "Backend interview questions",
    "python-interview-questions": "Python interview questions",
}
SITE_STUDY = "pdf/interview-study-notes-all-topics-study.pdf"
SITE_SELF_TEST = "pdf/interview-study-notes-all-topics-self-test.pdf"
A4_HEIGHT = 842
MARGIN_BAND = 50  # points at the top and bottom of a page that hold the running header and page number


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, list[logging.LogRecord]]:
    project = copy_project(tmp_path_factory.mktemp("pdf-project"))
    return build_site_logged(project, strict=True, pdf=True)


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built[0]


@pytest.fixture(scope="module")
def banks() -> list[Bank]:
    return [
        parse_bank((PROJECT / "docs/topics" / f"{slug}.md").read_text(encoding="utf-8"), f"topics/{slug}.md", slug=slug)
        for slug in BANKS
    ]


# -- reading PDFs ---------------------------------------------------------------------------------


def pdftotext(path: Path, page: int | None = None, *, area: str = "body") -> str:
    """Text of a PDF (or of one 1-based page) in content order; ``area`` is body, header or footer."""
    args = ["pdftotext", "-raw", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    top, height = {
        "body": (MARGIN_BAND, A4_HEIGHT - 2 * MARGIN_BAND),
        "header": (0, MARGIN_BAND),
        "footer": (A4_HEIGHT - MARGIN_BAND, MARGIN_BAND),
    }[area]
    args += ["-x", "0", "-y", str(top), "-W", "600", "-H", str(height)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def squash(text: str) -> str:
    """Text without whitespace and list bullets: line wrapping and page breaks do not matter.

    (pdftotext puts the bullets of a page's list items at the end of that page.)
    """
    return re.sub(r"[\s\u2022\u25e6\u25aa]+", "", unicodedata.normalize("NFKC", text))


def page_range_text(path: Path, first: int, last: int) -> str:
    return "".join(pdftotext(path, page) for page in range(first, last + 1))


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """The bookmarks as (level, title, 1-based page), in order."""
    out: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 1)
    return out


def destination_page(reader: PdfReader, name: str) -> int:
    return reader.get_destination_page_number(reader.named_destinations[name]) + 1


def roman(number: int) -> str:
    """Lower-case roman numeral: the page numbers of the contents."""
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv")):
        count, number = divmod(number, value)
        out += letters * count
    return out + "i" * number


def links(reader: PdfReader) -> list[tuple[int, str]]:
    """Internal links as (1-based page, destination name)."""
    found = []
    for number, page in enumerate(reader.pages, 1):
        for annotation in page.get("/Annots", []) or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
                found.append((number, str(annotation["/Dest"])))
    return found


# -- what the banks say ---------------------------------------------------------------------------

_BLOCKS = {"p", "li", "td", "th", "dt", "dd", "pre", "ul", "ol", "table", "thead", "tbody", "tr", "div", "blockquote"}
_BLOCKS |= {f"h{n}" for n in range(1, 7)}


@cache
def _markdown() -> markdown.Markdown:
    config = load_config(str(PROJECT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def answer_pieces(text: str) -> list[str]:
    """Each paragraph, list item, table cell and code block of an answer, as text without whitespace."""
    md = _markdown()
    md.reset()
    html = BeautifulSoup(md.convert(text), "html.parser")
    pieces = []
    for element in html.find_all(_BLOCKS):
        own = "".join(
            str(child) if isinstance(child, NavigableString) else child.get_text()
            for child in element.children
            if isinstance(child, NavigableString) or child.name not in _BLOCKS
        )
        if squash(own):
            pieces.append(squash(own))
    return pieces


def title_of(question) -> str:
    """The title as a reader sees it: inline Markdown rendered, then its text."""
    md = _markdown()
    md.reset()
    return BeautifulSoup(md.convert(question.title), "html.parser").get_text().strip()


# -- the files and the links to them -------------------------------------------------------------


def test_build_is_strict_clean_and_logs_progress(built):
    site, records = built
    assert warnings(records) == []
    messages = [r.getMessage() for r in records]
    assert "PDF: rendering 6 PDFs of 33 questions (QA_PDF=0 skips them)" in messages
    progress = [m for m in messages if m.startswith("PDF ") and "/6: " in m]
    assert len(progress) == 6 and any(m.startswith("PDF 6/6: ") for m in progress)


def test_both_editions_exist_per_topic_and_for_the_site(site):
    names = sorted(p.name for p in (site / "pdf").glob("*.pdf"))
    assert names == sorted(
        [Path(SITE_STUDY).name, Path(SITE_SELF_TEST).name]
        + [f"{slug}-{edition}.pdf" for slug in BANKS for edition in ("study", "self-test")]
    )
    for path in (site / "pdf").glob("*.pdf"):
        assert path.read_bytes().startswith(b"%PDF-"), path


def _facts(site: Path, path: str) -> str:
    file = site / path
    pages = len(PdfReader(file).pages)
    return f"PDF, {pages} pages, {human_size(file.stat().st_size)}"


def test_home_page_links_every_pdf_with_page_count_and_size(site):
    table = soup(site / "index.html").select_one("article .qa-pdfs table")
    rows = {tr.td.get_text(strip=True): tr.select("td a") for tr in table.select("tbody tr")}
    assert list(rows) == ["All topics", *TITLES.values()]
    expected = {"All topics": (SITE_STUDY, SITE_SELF_TEST)}
    expected |= {TITLES[s]: (f"pdf/{s}-study.pdf", f"pdf/{s}-self-test.pdf") for s in BANKS}
    for label, (study, self_test) in expected.items():
        epub = [] if label == "All topics" else [f"epub/{next(s for s in BANKS if TITLES[s] == label)}-study.epub"]
        assert [a["href"] for a in rows[label]] == [study, self_test, *epub]
        assert [a.get_text() for a in rows[label]] == [
            _facts(site, study),
            _facts(site, self_test),
            *(f"EPUB, {human_size((site / e).stat().st_size)}" for e in epub),
        ]
    assert [a["href"] for a in soup(site / "index.html").select("article .qa-pdfs a.qa-offline-zip")] == [
        "site-offline.zip"
    ]


def test_topic_pages_link_their_own_editions(site):
    for slug in BANKS:
        block = soup(site / "topics" / slug / "index.html").select_one("article .qa-pdfs")
        hrefs = [a["href"] for a in block.select("a")]
        assert hrefs == [
            f"../../pdf/{slug}-study.pdf",
            f"../../pdf/{slug}-self-test.pdf",
            f"../../epub/{slug}-study.epub",
        ]
        text = block.get_text()
        assert f"E-reader edition (EPUB, {human_size((site / f'epub/{slug}-study.epub').stat().st_size)})" in text
        assert f"Study edition ({_facts(site, f'pdf/{slug}-study.pdf')})" in text
        assert f"Self-test edition ({_facts(site, f'pdf/{slug}-self-test.pdf')})" in text


def test_pdf_links_stay_out_of_search(site):
    entries = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not any("Self-test edition" in e["text"] or ".pdf" in e["text"] for e in entries)


# -- study edition --------------------------------------------------------------------------------


def test_study_edition_has_every_question_and_every_answer(site, banks):
    text = squash(pdftotext(site / SITE_STUDY))
    for bank in banks:
        for question in bank.questions:
            assert squash(f"{question.position}. {title_of(question)}") in text
            assert question.answer is not None
            for piece in answer_pieces(question.answer):
                assert piece in text, (question.id, piece)


def test_each_answer_follows_its_question(site, banks):
    text = squash(pdftotext(site / SITE_STUDY))
    for bank in banks:
        position = 0
        for question in bank.questions:
            position = text.index(squash(title_of(question)), position)
            answer = answer_pieces(question.answer)[0]
            found = text.index(answer, position)
            assert found > position
            position = found
    # Topics follow the order of the sidebar (docs/topics/.pages).
    assert text.index(squash("Python interview questions")) > text.index(squash(title_of(banks[0].questions[-1])))


def test_questions_show_tags_and_online_url(site, banks):
    text = squash(pdftotext(site / SITE_STUDY))
    for bank in banks:
        for question in bank.questions:
            url = f"{SITE_URL}topics/{bank.slug}/{question.id}/"
            assert squash("".join(question.tags) + url) in text, question.id
    reader = PdfReader(site / SITE_STUDY)
    uris = {
        a.get_object()["/A"]["/URI"]
        for page in reader.pages
        for a in page.get("/Annots", []) or []
        if "/A" in a.get_object() and "/URI" in a.get_object()["/A"]
    }
    assert f"{SITE_URL}topics/{banks[0].slug}/{banks[0].questions[0].id}/" in uris


def test_cover_names_site_topic_count_and_date(site):
    today = date.today().isoformat()
    cover = " ".join(pdftotext(site / SITE_STUDY, 1).split())
    assert cover == f"All topics Interview Study Notes Study edition 33 questions in 2 topics Built {today}"
    # A topic's cover shares its first page with the start of its contents.
    cover = " ".join(pdftotext(site / "pdf/backend-interview-questions-self-test.pdf", 1).split())
    assert cover.startswith(
        f"Interview Study Notes Backend interview questions Self-test edition 25 questions Built {today} Contents 1. "
    )


def test_bookmarks_cover_every_topic_and_question(site, banks):
    reader = PdfReader(site / SITE_STUDY)
    marks = outline(reader)
    assert [(level, title) for level, title, _ in marks] == [(1, "Contents")] + [
        item
        for bank in banks
        for item in [(1, bank.title)] + [(2, f"{q.position}. {title_of(q)}") for q in bank.questions]
    ]
    for level, title, page in marks:
        if level == 2:
            bank = next(b for b in banks if any(f"{q.position}. {title_of(q)}" == title for q in b.questions))
            question = next(q for q in bank.questions if f"{q.position}. {title_of(q)}" == title)
            assert page == destination_page(reader, anchor("q", bank, question))
            assert squash(title_of(question)) in squash(pdftotext(site / SITE_STUDY, page))


def part_starts(reader: PdfReader) -> dict[str, int]:
    """Topic title -> the page of its cover, which its contents start on."""
    return {title: page for level, title, page in outline(reader) if level == 1 and title in TITLES.values()}


def first_question_page(reader: PdfReader, bank: Bank) -> int:
    """Where a topic's questions start, and its page numbers with 1."""
    return destination_page(reader, anchor("q", bank, bank.questions[0]))


def test_contents_give_the_page_of_every_question(site, banks):
    path = site / SITE_STUDY
    reader = PdfReader(path)
    starts = part_starts(reader)
    contents = " ".join(page_range_text(path, 2, min(starts.values()) - 1).split())
    for bank in banks:
        for question in bank.questions:
            title = r"\s*".join(re.escape(c) for c in squash(f"{question.position}. {title_of(question)}"))
            match = re.search(title + r"[ .]*?(\d+)(?= \d+\. | [A-Z]|$)", contents)
            assert match, question.id
            page = destination_page(reader, anchor("q", bank, question))
            # Page numbers start again with each topic's questions.
            assert int(match.group(1)) == page - first_question_page(reader, bank) + 1, question.id


def test_running_header_names_the_topic_and_footer_numbers_pages(site, banks):
    path = site / SITE_STUDY
    reader = PdfReader(path)
    starts = sorted((page, title) for title, page in part_starts(reader).items())
    ends = [page for page, _ in starts[1:]] + [len(reader.pages) + 1]
    assert pdftotext(path, 1, area="header").strip() == "" == pdftotext(path, 1, area="footer").strip()
    # The contents of all topics: pages i, ii, ...
    assert starts[0][0] > 2
    for page in range(2, starts[0][0]):
        assert " ".join(pdftotext(path, page, area="header").split()) == "Interview Study Notes Study edition"
        assert pdftotext(path, page, area="footer").strip() == roman(page - 1)
    # Each topic: its cover and contents on page i (no header, no number), more contents ii, ...,
    # its questions 1, 2, ...
    for (start, title), end in zip(starts, ends, strict=True):
        bank = next(b for b in banks if b.title == title)
        questions = first_question_page(reader, bank)
        assert start < questions < end
        assert pdftotext(path, start, area="header").strip() == "" == pdftotext(path, start, area="footer").strip()
        for page in range(start + 1, end):
            assert " ".join(pdftotext(path, page, area="header").split()) == f"{title} Study edition"
            number = roman(page - start + 1) if page < questions else str(page - questions + 1)
            assert pdftotext(path, page, area="footer").strip() == number


# -- self-test edition ----------------------------------------------------------------------------


def test_self_test_edition_puts_all_questions_before_the_answer_key(site, banks):
    path = site / SITE_SELF_TEST
    reader = PdfReader(path)
    marks = outline(reader)
    key_page = next(page for level, title, page in marks if level == 1 and title.startswith("Answer key"))
    questions_part = squash(page_range_text(path, 3, key_page - 1))
    key_part = squash(page_range_text(path, key_page, len(reader.pages)))
    for bank in banks:
        for question in bank.questions:
            assert destination_page(reader, anchor("q", bank, question)) < key_page
            assert destination_page(reader, anchor("a", bank, question)) >= key_page
            assert squash(f"{question.position}. {title_of(question)}") in questions_part
            pieces = answer_pieces(question.answer)
            for piece in pieces:
                assert piece in key_part, (question.id, piece)
            assert max(pieces, key=len) not in questions_part, f"answer of {question.id} shown with the question"
    titles = [*TITLES.values()]
    assert [title for level, title, _ in marks if level == 1] == [
        "Contents",
        *titles,
        *(f"Answer key: {t}" for t in titles),
    ]
    key_marks = [(level, title) for level, title, page in marks if page >= key_page]
    assert key_marks == [
        item
        for bank in banks
        for item in [(1, f"Answer key: {bank.title}")] + [(2, f"{q.position}. {title_of(q)}") for q in bank.questions]
    ]
    # Answer key pages are numbered A1, A2, ... in each topic.
    assert pdftotext(path, key_page, area="footer").strip() == "A1"
    assert pdftotext(path, key_page + 1, area="footer").strip() == "A2"


def test_self_test_questions_and_answers_link_to_each_other(site, banks):
    for path in (site / SITE_SELF_TEST, site / "pdf/backend-interview-questions-self-test.pdf"):
        reader = PdfReader(path)
        found = links(reader)
        for bank in banks if path.name == Path(SITE_SELF_TEST).name else banks[:1]:
            for question in bank.questions:
                q_name, a_name = anchor("q", bank, question), anchor("a", bank, question)
                q_page, a_page = destination_page(reader, q_name), destination_page(reader, a_name)
                assert q_page < a_page
                to_answer = [page for page, dest in found if dest == a_name]
                to_question = [page for page, dest in found if dest == q_name]
                assert any(q_page <= page < a_page for page in to_answer), (path.name, question.id)
                assert any(page >= a_page for page in to_question), (path.name, question.id)


def test_topic_edition_is_a_book_of_its_own(site, banks):
    backend, python = banks
    path = site / "pdf/python-interview-questions-study.pdf"
    reader = PdfReader(path)
    text = squash(pdftotext(path))
    assert all(squash(title_of(q)) in text for q in python.questions)
    assert not any(squash(title_of(q)) in text for q in backend.questions)
    assert [title for _, title, _ in outline(reader)] == [python.title] + [
        f"{q.position}. {title_of(q)}" for q in python.questions
    ]
    assert reader.metadata.title == "Python interview questions (Study edition)"
    # Its own cover, contents and page numbers: page 1 has the cover and lists the questions, which
    # start on page 2 as page 1.
    front = squash(pdftotext(path, 1))
    assert front.startswith(squash(f"Interview Study Notes {python.title} Study edition 8 questions"))
    assert all(squash(title_of(q)) in front for q in python.questions)
    assert pdftotext(path, 1, area="footer").strip() == ""
    assert first_question_page(reader, python) == 2
    for page in range(2, len(reader.pages) + 1):
        assert pdftotext(path, page, area="footer").strip() == str(page - 1)
    self_test = PdfReader(site / "pdf/python-interview-questions-self-test.pdf")
    assert [title for level, title, _ in outline(self_test) if level == 1] == [
        python.title,
        f"Answer key: {python.title}",
    ]


# -- the switch -----------------------------------------------------------------------------------


def test_serve_makes_no_pdfs(tmp_path):
    project = copy_project(tmp_path)
    site = build_site(project, pdf=None, command="serve")
    assert not (site / "pdf").exists()
    assert soup(site / "index.html").select_one(".qa-pdfs") is None
    assert soup(site / "topics/backend-interview-questions/index.html").select_one(".qa-pdfs") is None


def test_extra_qa_pdf_false_turns_pdfs_off(tmp_path):
    project = with_qa_setting(copy_project(tmp_path), "pdf", "false")
    site = build_site(project, pdf=None)
    assert (site / "index.html").exists() and not (site / "pdf").exists()


# -- bank text that is HTML -----------------------------------------------------------------------

SCRIPT_TITLE = "What is the difference between <script>, <script async> and <script defer>?"
SCRIPT_BANK = f"""\
---
title: Scripts & <b>loading</b>
tags: ["vector<int>"]
---
## Loading <i>order</i>

### 1. What does a page load first?

**Answer:** The HTML.

### 2. {SCRIPT_TITLE}

**Answer:** `async` runs when loaded, `defer` after parsing. <script>alert(1)</script> Kept.

### 3. Which one keeps the order?

**Answer:** <img src="x.png" onerror="alert(1)"> `defer`.

### 4. And the last question?

**Answer:** Still in the book.
"""
SCRIPT_TITLES = [
    "What does a page load first?",
    SCRIPT_TITLE,
    "Which one keeps the order?",
    "And the last question?",
]


@pytest.fixture(scope="module")
def script_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("pdf-script-project"))
    (project / "docs/topics/scripts.md").write_text(SCRIPT_BANK, encoding="utf-8")
    site, records = build_site_logged(project, strict=False, pdf=True)
    # The one warning: the missing image of question 3, which the PDFs do not fetch.
    assert [re.sub(r"file:///\S*/docs/", "file:///…/docs/", w) for w in warnings(records)] == [
        "docs/topics/scripts.md:15: file:///…/docs/topics/x.png is missing from the PDFs: there is no such file. "
        "Put the file in the docs folder and link it by a relative path."
    ]
    return site


@pytest.mark.parametrize("name", ["scripts-study.pdf", "scripts-self-test.pdf", SITE_STUDY.split("/")[1]])
def test_a_script_title_and_the_questions_after_it_are_in_the_pdf(script_site, name):
    path = script_site / "pdf" / name
    reader = PdfReader(path)
    questions = [title for level, title, _ in outline(reader) if level == 2]
    expected = [f"{n}. {title}" for n, title in enumerate(SCRIPT_TITLES, 1)]
    in_key = 2 if "self-test" in name else 1  # the answer key lists them again
    assert [title for title in questions if title in expected] == expected * in_key
    text = squash(pdftotext(path))
    for title in SCRIPT_TITLES:
        assert squash(title) in text, title
    assert squash("Scripts & <b>loading</b>") in text
    assert squash("Loading <i>order</i>") in text
    assert squash("vector<int>") in text
    if "self-test" not in name:
        assert squash("Still in the book.") in text
        assert "alert" not in text


def test_a_pdf_short_of_a_question_is_a_build_error_naming_bank_and_question(tmp_path, caplog, monkeypatch):
    # Titles printed as raw HTML, as before they were escaped: the <script> in question 2 swallows
    # the rest of the book, and the check after layout must stop the build.
    import qabank.print_html

    monkeypatch.setattr(qabank.print_html.MarkdownToHtml, "inline", lambda self, text: text)
    project = copy_project(tmp_path)
    (project / "docs/topics/scripts.md").write_text(SCRIPT_BANK, encoding="utf-8")
    with pytest.raises(Abort):
        build_site(project, pdf=True)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(
        message.startswith("docs/topics/scripts.md:15: pdf/")
        and re.search(r"\.pdf lacks [2-4] of the 4 questions of this bank, the first missing being question 3", message)
        and "('Which one keeps the order?')" in message
        for message in errors
    ), errors


def test_check_complete_names_the_first_missing_question_in_reading_order():
    bank = parse_bank(SCRIPT_BANK, "topics/scripts.md", slug="scripts")
    all_ids = {anchor(kind, bank, q) for q in bank.questions for kind in ("q", "a")}
    for edition in Edition:
        book = Book("Notes", [bank], edition, date(2026, 1, 2))
        check_complete("pdf/x.pdf", book, [bank], [SimpleNamespace(anchors=dict.fromkeys(all_ids))], "docs")
    pages = [SimpleNamespace(anchors={anchor("q", bank, q): None for q in bank.questions[:2]})]
    study = Book("Notes", [bank], Edition.STUDY, date(2026, 1, 2))
    assert [q.position for _, q in missing_questions(study, [bank], pages)] == [3, 4]
    with pytest.raises(PdfShortfall) as raised:
        check_complete("pdf/scripts-study.pdf", study, [bank], pages, "docs")
    assert str(raised.value).startswith(
        "docs/topics/scripts.md:15: pdf/scripts-study.pdf lacks 2 of the 4 questions of this bank, "
        "the first missing being question 3 ('Which one keeps the order?')"
    )
    # The self-test edition also needs every answer of the answer key.
    self_test = Book("Notes", [bank], Edition.SELF_TEST, date(2026, 1, 2))
    questions_only = [SimpleNamespace(anchors={anchor("q", bank, q): None for q in bank.questions})]
    assert [q.position for _, q in missing_questions(self_test, [bank], questions_only)] == [1, 2, 3, 4]
