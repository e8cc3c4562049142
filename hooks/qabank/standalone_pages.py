"""The site's generated pages as plain Markdown files with front matter, for a site engine without hooks.

``python -m qabank pages docs/ OUT/`` (see ``__main__.py``) copies the docs folder to ``OUT`` with every
bank replaced by the pages the hook would make of it: its topic page, one page per question and the
reading page, each with its metadata as front matter. The home page gets its topic cards, the practice
page its area and ``assets/qa/practice-index.js`` its index, and the tags page a plain listing of every
tag (in place of Material's ``<!-- material/tags -->``), all rendered by the same functions the hook uses.

What the hook does only while the engine renders is not here: the check that every bank line is on its
page, and cleaning the rendered HTML of bank pages. In its place every piece of a bank (title, prompt,
answer, intro) is rendered here once with Python-Markdown and :data:`CHECK_EXTENSIONS`; one whose HTML
the site's sanitiser would change (a script, an event handler, a ``javascript:`` link) is written as
literal text instead, with a warning, so that no engine runs script from a bank.
"""

from __future__ import annotations

import dataclasses
import html
import os
import posixpath
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import markdown
import tinyhtml5

from .contract import (
    CONTRACT_URI,
    PDF_LINKS_MARKER,
    PRACTICE_INDEX_URI,
    PRACTICE_MARKER,
    TOPICS_MARKER,
    contract_script,
)
from .ids import READING_PAGE_NAME
from .model import Bank, Severity
from .pages import (
    SiteLayout,
    fenced_text,
    inline_text,
    question_page,
    reading_page,
    topic_page,
    topics_overview,
    unreadable_bank_page,
)
from .parse import parse_bank, title_from_path
from .practice import index_script, practice_area, practice_index, practice_page
from .sanitize import sanitize_html

TAGS_MARKER = "<!-- material/tags -->"
STAMP = ".qabank-pages"  # a dot file: site engines leave it out of the site
_STAMP_TEXT = "Written by `python -m qabank pages`, which empties this folder when it runs again.\n"
CHECK_EXTENSIONS = (
    "abbr",
    "admonition",
    "attr_list",
    "def_list",
    "footnotes",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.highlight",
    "pymdownx.inlinehilite",
    "pymdownx.superfences",
    "pymdownx.tasklist",
)
"""The Markdown extensions of the project's ``mkdocs.yml`` (the emoji aside) that bank text is checked with."""


@dataclass(frozen=True)
class Message:
    """A line for the user: ``docs/FILE:LINE: what to change``."""

    text: str
    severity: Severity = Severity.INFO


@dataclass
class Export:
    """What ``export_pages`` wrote (paths relative to the output folder) and had to say."""

    written: list[str] = dataclasses.field(default_factory=list)
    messages: list[Message] = dataclasses.field(default_factory=list)

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.messages if m.severity is Severity.WARNING]


class _Checker:
    """Bank Markdown rendered once, to find what the site's sanitiser would change in it."""

    def __init__(self) -> None:
        self._markdown = markdown.Markdown(extensions=list(CHECK_EXTENSIONS))

    def is_safe(self, text: str) -> bool:
        self._markdown.reset()
        rendered = self._markdown.convert(text)
        return _shape(rendered) == _shape(sanitize_html(rendered))


def _shape(fragment: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every element with its attributes, as a browser parses the fragment (comments aside)."""
    root = tinyhtml5.parse(fragment)
    return [(e.tag, sorted(e.attrib.items())) for e in root.iter() if isinstance(e.tag, str)]


_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!])")  # those Python-Markdown unescapes


def _literal_inline(text: str) -> str:
    """Inline Markdown that shows ``text`` as it is: punctuation backslash-escaped, HTML as entities."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", html.escape(text, quote=False))


def _defused(bank: Bank, shown_path: str, checker: _Checker, messages: list[Message]) -> Bank:
    """``bank`` with every piece whose HTML could run script replaced by its text (a warning each)."""

    def block(text: str, line: int) -> str:
        if not text or checker.is_safe(text):
            return text
        messages.append(Message(f"{shown_path}:{line}: {_UNSAFE}", Severity.WARNING))
        return fenced_text(text)

    def title(text: str, line: int) -> str:
        if not text or checker.is_safe(inline_text(text)):
            return text
        messages.append(Message(f"{shown_path}:{line}: {_UNSAFE}", Severity.WARNING))
        return _literal_inline(text)

    questions = [
        dataclasses.replace(
            q,
            title=title(q.title, q.span.start),
            prompt=block(q.prompt, q.span.start),
            answer=None if q.answer is None else block(q.answer, q.span.start),
        )
        for q in bank.questions
    ]
    sections = [
        dataclasses.replace(s, title=title(s.title, s.span.start), intro=block(s.intro, s.span.start))
        for s in bank.sections
    ]
    return dataclasses.replace(
        bank,
        title=title(bank.title, 1),
        description=title(bank.description, 1),
        intro=block(bank.intro, 1),
        questions=questions,
        sections=sections,
    )


_UNSAFE = (
    "this part holds HTML or a link that could run script; a site built without the hook would run it, "
    "so the exported pages show it as text (the hook's build cleans it instead)"
)


def _tags_listing(banks: list[Bank], layout: SiteLayout, from_src: str) -> str:
    """Every tag with the questions that carry it, under a heading with the anchor the tag links use."""
    by_tag: dict[str, list[str]] = {}
    for bank in banks:
        for question in bank.questions:
            link = layout.link(layout.question_src(bank, question), from_src)
            item = f"- [{inline_text(question.title)}]({link}) · {inline_text(bank.title)}"
            for tag in question.tags:
                by_tag.setdefault(tag, []).append(item)
    if not by_tag:
        return "*No tags yet.*\n"
    parts = []
    for tag in sorted(by_tag, key=str.casefold):
        anchor = html.escape(layout.tag_anchor(tag))
        parts.append(f'<h2 id="{anchor}">{html.escape(tag)}</h2>\n\n' + "\n".join(by_tag[tag]) + "\n")
    return "\n".join(parts)


