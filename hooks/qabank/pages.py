"""Markdown for the pages of a study site, rendered from the model.

The site engine turns this Markdown into HTML; links point at source paths
(``topics/x/y.md``) so that the engine checks and rewrites them.
"""

from __future__ import annotations

import bisect
import functools
import html
import json
import posixpath
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .contract import ATTRIBUTES, CLASSES, PDF_LINKS_MARKER
from .fragments import placeholder
from .ids import READING_PAGE_NAME, slug_for
from .links import code_spans, rebase_relative_urls, rewrite_anchor_links
from .model import Bank, Question

SHOW_ANSWER = "Show answer"
READ_THE_TOPIC = "Read the topic"
_EMPHASIS = ("**", "__", "*", "_", "~~")
# No link text or URL runs over a bracket: linear on a title of 40,000 '[a]('.
_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^)\[\]]*\)")


def default_tag_anchor(tag: str) -> str:
    return f"tag:{slug_for(tag)}"


def relative_path(target: str, start: str) -> str:
    """``posixpath.relpath`` for two paths under one root, without asking the OS for the working directory."""
    target_parts = [part for part in posixpath.normpath(target).split("/") if part not in ("", ".")]
    start_parts = [part for part in posixpath.normpath(start).split("/") if part not in ("", ".")]
    common = 0
    for a, b in zip(target_parts, start_parts, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start_parts) - common) + target_parts[common:]) or "."


def source_link(target: str, from_src: str) -> str:
    """A relative Markdown link target from one source file to another."""
    return relative_path(target, posixpath.dirname(from_src))


def _directory_url(src: str) -> str:
    stem = posixpath.splitext(src)[0]
    if posixpath.basename(stem) == "index":
        stem = posixpath.dirname(stem)
    return f"{stem}/" if stem else ""


@dataclass(frozen=True)
class SiteLayout:
    """Where pages live, as paths relative to the docs folder.

    ``url_of`` maps a source path to its site URL (the engine knows whether
    URLs are directories); ``tag_anchor`` names a tag's anchor on the tags page.
    """

    banks_dir: str = "topics"
    tags_page: str = "tags.md"
    tag_anchor: Callable[[str], str] = default_tag_anchor
    url_of: Callable[[str], str] = _directory_url

    def topic_src(self, bank: Bank) -> str:
        return f"{self._banks_prefix}{bank.slug}.md"

    def question_src(self, bank: Bank, question: Question) -> str:
        return f"{self._banks_prefix}{bank.slug}/{question.id}.md"

    def reading_src(self, bank: Bank) -> str:
        """The "Read the topic" page, beside the question pages: ``read`` is a reserved id (see ``ids.py``)."""
        return f"{self._banks_prefix}{bank.slug}/{READING_PAGE_NAME}.md"

    @functools.cached_property
    def _banks_prefix(self) -> str:
        return f"{self.banks_dir}/" if self.banks_dir else ""

    def link(self, target: str, from_src: str) -> str:
        return source_link(target, from_src)

    def href(self, target: str, from_src: str, anchor: str = "") -> str:
        """A relative URL for raw HTML, which the engine does not rewrite."""
        base = self.url_of(from_src)
        here = "/" + (base if not base or base.endswith("/") else posixpath.dirname(base) + "/")
        target_url = "/" + self.url_of(target)
        url = relative_path(target_url, here)
        if target_url.endswith("/"):
            url = "./" if url == "." else url + "/"
        if target == from_src and anchor:
            url = ""
        return url + (f"#{anchor}" if anchor else "")


def linked_markdown(markdown: str, bank: Bank, layout: SiteLayout, from_src: str) -> str:
    """Markdown of the bank file made to work on the page ``from_src``: relative URLs
    rebased from the bank's folder, links to anchors of the bank pointed at question pages."""
    up = source_link(posixpath.dirname(layout.topic_src(bank)), from_src)
    markdown = rebase_relative_urls(markdown, "" if up == "." else up + "/")

    def resolve(anchor: str) -> str | None:
        question_id = bank.anchors.get(anchor)
        if question_id is None:
            return None
        if not question_id:  # a section or the title: on the topic page
            return layout.link(layout.topic_src(bank), from_src)
        return layout.link(layout.question_src(bank, bank.question(question_id)), from_src)

    return rewrite_anchor_links(markdown, resolve, top=layout.link(layout.topic_src(bank), from_src))[0]


def page_title(title: str) -> str:
    """A title for ``page.meta.title``: plain text, HTML-escaped, since themes print it unescaped."""
    return html.escape(plain_text(title))


