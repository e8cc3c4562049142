"""What the exports add to the pages' metadata, which the theme prints: on a question page its
related questions and edit links, on a topic page its ``ItemList``; and the download links of the
home and topic pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from jinja2 import Environment

from ..contract import ATTRIBUTES, CLASSES
from ..model import Bank, Question
from ..pages import SiteLayout, plain_text
from .anki import AnkiPackage
from .edit_links import Repository
from .related import related_questions
from .share import topic_json_ld

_env = Environment(autoescape=True)
_NAMES = {"cls": CLASSES["downloads"], "exclude": ATTRIBUTES["search_exclude"]}
_TOPIC_LINKS = _env.from_string(
    '<p class="{{ cls }}" {{ exclude }}>Study in Anki: '
    '<a href="{{ href }}" download>{{ title }} deck</a> ({{ notes }} card{{ "s" if notes != 1 }}, '
    "<code>.apkg</code>; importing a newer deck updates your cards and keeps their reviews)</p>"
)
_SITE_LINKS = _env.from_string(
    '<div class="{{ cls }}" {{ exclude }}>\n<h2 id="anki-and-data">Anki decks and data</h2>\n'
    '<p>Drill in <a href="https://apps.ankiweb.net/">Anki</a>: one deck per topic, in subdecks under '
    "the site's name; importing a newer deck updates your cards and keeps their reviews.</p>\n<ul>\n"
    "{% for item in items %}"
    '<li><a href="{{ item.href }}" download>{{ item.label }}</a> ({{ item.notes }} card{{ "s" if item.notes != 1 }})'
    "</li>\n{% endfor %}"
    '</ul>\n<p>Every question with its answer for other tools: <a href="{{ json_href }}" download>'
    "questions.json</a>.</p>\n</div>\n"
)


def question_meta(
    banks: Sequence[Bank], layout: SiteLayout, repository: Repository | None
) -> dict[str, dict[str, object]]:
    """For each question page (by source path): ``related`` (titles, marks and site-root URLs) and
    ``edit`` (the links to its bank, when the site has a repository)."""
    pairs: list[tuple[Bank, Question]] = [(bank, q) for bank in banks for q in bank.questions]
    chosen = related_questions([q for _, q in pairs])
    out: dict[str, dict[str, object]] = {}
    for (bank, question), related in zip(pairs, chosen, strict=True):
        entry: dict[str, object] = {
            "related": [
                {
                    "title": plain_text(pairs[r.index][1].title),
                    "marks": pairs[r.index][1].marks,
                    "url": layout.url_of(layout.question_src(*pairs[r.index])),
                }
                for r in related
            ]
        }
        if repository is not None:
            links = repository.links(bank.path, question.span.start)
            entry["edit"] = {"view": links.view, "edit": links.edit}
        out[layout.question_src(bank, question)] = entry
    return out


def topic_meta(banks: Sequence[Bank], layout: SiteLayout, site_url: str) -> dict[str, dict | None]:
    """For each topic page (by source path) its ``ItemList`` JSON-LD, ``None`` without a site URL."""
    from .rendered import exported_question

    return {
        layout.topic_src(bank): topic_json_ld(
            [exported_question(bank, q, layout, None, site_url=site_url) for q in bank.questions]
        )
        for bank in banks
    }


def topic_downloads(bank: Bank, packages: Sequence[AnkiPackage], layout: SiteLayout, from_src: str) -> str:
    package = next((p for p in packages if p.topic == bank.slug), None)
    if package is None:
        return ""
    return _TOPIC_LINKS.render(
        href=layout.href(package.path, from_src), title=plain_text(bank.title), notes=package.notes, **_NAMES
    )


def site_downloads(
    packages: Sequence[AnkiPackage], titles: Mapping[str, str], layout: SiteLayout, from_src: str, json_path: str
) -> str:
    """The home page's section: every Anki package (whole site first) and ``questions.json``."""
    items = [
        {
            "href": layout.href(p.path, from_src),
            "label": "All topics" if p.topic is None else titles.get(p.topic, p.topic),
            "notes": p.notes,
        }
        for p in packages
    ]
    return _SITE_LINKS.render(items=items, json_href=layout.href(json_path, from_src), **_NAMES)