def _bank_files(docs: Path, banks_dir: str) -> list[str]:
    folder = docs / banks_dir if banks_dir else docs
    found = [
        path.relative_to(docs).as_posix() for path in folder.rglob("*.md") if path.is_file() and path.name != "index.md"
    ]
    return sorted(found)


def _names_by_folder(docs: Path) -> dict[str, set[str]]:
    """For each folder of the docs, the names its files and subfolders take (with and without ``.md``)."""
    names: dict[str, set[str]] = {}
    for path in docs.rglob("*"):
        folder, _, rest = path.relative_to(docs).as_posix().rpartition("/")
        while folder:
            names.setdefault(folder, set()).update((rest, posixpath.splitext(rest)[0]))
            folder, _, rest = folder.rpartition("/")
    return names


def _write(out: Path, src: str, text: str, export: Export) -> None:
    path = out.joinpath(*src.split("/"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    export.written.append(src)


def _fill_markers(out: Path, fill: dict[str, Callable[[str], str]]) -> None:
    """Replace each marker in every Markdown page of ``out`` with what ``fill`` renders for that page."""
    for path in sorted(out.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        src = path.relative_to(out).as_posix()
        changed = text
        for marker, render in fill.items():
            if marker in changed:
                changed = changed.replace(marker, render(src))
        if changed != text:
            path.write_text(changed, encoding="utf-8")


def export_pages(
    docs: Path,
    out: Path,
    *,
    banks_dir: str = "topics",
    tags_page: str = "tags.md",
    practice_src: str = "practice.md",
) -> Export:
    """Write the docs folder ``docs`` to ``out`` with the banks turned into the site's pages.

    ``out`` is made anew: it must be empty, missing, or written by this function before
    (it leaves :data:`STAMP` there), so that no page of a removed question stays behind.
    """
    docs, out = docs.resolve(), out.resolve()
    if out == docs or docs in out.parents or out in docs.parents:
        raise ValueError(f"the output folder {out} must be outside the docs folder {docs} and not contain it")
    if out.exists():
        if not out.is_dir() or (any(out.iterdir()) and not (out / STAMP).is_file()):
            raise ValueError(f"the output folder {out} is not empty and was not written by this command")
        shutil.rmtree(out)
    banks_dir = banks_dir.strip("/")
    layout = SiteLayout(banks_dir=banks_dir, tags_page=tags_page)
    shown = posixpath.basename(str(docs))
    bank_srcs = _bank_files(docs, banks_dir)
    skip = {docs.joinpath(*src.split("/")) for src in bank_srcs}
    shutil.copytree(docs, out, dirs_exist_ok=True, ignore=lambda folder, names: _skipped(folder, names, skip))
    (out / STAMP).write_text(_STAMP_TEXT, encoding="utf-8")
    taken = _names_by_folder(docs)
    export = Export()
    checker = _Checker()
    banks: list[Bank] = []
    for src in bank_srcs:
        shown_path = f"{shown}/{src}"
        text = docs.joinpath(*src.split("/")).read_bytes().decode("utf-8", errors="replace")
        slug = posixpath.splitext(src[len(banks_dir) + 1 :] if banks_dir else src)[0]
        reserved = taken.get(f"{banks_dir}/{slug}" if banks_dir else slug, set())
        try:
            bank = parse_bank(text, path=src, slug=slug, reserved_ids=reserved)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:  # also pyo3's PanicException, which is no Exception
            reason = (str(error).strip().splitlines() or [""])[0][:300]
            export.messages.append(
                Message(
                    f"{shown_path}:1: could not read this bank ({type(error).__name__}: {reason}); its topic "
                    "page shows the file as plain text and it has no question pages",
                    Severity.WARNING,
                )
            )
            _write(out, src, unreadable_bank_page(title_from_path(src), text, type(error).__name__).document(), export)
            continue
        export.messages += [Message(p.format(shown_path), p.severity) for p in bank.problems]
        export.messages.append(
            Message(f"{src}: {len(bank.questions)} questions, {len(bank.unanswered)} without an answer")
        )
        bank = _defused(bank, shown_path, checker, export.messages)
        banks.append(bank)
        _write(out, layout.topic_src(bank), topic_page(bank, layout).document(), export)
        for question in bank.questions:
            _write(out, layout.question_src(bank, question), question_page(bank, question, layout).document(), export)
        if READING_PAGE_NAME not in reserved:
            _write(out, layout.reading_src(bank), reading_page(bank, layout, inline=True).document(), export)
    if not (out / practice_src).exists():
        _write(out, practice_src, practice_page(), export)
    _write(out, PRACTICE_INDEX_URI, index_script(practice_index(banks, layout)), export)
    _write(out, CONTRACT_URI, contract_script(), export)
    _fill_markers(
        out,
        {
            TOPICS_MARKER: lambda src: topics_overview(banks, layout, src),
            PRACTICE_MARKER: lambda src: practice_area(layout, src),
            TAGS_MARKER: lambda src: _tags_listing(banks, layout, src),
            PDF_LINKS_MARKER: lambda src: "",  # no PDFs without the hook
        },
    )
    return export


def _skipped(folder: str, names: list[str], skip: set[Path]) -> set[str]:
    return {name for name in names if Path(os.path.join(folder, name)).resolve() in skip}