def progress_key(bank: Bank, question: Question) -> str:
    """The key under which the browser remembers a question: permanent across renumbering."""
    return f"{bank.slug}/{question.id}"


def inline_text(markdown: str) -> str:
    """Inline Markdown with raw HTML neutralised, so ``<div>`` in a title shows as text."""
    out, last = [], 0
    for start, end, _ in code_spans(markdown):
        out.append(html.escape(markdown[last:start], quote=False))
        out.append(markdown[start:end])
        last = end
    out.append(html.escape(markdown[last:], quote=False))
    return "".join(out)


def strip_emphasis(text: str) -> str:
    r"""``re.sub(r"(\*\*|__|\*|_|~~)(\S(?:.*?\S)?)\1", r"\2", text)`` in O(n log n).

    That regex looks for a closer from every opener, which is quadratic on a
    title of 40,000 ``*a ``; here the closers of each marker are listed once and
    each opener finds its own by bisection. As in the regex, the emphasised text
    starts and ends with a non-space, stays on one line, and is at least two
    characters long when it can be.
    """
    closers = {
        marker: [
            m.start()
            for m in re.finditer(f"(?=({re.escape(marker)}))", text)
            if m.start() and not text[m.start() - 1].isspace()
        ]
        for marker in _EMPHASIS
        if marker in text
    }
    if not any(closers.values()):
        return text
    newlines = [m.start() for m in re.finditer("\n", text)]
    out: list[str] = []
    index, plain = 0, 0
    while index < len(text):
        for marker, found in closers.items():
            inner = index + len(marker)
            if not text.startswith(marker, index) or inner >= len(text) or text[inner].isspace():
                continue
            line_end = (
                newlines[bisect.bisect_left(newlines, inner)] if newlines and newlines[-1] >= inner else len(text)
            )
            at = bisect.bisect_left(found, inner + 1)
            if at < len(found) and found[at] == inner + 1 and at + 1 < len(found) and found[at + 1] < line_end:
                at += 1  # the regex prefers two characters or more
            if at < len(found) and found[at] < line_end:
                out += [text[plain:index], text[inner : found[at]]]
                index = plain = found[at] + len(marker)
                break
        else:
            index += 1
    out.append(text[plain:])
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)  # each title is made plain for its page, its topic and the practice index
def plain_text(markdown: str) -> str:
    """Inline Markdown reduced to readable plain text (for titles in JSON, meta, alt text)."""

    def prose(text: str) -> str:
        return strip_emphasis(_LINK.sub(r"\1", text))

    out, last = [], 0
    for start, end, content in code_spans(markdown):
        out += [prose(markdown[last:start]), content.strip()]
        last = end
    out.append(prose(markdown[last:]))
    return " ".join("".join(out).split())


def indent(markdown: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in markdown.split("\n"))


_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def _front_matter(data: dict) -> str:
    """Front matter as JSON, which YAML reads too and which is many times faster to write."""
    text = json.dumps(data, ensure_ascii=False)
    # Characters YAML refuses in a stream or reads as line breaks, even inside a quoted string.
    text = _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return f"---\n{text}\n---\n\n"


@dataclass(frozen=True)
class GeneratedPage:
    """A generated page: its Markdown, and the metadata a front matter would give it."""

    markdown: str
    meta: dict

    def document(self) -> str:
        """Front matter and Markdown as one file, for engines that read metadata from the text."""
        return _front_matter(self.meta) + self.markdown


