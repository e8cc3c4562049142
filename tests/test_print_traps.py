"""The PDF editions of banks that break naive print layouts, rendered with the core alone.

Wide tables, long unbroken code and words, emoji (shortcodes and characters),
images from the network, non-Latin addresses: nothing may be drawn outside the
page, no word may be lost, nothing may be fetched from the network, and page
numbers in the viewer, the footers and the cross-references must agree.
Both editions are laid out once for the module. The topic's EPUB passes
Debian's ``epubcheck`` and reads back with every question and answer.
"""

from __future__ import annotations

import io
import re
import socket
import subprocess
import unicodedata
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from ebooklib import ITEM_DOCUMENT, epub
from pypdf import PdfReader
from qabank.epub import EpubJob, topic_epub
from qabank.pages import plain_text
from qabank.parse import parse_bank
from qabank.pdf import PdfJob, RenderedPdf, pdf_editions, render_edition, render_pdfs, reuse_pdfs
from qabank.print_html import Book, Edition, MarkdownToHtml, book_html
from sitebuild import pdf_job, site_markdown

COLUMNS = 12
WIDE_CELLS = [[f"r{row}c{column}cellword" for column in range(COLUMNS)] for row in range(3)]
TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + "Qx7" * 70 + ".signature"
INLINE = "averylonginlineidentifier" * 12
WORD = "Donaudampfschifffahrtsgesellschaftskapitän" * 5


def _table(rows: list[list[str]]) -> str:
    head = "| " + " | ".join(f"Head{n}" for n in range(len(rows[0]))) + " |\n|" + "---|" * len(rows[0]) + "\n"
    return head + "".join("| " + " | ".join(row) + " |\n" for row in rows)


TRAPS = f"""---
title: Print traps 🚀
---
### 1. Wide tables :rocket: and 🎉?

**Answer:**

{_table(WIDE_CELLS)}
{_table([["`ProcessPoolExecutor`"] * 5] * 2)}
### 2. Long code?

**Answer:**

```python
{TOKEN}
x = 1
```

Inline `{INLINE}` and a word {WORD} :smile:.

![remote](https://example.com/logo.png)

### 3. Привет, мир?

**Answer:** Да.
"""
OTHER = "### 1. Another topic?\n\n**Answer:** Yes.\n\n### 2. And a second one?\n\n**Answer:** No.\n"
CYRILLIC_URL = "https://example.org/topics/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80/"


def banks() -> list:
    return [
        parse_bank(TRAPS, "topics/print-traps.md", slug="print-traps"),
        parse_bank(OTHER, "topics/other.md", slug="other"),
    ]


