"""Pages rendered from the model: their front matter survives any title or tag text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data
from qabank.model import Bank, Question
from qabank.pages import SiteLayout, page_title, question_page, topic_page

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1)


@settings(max_examples=200, deadline=None)
@given(title=TEXT, tags=st.lists(TEXT, max_size=3), bank_title=TEXT)
def test_front_matter_round_trips_through_mkdocs(title, tags, bank_title):
    question = Question(id="q", position=1, title=title, prompt="", answer="A.", own_tags=tuple(tags))
    bank = Bank(path="topics/b.md", slug="b", title=bank_title, tags=(), intro="", style="label", questions=[question])
    _, meta = get_data(question_page(bank, question, SiteLayout()).document())
    assert meta["title"] == page_title(title)
    assert meta["tags"] == list(question.tags)
    assert meta["qa"]["key"] == "b/q"
    _, topic_meta = get_data(topic_page(bank, SiteLayout()).document())
    assert topic_meta["title"] == page_title(bank_title)


def test_plain_text_keeps_code_as_written():
    from qabank.pages import plain_text

    assert plain_text("What do `*args` and `**kwargs` mean?") == "What do *args and **kwargs mean?"
    assert plain_text("**Bold** and [a link](x.md) and `a_b_c`") == "Bold and a link and a_b_c"


PATH_PARTS = st.sampled_from(["topics", "bank", "q.md", "index.md", "tags.md", "a", "."])


@settings(max_examples=500, deadline=None)
@given(
    target=st.lists(PATH_PARTS, min_size=1, max_size=5),
    start=st.lists(PATH_PARTS, max_size=4),
    root=st.sampled_from(["", "/"]),
)
def test_relative_path_agrees_with_posixpath_relpath(target, start, root):
    """Paths under one root (docs-relative sources, or site URLs from "/"), as the pages use them."""
    import posixpath

    from qabank.pages import relative_path

    target_path, start_path = root + "/".join(target), root + "/".join(start)
    assert relative_path(target_path, start_path) == posixpath.relpath(target_path, start_path or ".")
