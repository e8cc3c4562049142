"""How much of each real bank file shows up on the built site.

    .venv/bin/python bench/real_banks.py [FOLDER] [--manifest FILE] [--missing N] [--json PATH]

FOLDER (default /work/realbanks/files) holds bank files; they become the only
banks of a throw-away copy of the project, built once (QA_PDF=0, not strict).
One row per file: the style the parser detected, the questions it found, the
questions expected (``expected_questions`` in the manifest, when given), how many
of those the parser found where they are ("placed": the manifest's
``question_regex`` matches the first line of each expected question; a parser
question starting on that line or the one before counts) and the
**visible share**: the share of the file's non-blank lines outside front matter
whose words all appear on the bank's pages.

Visibility is measured from the built HTML only, independently from the
parser: the words (Unicode ``\\w+``, casefolded, outer ``_`` stripped; each
Chinese or Japanese character is a word of its own, as those scripts have no
spaces; every HTML tag separates words) of the main article of the topic page
and of every question page of the bank form a multiset. A source line is
reduced to the text a reader sees (no HTML tags or comments, link and image
destinations, attribute lists, emoji shortcodes, list, heading and quote
markers, a leading question number such as ``Q1:`` or ``3.``, a leading question or
answer label such as ``Frage:`` or ``**Antwort:**``, reference
definitions; code blocks are kept verbatim). A line is visible when the pages
hold all its words: first every line whose words occur in the same order on a
page takes them (as many lines as there are such places), then the other lines,
in file order, take what is left of the multiset; a line that finds a word
used up is missing. A line without words (``---``, ``</details>``) is visible.

The manifest is YAML: a list of entries (top level or under ``files:``), each
with ``file``, ``expected_questions`` and optionally ``question_regex``.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests")]

import yaml  # noqa: E402
from bs4 import BeautifulSoup, Comment, Doctype  # noqa: E402
from markdown_it import MarkdownIt  # noqa: E402
from qabank.model import Severity  # noqa: E402
from qabank.parse import parse_bank  # noqa: E402
from qabank.vocabulary import ANSWER_WORDS  # noqa: E402

DEFAULT_FOLDER = Path("/work/realbanks/files")

# Words: runs of word characters, except that every Han / kana character is a word by itself.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")

_CLOSER = re.compile(r"^[\s>]*(`{3,}|~{3,})\s*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TEXT = r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"  # link text, one level of nested brackets allowed
_DEST = r"\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\s*\)"  # destination and optional title
_IMAGE = re.compile(rf"!{_TEXT}(?:{_DEST}|\[[^\]]*\])")
_LINK = re.compile(_TEXT + _DEST)
_REF_LINK = re.compile(_TEXT + r"\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>|</?[A-Za-z][^>]*$")
_ATTR_LIST = re.compile(r"\{\s*[:#.][^}]*\}")
_EMOJI = re.compile(r":[a-z0-9_+-]+:")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_MARKERS = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}(?=\s|$)|[-*+](?=\s)|\d{1,9}[.)](?=\s))?\s*(?:\[[ xX]\]\s)?")
# A question number at the start of a line (``Q1:``, ``Q.``, ``Question 3.``, ``**1)**``, ``第 3 题：``): sites number
# questions themselves, so it is not counted as a word.
_NUMBER = re.compile(
    r"^(?:\*\*|__)?\s*(?:(?:q|question|no\.?)\s*\d+[a-z]?|q(?=\s*[.:：])|\d+[a-z]?(?=[\s.):、：]|$)|第\s*\d+\s*题)"
    r"\s*[.):、：:]?\s*(?:\*\*|__)?",
    re.I,
)
# A question or answer label at the start of a line (``Frage:``, ``**Odpowiedź:**``, ``Answer:``): structure the
# pages show as their own headings, in the site's language, not as the bank's words.
_LABEL = re.compile(
    r"^(?:\*\*|__)?\s*(?:frage|pregunta|pergunta|domanda|вопрос|питання|pytanie|soru|问题|問題|질문|"
    + "|".join(re.escape(w) for w in sorted(ANSWER_WORDS, key=len, reverse=True))
    + r")\s*\d*\s*[:：]\s*(?:\*\*|__)?",
    re.I,
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark")


def words(text: str) -> list[str]:
    """The words of ``text``: casefolded, outer underscores stripped (Markdown emphasis), CJK per character."""
    found = (w.strip("_") for w in _WORD.findall(text.casefold()))
    return [w for w in found if w]


def front_matter_end(lines: list[str]) -> int:
    """Index of the first line after a leading ``---`` front matter block (0 without one)."""
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                try:
                    meta = yaml.safe_load("\n".join(lines[1:i]))
                except yaml.YAMLError:
                    return 0
                return i + 1 if isinstance(meta, dict) else 0
    return 0


def reader_text(line: str) -> str:
    """The text a reader sees of one Markdown line outside code."""
    if _REF_DEF.match(line):
        return ""
    text = _COMMENT.sub(" ", line)
    text = _IMAGE.sub(" ", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = _ATTR_LIST.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    text = _MARKERS.sub("", text, count=1)
    text = _NUMBER.sub("", text, count=1)
    text = _LABEL.sub("", text, count=1)
    text = _ESCAPE.sub(r"\1", text)
    return html.unescape(text)


@dataclass
class SourceLine:
    number: int  # 1-based, as in an editor
    raw: str
    words: list[str]


def _code_lines(lines: list[str], offset: int) -> dict[int, bool]:
    """Lines of code blocks (CommonMark, also inside lists and quotes): index -> shown (False for fence lines)."""
    code: dict[int, bool] = {}
    for token in _markdown().parse("\n".join(lines[offset:])):
        if token.type not in ("fence", "code_block") or not token.map:
            continue
        start, end = token.map[0] + offset, token.map[1] + offset
        for index in range(start, end):
            code[index] = True
        if token.type == "fence":
            code[start] = False
            closer = _CLOSER.match(lines[end - 1]) if end - 1 > start else None
            if closer and closer.group(1)[0] == token.markup[0] and len(closer.group(1)) >= len(token.markup):
                code[end - 1] = False
    return code


def source_lines(text: str) -> list[SourceLine]:
    """Non-blank lines outside front matter, each with the words a reader would see."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    body = front_matter_end(lines)
    code = _code_lines(lines, body)
    out: list[SourceLine] = []
    in_comment = False
    for index in range(body, len(lines)):
        raw = lines[index]
        if not raw.strip():
            continue
        if index in code:
            seen = raw if code[index] else ""  # code is shown verbatim, fence lines not at all
        else:
            line = raw
            if in_comment:
                end = line.find("-->")
                line = "" if end < 0 else line[end + 3 :]
                in_comment = end < 0
            opened = line.rfind("<!--")
            if opened >= 0 and line.find("-->", opened) < 0:
                line, in_comment = line[:opened], True
            seen = reader_text(line)
        out.append(SourceLine(index + 1, raw, words(seen)))
    return out