def fenced_text(text: str) -> str:
    """A fenced code block that shows ``text`` as it is, whatever backtick runs it holds."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return f"{fence}text\n{text}\n{fence}"


def unreadable_bank_page(title: str, text: str, error_name: str) -> GeneratedPage:
    """The topic page of a bank the core could not read: its text as it is."""
    markdown = (
        f"# {inline_text(title)}\n\n"
        '!!! failure "This bank could not be read"\n\n'
        f"    The build could not read this file ({html.escape(error_name)}); here it is as plain text.\n\n"
        f"{fenced_text(text)}\n"
    )
    return GeneratedPage(markdown, {"title": page_title(title)})


def tag_chips(tags: Sequence[str], layout: SiteLayout, from_src: str) -> str:
    return " ".join(
        f'<a class="md-tag" href="{html.escape(layout.href(layout.tags_page, from_src, layout.tag_anchor(tag)))}">'
        f"{html.escape(tag)}</a>"
        for tag in tags
    )


def question_page(bank: Bank, question: Question, layout: SiteLayout) -> GeneratedPage:
    """The page of one question: title, prompt, collapsed answer; its topic and position in ``meta``."""
    src = layout.question_src(bank, question)
    meta = {
        "title": page_title(question.title),
        "tags": list(question.tags),
        "qa": {
            "page": "question",
            "key": progress_key(bank, question),
            "topic": bank.slug,
            "position": question.position,
            "count": len(bank.questions),
            # The theme shows "<topic> · Question N of M" from these; cheaper than a Markdown line.
            "topic_title": plain_text(bank.title),
            "topic_url": layout.url_of(layout.topic_src(bank)),
        },
    }
    parts = [f"# {inline_text(question.title)}{_marks(question)}\n", *_question_body(bank, question, layout, src)]
    return GeneratedPage("\n".join(parts), meta)


def _question_body(bank: Bank, question: Question, layout: SiteLayout, src: str) -> list[str]:
    """The prompt and the collapsed answer of a question, as Markdown for the page ``src``."""
    parts = []
    if question.prompt:
        parts.append(linked_markdown(question.prompt, bank, layout, src) + "\n")
    if question.answer is not None:
        answer = linked_markdown(question.answer, bank, layout, src)
        parts.append(f'??? {CLASSES["answer"]} "{SHOW_ANSWER}"\n\n{indent(answer)}\n')
    else:
        no_answer = "The bank has no answer for this question yet."
        parts.append(f'!!! {CLASSES["no_answer"]} "No answer yet"\n\n    {no_answer}\n')
    return parts


def _question_item(bank: Bank, question: Question, layout: SiteLayout, from_src: str) -> str:
    link = layout.link(layout.question_src(bank, question), from_src)
    chips = tag_chips(question.own_tags, layout, from_src)
    state = "" if question.has_answer else " *(no answer yet)*"
    key = html.escape(progress_key(bank, question))
    marks = f' {ATTRIBUTES["marks"]}="{html.escape(question.marks)}"' if question.marks else ""
    return (
        f'<li value="{question.position}" {ATTRIBUTES["key"]}="{key}"{marks} markdown="span">'
        f"[{inline_text(question.title)}]({link}){_marks(question)}{state} {chips}</li>"
    )


def _marks(question: Question) -> str:
    """Difficulty marks (``⭐⭐``) as the bank wrote them, after the title."""
    if not question.marks:
        return ""
    return f' <span class="{CLASSES["marks"]}" title="Difficulty">{html.escape(question.marks)}</span>'


def topic_page(bank: Bank, layout: SiteLayout) -> GeneratedPage:
    """The page of one bank: intro, count, tags and the numbered list of its questions."""
    src = layout.topic_src(bank)
    count = len(bank.questions)
    meta = {"title": page_title(bank.title), "qa": {"page": "topic", "topic": bank.slug, "count": count}}
    if bank.description:
        meta["description"] = html.escape(plain_text(bank.description))  # Material prints it unescaped
    parts = [f"# {inline_text(bank.title)}\n"]
    if bank.description:
        parts.append(f"{inline_text(bank.description)}\n{{ .{CLASSES['description']} }}\n")
    if bank.intro:
        parts.append(linked_markdown(bank.intro, bank, layout, src) + "\n")
    summary = f"**{count} question{'s' if count != 1 else ''}**"
    if bank.unanswered:
        summary += f" · {len(bank.unanswered)} without an answer yet"
    if bank.tags:
        summary += " · " + tag_chips(bank.tags, layout, src)
    parts.append(f"{summary}\n{{ .{CLASSES['topic_summary']} }}\n")
    parts.append(f"{PDF_LINKS_MARKER}\n")
    if bank.questions:
        read = layout.link(layout.reading_src(bank), src)
        parts.append(f"[{READ_THE_TOPIC}]({read}): every question with its answer, closed, on one page\n")
        parts[-1] += f"{{ .{CLASSES['read_link']} }}\n"

    parts += _sectioned(bank, layout, src, lambda questions, level: _question_list(bank, questions, layout, src))
    return GeneratedPage("\n".join(parts), meta)


def _sectioned(
    bank: Bank, layout: SiteLayout, src: str, questions_markdown: Callable[[list[Question], int], list[str]]
) -> list[str]:
    """Every section in file order with its intro, also those without questions (notes, repeated titles),
    each followed by the Markdown of its questions; ``questions_markdown`` gets them and the level of
    the heading they stand under (1, the page title, before the first section)."""
    by_section: dict[int | None, list[Question]] = {}
    for question in bank.questions:
        by_section.setdefault(question.section_index, []).append(question)
    top = min((section.level for section in bank.sections), default=2)
    parts = questions_markdown(by_section.get(None, []), 1)
    for index, section in enumerate(bank.sections):
        level = min(6, 2 + section.level - top)
        parts.append(f"{'#' * level} {inline_text(section.title) or '&nbsp;'}\n")
        if section.intro.strip():
            parts.append(linked_markdown(section.intro, bank, layout, src) + "\n")
        parts += questions_markdown(by_section.get(index, []), level)
    return parts


def reading_page(bank: Bank, layout: SiteLayout, *, inline: bool = False) -> GeneratedPage:
    """ "Read the topic": every question of a bank with its prompt and its closed answer, under the
    sections and intros of the topic page; each title links to the question's own page.

    Kept out of the search index (``search: exclude``): its words are on the question pages already.
    Each question is a placeholder that the site engine's hook fills with the question page's HTML,
    or with ``inline`` its prompt and answer as Markdown, for an engine without hooks.
    """
    src = layout.reading_src(bank)
    topic = layout.topic_src(bank)
    count = len(bank.questions)
    meta = {
        "title": page_title(f"{READ_THE_TOPIC}: {plain_text(bank.title)}"),
        "search": {"exclude": True},
        "qa": {"page": "read", "topic": bank.slug, "count": count},
    }
    parts = [
        f"# {inline_text(bank.title)}\n",
        f"**{READ_THE_TOPIC}**: {count} question{'s' if count != 1 else ''} with their answers closed; "
        f"open one by one, or all at once. [Back to the topic]({layout.link(topic, src)})\n"
        f"{{ .{CLASSES['read_summary']} }}\n",
    ]
    if bank.intro:
        parts.append(linked_markdown(bank.intro, bank, layout, src) + "\n")
    parts += _sectioned(
        bank,
        layout,
        src,
        lambda questions, level: [_reading_item(bank, q, layout, src, min(6, level + 1), inline) for q in questions],
    )
    return GeneratedPage("\n".join(parts), meta)


def _reading_item(bank: Bank, question: Question, layout: SiteLayout, src: str, level: int, inline: bool) -> str:
    link = layout.link(layout.question_src(bank, question), src)
    # The question's id as the heading's anchor: read/#<id> stays put when the bank is renumbered.
    title = f"{question.position}. [{inline_text(question.title)}]({link}){_marks(question)}"
    # The prompt and answer as the question page renders them: the site engine fills the placeholder
    # with that page's HTML (same folder depth, so its relative links hold), instead of converting
    # every answer a second time.
    heading = f"{'#' * level} {title} {{ #{question.id} }}\n"
    if inline:  # beside the question page, so its relative links hold here too
        return "\n".join([heading, *_question_body(bank, question, layout, src)])
    return f"{heading}\n{placeholder(layout.question_src(bank, question), question)}\n"


def _question_list(bank: Bank, questions: list[Question], layout: SiteLayout, src: str) -> list[str]:
    if not questions:
        return []
    items = "\n".join(_question_item(bank, q, layout, src) for q in questions)
    return [f'<ol class="{CLASSES["questions"]}" {ATTRIBUTES["search_exclude"]} markdown>\n{items}\n</ol>\n']


def topics_overview(banks: Sequence[Bank], layout: SiteLayout, from_src: str) -> str:
    """Cards for the home page: every topic with its question count."""
    if not banks:
        return f"*No question banks yet: add one to `{layout.banks_dir}/`.*"
    cards = []
    for bank in banks:
        link = layout.link(layout.topic_src(bank), from_src)
        count = len(bank.questions)
        chips = tag_chips(bank.tags, layout, from_src)
        cards.append(
            f"-   **[{inline_text(bank.title)}]({link})**\n\n"
            f"    {count} question{'s' if count != 1 else ''}"
            + (f" · {chips}" if chips else "")
            + f'\n{{ {ATTRIBUTES["topic"]}="{html.escape(bank.slug)}" }}'
        )
    total = sum(len(bank.questions) for bank in banks)
    return (
        f'<div class="grid cards {CLASSES["topics"]}" markdown>\n\n' + "\n\n".join(cards) + "\n\n</div>\n\n"
        f"**{total} questions** in {len(banks)} topic{'s' if len(banks) != 1 else ''}. "
        f"[Browse by tag]({layout.link(layout.tags_page, from_src)})\n{{ .{CLASSES['total']} }}\n"
    )