def job(**options) -> PdfJob:
    return pdf_job(
        banks(),
        question_urls={("print-traps", banks()[0].questions[2].id): CYRILLIC_URL},
        source_dir="docs",
        **options,
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[tuple[Edition, str | None], tuple[Path, RenderedPdf]]:
    """Every PDF of both editions, laid out with every network connection refused and recorded."""
    folder = tmp_path_factory.mktemp("traps")
    connections: list[object] = []

    def refuse(self, address) -> None:  # noqa: ANN001
        connections.append(address)
        raise OSError("no network in this test")

    out = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", refuse)
        for edition in Edition:
            for pdf in render_edition(job(), edition):
                path = folder / pdf.edition.path.replace("/", "-")
                path.write_bytes(pdf.data)
                out[edition, pdf.edition.topic] = (path, pdf)
    assert connections == []
    return out


def text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-raw", "-enc", "UTF-8"] + (["-f", str(page), "-l", str(page)] if page else [])
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def squash(value: str) -> str:
    return re.sub(r"[\s\u2022]+", "", unicodedata.normalize("NFKC", value))


def test_nothing_is_drawn_outside_the_page(rendered):
    for path, _ in rendered.values():
        with pdfplumber.open(path) as pdf:
            drawn = 0
            for page in pdf.pages:
                outside = [
                    c["text"]
                    for c in page.chars
                    if c["x0"] < 0 or c["top"] < 0 or c["x1"] > page.width or c["bottom"] > page.height
                ]
                assert outside == [], f"{path.name} page {page.page_number}: {''.join(outside)[:80]}"
                drawn += len(page.chars)
            assert drawn > 100


def test_every_cell_word_and_every_character_of_long_code_is_printed(rendered):
    for edition in Edition:
        path, _ = rendered[edition, "print-traps"]
        printed = squash(text(path))
        for word in [cell for row in WIDE_CELLS for cell in row] + [f"Head{n}" for n in range(COLUMNS)]:
            assert word in printed, (edition, word)
        assert printed.count("ProcessPoolExecutor") == 10
        assert squash(WORD) in printed
        if edition is Edition.STUDY:
            assert TOKEN in printed and INLINE in printed


def test_a_table_of_many_columns_gets_a_smaller_font(rendered):
    path, _ = rendered[Edition.STUDY, "print-traps"]
    with pdfplumber.open(path) as pdf:
        sizes = {c["text"]: round(c["size"], 1) for page in pdf.pages for c in page.chars if c["text"] in "rP"}
        words = pdf.pages[1].extract_words(extra_attrs=["size"])
    wide = {round(w["size"], 1) for w in words if w["text"].startswith("r0c")}
    narrow = {round(w["size"], 1) for w in words if w["text"].startswith("ProcessPool")}
    assert sizes and wide and narrow and max(wide) < min(narrow)


def test_a_wrapped_code_line_is_marked_as_continued():
    extensions, configs = site_markdown()
    html = book_html(Book("Notes", banks()[:1], Edition.STUDY, date(2026, 1, 2)), MarkdownToHtml(extensions, configs))
    code = re.search(r"<pre\b.*?</pre>", html, flags=re.DOTALL).group(0)
    lines = re.findall(r'<span class="code-line">(.*?)</span>(?=<span class="code-line">|</code>)', code)
    assert [re.sub(r"<[^>]+>", "", line) for line in lines] == [TOKEN, "x = 1"]
    css = re.search(r"<style>(.*?)</style>", html, flags=re.DOTALL).group(1)
    assert re.search(r"pre \.code-line \{[^}]*text-indent: -[^}]*url\(\"data:image/svg\+xml", css)


def _patterns(data: bytes) -> int:
    """Patterns in the resources of the pages of a PDF: WeasyPrint draws each code line's continuation mark as one."""
    with pikepdf.Pdf.open(io.BytesIO(data)) as pdf:
        return sum(len(page.obj.Resources.get("/Pattern", {})) for page in pdf.pages)


def test_a_code_block_whose_lines_cannot_wrap_draws_no_continuation_marks():
    extensions, configs = site_markdown()
    md = MarkdownToHtml(extensions, configs)
    short, sixty = "x = 1\ny = 2", "z = '" + "a" * 54 + "'"
    bank = parse_bank(
        f"### 1. Short code?\n\n**Answer:**\n\n```python\n{short}\n```\n\n"
        f"### 2. Sixty columns?\n\n**Answer:**\n\n```python\n{sixty}\n```\n",
        "topics/code.md",
        slug="code",
    )
    blocks = {
        paper: re.findall(
            r"<pre\b[^>]*>", book_html(Book("Notes", [bank], Edition.STUDY, date(2026, 1, 2), paper=paper), md)
        )
        for paper in ("A4", "A5")
    }
    assert blocks == {"A4": ["<pre data-short-lines>"] * 2, "A5": ["<pre data-short-lines>", "<pre>"]}
    traps = re.findall(r"<pre\b[^>]*>", book_html(Book("Notes", banks()[:1], Edition.STUDY, date(2026, 1, 2)), md))
    assert traps == ["<pre>"]  # the long token wraps: its block keeps the marks
    base = pdf_job([bank])
    a4, a5 = (render_edition(replace(base, paper=paper), Edition.STUDY)[0].data for paper in ("A4", "A5"))
    assert _patterns(a4) == 0 and _patterns(a5) > 0
    assert squash(sixty) in squash(text_of(a4)) and squash(sixty) in squash(text_of(a5))


def text_of(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")


def test_pdfs_of_an_earlier_build_are_reused_with_their_page_counts(rendered, tmp_path):
    """tools/offline_zip.py --pdfs-from: WeasyPrint's topic PDFs keep their page objects in compressed
    object streams, so the pages are counted by reading the PDF, for the topic PDFs and the books alike."""
    for _, pdf in rendered.values():
        (tmp_path / pdf.edition.path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / pdf.edition.path).write_bytes(pdf.data)
    reused = reuse_pdfs(str(tmp_path), banks(), "Notes")
    assert {path: (pdf.pages, pdf.data) for path, pdf in reused.items()} == {
        pdf.edition.path: (pdf.pages, pdf.data) for _, pdf in rendered.values()
    }
    assert all(pdf.pages > 1 for pdf in reused.values())
    damaged = next(pdf for _, pdf in rendered.values() if pdf.edition.topic == "other")
    (tmp_path / damaged.edition.path).write_bytes(damaged.data[: len(damaged.data) // 3])
    assert reuse_pdfs(str(tmp_path), banks(), "Notes") == {}  # built again rather than half-read


def test_emoji_print_from_an_emoji_font_and_nothing_comes_from_a_cdn(rendered):
    extensions, configs = site_markdown()
    html = book_html(Book("Notes", banks()[:1], Edition.STUDY, date(2026, 1, 2)), MarkdownToHtml(extensions, configs))
    assert "<img" not in html.replace('<img alt="remote" src="https://example.com/logo.png"', "")
    assert "jsdelivr" not in html and 'class="emoji"' in html
    path, _ = rendered[Edition.STUDY, "print-traps"]
    printed = text(path)
    for emoji in ("🚀", "🎉", "😄"):
        assert emoji in printed
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Noto-Color-Emoji" in fonts


def test_a_refused_image_is_a_problem_naming_the_bank_line(rendered):
    _, pdf = rendered[Edition.STUDY, None]
    line = TRAPS.splitlines().index("### 2. Long code?") + 1
    assert pdf.problems == (
        f"docs/topics/print-traps.md:{line}: https://example.com/logo.png is missing from the PDFs: "
        "the PDFs fetch nothing from the network. Put the file in the docs folder and link it by a relative path.",
    )


def _footer(path: Path, page: int) -> str:
    args = ["pdftotext", "-raw", "-f", str(page), "-l", str(page), "-x", "0", "-y", "792", "-W", "600", "-H", "50"]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout.strip()


def test_page_labels_match_the_printed_page_numbers(rendered):
    for (edition, topic), (path, _) in rendered.items():
        labels = PdfReader(path).page_labels
        footers = [_footer(path, number) for number in range(1, len(labels) + 1)]
        printed = [(label, footer) for label, footer in zip(labels, footers, strict=True) if footer]
        assert printed and all(label == footer for label, footer in printed), (edition, topic, labels, footers)
        unprinted = [label for label, footer in zip(labels, footers, strict=True) if not footer]
        assert unprinted == (["Cover", "i", "i"] if topic is None else ["i"]), (edition, topic, unprinted)


def test_self_test_cross_references_give_the_page_they_lead_to(rendered):
    path, _ = rendered[Edition.SELF_TEST, None]
    reader = PdfReader(path)
    labels = reader.page_labels
    references = []
    for number in range(1, len(labels) + 1):
        references += [(number, m) for m in re.finditer(r"(Answer|question \d+) on p\. (A?\d+)", text(path, number))]
    assert len(references) == 2 * sum(len(b.questions) for b in banks())
    for bank in banks():
        for question in bank.questions:
            q = reader.get_destination_page_number(reader.named_destinations[f"q--{bank.slug}--{question.id}"])
            a = reader.get_destination_page_number(reader.named_destinations[f"a--{bank.slug}--{question.id}"])
            page_text = text(path, q + 1)
            assert f"Answer on p. {labels[a]}" in page_text
            assert f"Back to question {question.position} on p. {labels[q]}" in text(path, a + 1)


def test_question_addresses_print_decoded(rendered):
    path, _ = rendered[Edition.STUDY, "print-traps"]
    printed = squash(text(path))
    assert "https://example.org/topics/привет-мир/" in printed and "%D0" not in printed


@pytest.mark.parametrize(("paper", "size"), [("Letter", (612, 792)), ("A5", (420, 595))])
def test_paper_size(paper, size):
    pdf = next(p for p in render_edition(job(paper=paper), Edition.STUDY) if p.edition.topic == "other")
    with pdfplumber.open(__import__("io").BytesIO(pdf.data)) as document:
        assert {(round(page.width), round(page.height)) for page in document.pages} == {size}


def test_book_css_and_html_are_overridden_from_a_folder(tmp_path):
    (tmp_path / "book.css").write_text(
        (Path(__file__).parent.parent / "hooks/qabank/templates/book.css")
        .read_text(encoding="utf-8")
        .replace('html { font-family: "DejaVu Sans"', 'html { font-family: "DejaVu Serif"'),
        encoding="utf-8",
    )
    template = (Path(__file__).parent.parent / "hooks/qabank/templates/book.html").read_text(encoding="utf-8")
    (tmp_path / "book.html").write_text(template.replace("Built {{", "Printed {{"), encoding="utf-8")
    pdf = next(p for p in render_edition(job(overrides=str(tmp_path)), Edition.STUDY) if p.edition.topic == "other")
    path = tmp_path / "other.pdf"
    path.write_bytes(pdf.data)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "DejaVu-Serif" in fonts and "DejaVu-Sans " not in fonts
    assert "Printed 2026-01-02" in text(path, 1)


# -- the EPUB edition ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def epub_file(tmp_path_factory) -> Path:
    extensions, configs = site_markdown()
    bank = banks()[0]
    made = topic_epub(bank, EpubJob("Notes", date(2026, 1, 2), {}), MarkdownToHtml(extensions, configs))
    again = topic_epub(bank, EpubJob("Notes", date(2026, 1, 2), {}), MarkdownToHtml(extensions, configs))
    assert made.data == again.data and made.path == "epub/print-traps-study.epub"
    path = tmp_path_factory.mktemp("epub") / "print-traps-study.epub"
    path.write_bytes(made.data)
    return path


def test_the_epub_passes_epubcheck(epub_file):
    run = subprocess.run(
        ["java", "-jar", "/usr/share/java/epubcheck.jar", str(epub_file)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0 and "No errors or warnings detected." in run.stdout, run.stdout + run.stderr


def test_the_epub_reads_back_with_every_question_and_answer(epub_file):
    book = epub.read_epub(str(epub_file))
    pages = [item.get_content().decode("utf-8") for item in book.get_items_of_type(ITEM_DOCUMENT)]
    text = squash(" ".join(re.sub(r"<[^>]+>", " ", page) for page in pages))
    for question in banks()[0].questions:
        assert squash(re.sub(r"[`*:]|rocket", "", question.title)) in text.replace("🚀", "")
    for word in [cell for row in WIDE_CELLS for cell in row] + [TOKEN, INLINE, "Да."]:
        assert squash(word) in text
    assert "🎉" in text and "<img" not in "".join(pages) and "[image:remote]" in text


# -- a book laid out in chunks ---------------------------------------------------------------------


def _book_facts(data: bytes) -> dict:
    """What a reader of a PDF meets: pages, page labels, text, bookmarks, links, named destinations."""
    reader = PdfReader(io.BytesIO(data))

    def walk(items: list, level: int) -> list:
        out = []
        for item in items:
            if isinstance(item, list):
                out += walk(item, level + 1)
            else:
                out.append((level, item.title, reader.get_destination_page_number(item)))
        return out

    links = []
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            x1, y1, x2, y2 = (round(float(v)) for v in annotation["/Rect"])
            rect = (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
            if "/A" in annotation and "/URI" in annotation["/A"]:
                links.append((number, rect, str(annotation["/A"]["/URI"])))
            else:
                dest = annotation.get("/Dest")
                target = reader.named_destinations[dest] if isinstance(dest, str) else dest
                page_number = reader.get_destination_page_number(target) if isinstance(dest, str) else None
                if page_number is None:
                    page_number = next(i for i, p in enumerate(reader.pages) if p.indirect_reference == dest[0])
                links.append((number, rect, page_number))
    destinations = {name: reader.get_destination_page_number(d) for name, d in reader.named_destinations.items()}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = [page.extract_text() for page in pdf.pages]
    return {
        "labels": reader.page_labels,
        "text": text,
        "outline": walk(reader.outline, 1),
        "links": sorted(links),
        "destinations": destinations,
    }


@pytest.mark.parametrize("edition", list(Edition))
def test_a_book_laid_out_in_chunks_is_the_book_laid_out_at_once(rendered, edition):
    """Chunks of one topic (chunk_questions=1): the book put together from the topics' PDFs has the
    same pages, labels, text, bookmarks, links and destinations as the one laid out in one go."""
    _, whole = rendered[edition, None]
    chunked = render_edition(job(chunk_above=0, chunk_questions=1), edition)
    assert [pdf.edition.path for pdf in chunked] == [
        pdf.edition.path for (e, _), (_, pdf) in rendered.items() if e is edition
    ]
    assert chunked[0].pages == whole.pages and chunked[0].problems == whole.problems
    expected, got = _book_facts(whole.data), _book_facts(chunked[0].data)
    assert len(expected["links"]) > 10 and len(expected["outline"]) > 5
    assert got == expected
    for topic in chunked[1:]:
        assert _book_facts(topic.data) == _book_facts(rendered[edition, topic.edition.topic][1].data)


def test_the_local_emoji_generator_reaches_the_pdf_workers():
    """The PDF workers get the Markdown configuration pickled: the offline copy's generator must survive it."""
    import pickle

    from material.extensions.emoji import to_svg
    from qabank.emoji import local_emoji

    generator = pickle.loads(pickle.dumps(local_emoji(to_svg)))
    assert local_emoji(generator) is generator  # wrapped once, however often it is asked
    assert generator.generator is to_svg


def test_chunks_laid_out_in_worker_processes_make_the_same_pdfs(rendered):
    """render_pdfs with two workers lays out each chunk (and puts each book together) in a process of
    its own: every PDF, in the order of pdf_editions, reads like the one laid out in one go."""
    reported: list[str] = []
    pdfs = render_pdfs(
        job(chunk_above=0, chunk_questions=1),
        workers=2,
        progress=lambda pdf, done, total: reported.append(pdf.edition.path),
    )
    assert list(pdfs) == [edition.path for edition in pdf_editions(banks(), "Notes")]
    assert sorted(reported) == sorted(pdfs) and len(pdfs) == len(rendered)
    for (edition, topic), (_, whole) in rendered.items():
        pdf = pdfs[whole.edition.path]
        assert (pdf.edition, pdf.pages, pdf.problems) == (whole.edition, whole.pages, whole.problems)
        assert _book_facts(pdf.data) == _book_facts(whole.data), (edition, topic)


@pytest.mark.parametrize("failure", ["raises", "dies"])
def test_a_failing_chunk_worker_stops_the_pdfs_and_leaves_no_worker_behind(monkeypatch, failure):
    """A chunk that raises (a bank hiding questions) or whose process dies stops render_pdfs with
    an error, and no forked worker is left running."""
    import multiprocessing
    import os

    from qabank import pdf_chunks
    from qabank.pdf import PdfShortfall

    def fail(*args: object, **kwargs: object) -> None:
        if failure == "dies":
            os._exit(3)
        raise PdfShortfall("docs/topics/other.md:1: lacks a question")

    monkeypatch.setattr(pdf_chunks, "lay_out_chunk", fail)
    expected = PdfShortfall if failure == "raises" else RuntimeError
    with pytest.raises(expected, match="lacks a question" if failure == "raises" else "ended without a result"):
        render_pdfs(job(chunk_above=0, chunk_questions=1), workers=2)
    assert multiprocessing.active_children() == []


# -- a large book: its contents list topics ------------------------------------------------------------


@pytest.mark.parametrize("chunked", [False, True])
@pytest.mark.parametrize("edition", list(Edition))
def test_a_large_books_contents_list_its_topics_and_each_part_its_questions(rendered, edition, chunked):
    """A book of more than contents_questions_up_to questions (here 1): its contents list each topic
    with its question count, linked to the topic's cover, and (self-test) each answer key; every
    page after them, each topic's own contents with every page number included, is the page of the
    book with full contents, and the bookmarks still list every question."""
    _, whole = rendered[edition, None]
    options = {"chunk_above": 0, "chunk_questions": 1} if chunked else {}
    pdfs = render_edition(job(contents_questions_up_to=1, **options), edition)
    large, full = _book_facts(pdfs[0].data), _book_facts(whole.data)
    front = large["labels"].index("i", 2)  # the cover, the book's contents, then the first topic's cover
    contents = squash(" ".join(large["text"][1:front]))
    for bank in banks():
        title = squash(plain_text(bank.title))
        assert re.search(re.escape(title) + r"\.+" + f"{len(bank.questions)}questions", contents), bank.slug
        assert not any(squash(plain_text(question.title)) in contents for question in bank.questions)
    parts = {large["destinations"][f"part--{bank.slug}"] for bank in banks()}
    keys = {large["destinations"][f"key--{bank.slug}"] for bank in banks()} if edition is Edition.SELF_TEST else set()
    assert {page for number, _, page in large["links"] if 0 < number < front} == parts | keys
    assert ("Answerkey" in contents) == (edition is Edition.SELF_TEST)
    shift = front - full["labels"].index("i", 2)  # contents pages fewer than those of every question
    assert large["text"][front:] == full["text"][front - shift :]
    assert large["labels"][front:] == full["labels"][front - shift :]
    assert [(level, title) for level, title, _ in large["outline"]] == [
        (level, title) for level, title, _ in full["outline"]
    ]
    assert {name: page - shift for name, page in large["destinations"].items() if page >= front} == {
        name: page for name, page in full["destinations"].items() if page >= front - shift
    }
    for topic in pdfs[1:]:
        assert _book_facts(topic.data) == _book_facts(rendered[edition, topic.edition.topic][1].data)


def test_bank_script_never_runs_in_the_epub(tmp_path):
    """Titles, prompts and answers go through the sanitiser and the templates escape the rest."""
    hostile = (
        "# <img src=x onerror=alert(1)> notes\n\n"
        "### 1. Is <script>alert(1)</script> a title?\n\n"
        '<a href="javascript:alert(2)">prompt link</a>\n\n'
        "**Answer:** Maybe <img src=x onerror=alert(3)> & <b>bold</b>.\n"
    )
    bank = parse_bank(hostile, path="topics/hostile.md", slug="hostile")
    extensions, configs = site_markdown()
    made = topic_epub(bank, EpubJob("Notes", date(2026, 1, 2), {}), MarkdownToHtml(extensions, configs))
    with zipfile.ZipFile(io.BytesIO(made.data)) as book:
        names = [name for name in book.namelist() if name.endswith((".xhtml", ".ncx"))]
        pages = "".join(book.read(name).decode("utf-8") for name in names)
    tags = re.findall(r"<[^>]*>", pages)
    assert [tag for tag in tags if re.search(r"^<script|\son\w+=|javascript:", tag, re.IGNORECASE)] == []
    assert "Is &lt;script&gt;alert(1)&lt;/script&gt; a title?" in pages  # shown as text, in the chapter and the nav
    assert "&lt;img src=x onerror=alert(1)&gt; notes" in pages
    assert "prompt link" in pages and "<b>bold</b>" in pages