def visible_text(page_html: str) -> str:
    """The text of a page's main article (``article.md-content__inner``), scripts and styles left out."""
    start = page_html.find('<article class="md-content__inner')
    if start >= 0:  # parse only the article: pages carry a large navigation
        end = page_html.rfind("</article>")
        page_html = page_html[start : end + len("</article>") if end > start else len(page_html)]
    soup = BeautifulSoup(page_html, "html.parser")
    article = soup.select_one("article.md-content__inner") or soup.body or soup
    for tag in article.find_all(["script", "style", "template", "noscript"]):
        tag.decompose()
    texts = (t for t in article.find_all(string=True) if not isinstance(t, Comment | Doctype))
    return " ".join(texts)  # every tag separates words, as on the Markdown side


@dataclass
class Visibility:
    lines: int  # non-blank lines outside front matter
    visible: int
    missing: list[SourceLine] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.visible / self.lines if self.lines else 1.0


def _runs_found(page_words: list[str | None], runs: Counter) -> Counter:
    """How many times (at most as many as asked) each run of words occurs contiguously in ``page_words``."""
    at: dict[str, list[int]] = {}
    for index, word in enumerate(page_words):
        if word is not None:
            at.setdefault(word, []).append(index)
    found: Counter = Counter()
    for run, wanted in runs.items():
        size, end = len(run), -1
        for index in at.get(run[0], ()):
            if index > end and tuple(page_words[index : index + size]) == run:
                found[run] += 1
                end = index + size - 1  # occurrences do not overlap
                if found[run] == wanted:
                    break
    return found


def visibility(text: str, pages_html: list[str]) -> Visibility:
    """Which lines of bank ``text`` have all their words on ``pages_html`` (see the module docstring)."""
    lines = source_lines(text)
    page_words: list[str | None] = []
    for page in pages_html:
        page_words += words(visible_text(page))
        page_words.append(None)  # no run spans two pages
    available = Counter(w for w in page_words if w is not None)
    # First the lines whose words appear in the same order on a page, as many times as the bank has them...
    runs = Counter(tuple(line.words) for line in lines if line.words)
    found = _runs_found(page_words, runs)
    unsure = []
    for line in lines:
        run = tuple(line.words)
        if found[run] > 0:
            found[run] -= 1
            available.subtract(run)
        elif run:
            unsure.append(line)
    # ...then, in file order, the others that the words left over on the pages still cover.
    missing = []
    for line in unsure:
        need = Counter(line.words)
        if all(available[w] >= n for w, n in need.items()):
            available.subtract(need)
        else:
            missing.append(line)
    return Visibility(len(lines), len(lines) - len(missing), missing)


def bank_pages(site: Path, slug: str) -> list[str]:
    """HTML of the topic page and every question page of bank ``slug``."""
    folder = site / "topics" / slug
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("**/index.html"))]


def load_manifest(path: Path | None) -> dict[str, dict]:
    if path is None:
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    entries = data.get("files", []) if isinstance(data, dict) else data
    return {str(e["file"]): e for e in entries if isinstance(e, dict) and "file" in e}


def placed_questions(text: str, starts: list[int], pattern: str) -> tuple[list[int], list[int], list[int]]:
    """Expected question lines (those matching ``pattern``) against the parser's question ``starts``.

    A start counts for an expected line when it is that line or the line before (a ``<details>``
    line above its ``<summary>``). Returns (matched, missed, extra) line numbers.
    """
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    wanted = [n for n, line in enumerate(lines, start=1) if re.search(pattern, line)]
    free = sorted(starts)
    matched, missed = [], []
    for n in wanted:
        hit = max((s for s in free if n - 1 <= s <= n), default=None)
        if hit is None:
            missed.append(n)
        else:
            free.remove(hit)
            matched.append(n)
    return matched, missed, free


def measure_bank(
    name: str, text: str, pages_html: list[str], expected: int | None = None, question_regex: str | None = None
) -> dict:
    """One row of the report: parser's view (style, questions) and the built pages' view (visibility)."""
    slug = Path(name).stem
    bank = parse_bank(text, f"topics/{name}", slug)
    seen = visibility(text, pages_html)
    warned = [p for p in bank.problems if p.severity is Severity.WARNING]
    row = {
        "file": name,
        "style": bank.style,
        "questions": len(bank.questions),
        "expected": expected,
        "placed": None,
        "lines": seen.lines,
        "visible_lines": seen.visible,
        "visible_share": round(seen.share, 4),
        "pages": len(pages_html),
        "missing": [{"line": m.number, "text": m.raw} for m in seen.missing],
        "warnings": [{"line": p.line, "text": p.message} for p in warned],
    }
    if question_regex:
        matched, missed, extra = placed_questions(text, [q.span.start for q in bank.questions], question_regex)
        source = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        row["placed"] = len(matched)
        row["missed_questions"] = [{"line": n, "text": source[n - 1]} for n in missed]
        row["extra_questions"] = [{"line": n, "text": source[n - 1]} for n in extra]
    return row


def build(folder: Path, work: Path) -> tuple[list[Path], Path, float, str | None]:
    """Copy the project into ``work`` with the files of ``folder`` as its only banks and build it.

    A build that fails after writing its pages (such as a check in ``on_post_build``) is measured
    all the same: the error is returned with the site.
    """
    from sitebuild import build_site, copy_project

    project = copy_project(work, with_banks=False)
    pages = project / "docs" / "topics" / ".pages"
    if pages.exists():  # it names the seed banks, which copy_project just removed: keep only "..."
        kept = [line for line in pages.read_text(encoding="utf-8").splitlines() if not line.strip().endswith(".md")]
        pages.write_text("\n".join(kept) + "\n", encoding="utf-8")
    files = sorted(p for p in folder.iterdir() if p.suffix == ".md" and p.name != "index.md")
    for path in files:
        shutil.copy(path, project / "docs" / "topics" / path.name)
    start, error = time.perf_counter(), None
    try:
        build_site(project, strict=False, pdf=False)
    except Exception as failure:  # mkdocs' Abort is also a SystemExit
        error = f"{type(failure).__name__}: {failure}"
    return files, project / "site", time.perf_counter() - start, error


def run(folder: Path, manifest: Path | None = None) -> dict:
    """Build once and measure every bank file of ``folder``."""
    expected = load_manifest(manifest)
    with tempfile.TemporaryDirectory(prefix="real-banks-") as tmp:
        files, site, seconds, error = build(folder, Path(tmp))
        rows = []
        for path in files:
            entry = expected.get(path.name, {})
            rows.append(
                measure_bank(
                    path.name,
                    path.read_text(encoding="utf-8", errors="replace"),
                    bank_pages(site, path.stem),
                    entry.get("expected_questions"),
                    entry.get("question_regex"),
                )
            )
    return {
        "folder": str(folder),
        "build_seconds": round(seconds, 1),
        "build_error": error,
        "rows": rows,
        "totals": totals(rows),
    }


def totals(rows: list[dict]) -> dict:
    lines = sum(r["lines"] for r in rows)
    visible = sum(r["visible_lines"] for r in rows)
    expected = [r["expected"] for r in rows if r["expected"] is not None]
    placed = [r["placed"] for r in rows if r["placed"] is not None]
    counted = [r for r in rows if r["expected"] is not None]
    wrong = [r for r in counted if r["questions"] != r["expected"]]
    return {
        "files": len(rows),
        "questions": sum(r["questions"] for r in rows),
        "expected": sum(expected) if expected else None,
        "placed": sum(placed) if placed else None,
        "lines": lines,
        "visible_lines": visible,
        "visible_share": round(visible / lines, 4) if lines else 1.0,
        "right": len(counted) - len(wrong),
        "wrong_silent": sum(not r["warnings"] for r in wrong),
        "warned": sum(bool(r["warnings"]) for r in rows),
    }


def table(report: dict, missing: int = 0) -> str:
    """The report as a Markdown table, then (``missing`` > 0) the first missing lines of each file."""
    out = [
        "| file | style | questions | expected | placed | visible share | missing lines | warnings |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]

    def cell(value) -> str:
        return "" if value is None else str(value)

    for r in report["rows"]:
        out.append(
            f"| {r['file']} | {r['style']} | {r['questions']} | {cell(r['expected'])} | {cell(r['placed'])} | "
            f"{r['visible_share']:.1%} | {r['lines'] - r['visible_lines']} of {r['lines']} | {_warned(r)} |"
        )
    t = report["totals"]
    out.append(
        f"| **total ({t['files']} files)** | | {t['questions']} | {cell(t['expected'])} | {cell(t['placed'])} | "
        f"{t['visible_share']:.1%} | {t['lines'] - t['visible_lines']} of {t['lines']} | {t['warned']} files |"
    )
    if t["expected"] is not None:
        out.append(
            f"\nfiles with found = expected: {t['right']}; found != expected without a warning: {t['wrong_silent']}"
        )
    if missing > 0:
        for r in report["rows"]:
            for key, what in (
                ("missing", "lines not visible"),
                ("warnings", "warnings"),
                ("missed_questions", "expected questions the parser missed"),
                ("extra_questions", "questions the parser found elsewhere"),
            ):
                if r.get(key):
                    out += ["", f"**{r['file']}**: first {what} ({len(r[key])} in all)", ""]
                    out += [f"    {m['line']:>6}: {m['text'][:160]}" for m in r[key][:missing]]
    return "\n".join(out)


def _warned(row: dict) -> str:
    """The number of warnings and the line of the first one (``2 (l. 14)``), empty without any."""
    found = row.get("warnings") or []
    return f"{len(found)} (l. {found[0]['line']})" if found else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT_FOLDER)
    parser.add_argument("--manifest", type=Path, help="YAML with expected_questions per file")
    parser.add_argument("--missing", type=int, default=0, metavar="N", help="print the first N missing lines per file")
    parser.add_argument("--json", type=Path, help="also write the report (with every missing line) as JSON")
    args = parser.parse_args()
    report = run(args.folder, args.manifest)
    print(table(report, args.missing))
    print(f"\nbuild: {report['build_seconds']} s")
    if report["build_error"]:
        print(f"the build failed after writing its pages, which were measured all the same: {report['build_error']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
