"""The search index the site build makes (qabank.search_index) is the one the browser would build.

Each check writes a search_index.json and its prebuilt index, and has node build the index of the
JSON with search-engine.js's buildIndex and load the prebuilt one with loadIndex
(tests/search/compare_prebuilt.js): every term, every posting, every score to the last bit, and the
results of queries must be the same.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from qabank.search_index import PrebuiltIndex, prebuilt_index, read_header, terms

TESTS = Path(__file__).resolve().parent
COMPARE = TESTS / "search" / "compare_prebuilt.js"
BANKS = TESTS / "banks"
SEED = TESTS.parent / "docs" / "topics" / "backend-interview-questions.md"
MATERIAL_CONFIG = {
    "lang": ["en"],
    "separator": "[\\s\\-]+",
    "pipeline": ["stopWordFilter"],
    "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}},
}
CJK_LETTER = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
QUERIES = ["cache", "caching", "whats", "lru_cache", "==", "authorisation", "scale horizontally", "+redis -http", "a"]

# The traps of tests/js/search-engine.test.js without its Chinese, Japanese and Korean line (left to the browser).
TRAPS = [
    "What’s What's whats WHAT’S it‘s ʼtwas ＇quoted＇ don't'",
    'functools.lru_cache line.rstrip("\\n") os.path.join() __init__ _private snake_case_name a.b-c.d',
    'a == b, x != y -> z ** 2 <= 3 >= 4 && || ... -- --- ==> (==) [->] "!=" :: @@ ++',
    "emoji 🚀 launch🚀 🚀🚀 ❤️ 👍🏽 thumbs👍🏽up",
    'numbers 42 3.14 1,000 10% -5 +7 0x1F 1e10 v2.0.1 (42) [7]. "9"!',
    "accents café naïve résumé Ångström São Paulo İstanbul ΣΊΣΥΦΟΣ ὈΔΥΣΣΕΎΣ straße Kelvin K",
    "astral 𝐀𝐁𝐂 math 𝑥 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 deseret 𐐷𐐨",
    "spaces\u00a0nbsp\u2003em\u3000ideographic\u200bzero-width\ufeffbom\tTab\nNew\r\nLine\u2028sep\u0085nel",
    '(caching) [redis] "quoted" end. end, end; end: end! end? (nested)). ((double)) "(mixed)"',
    "<p>Block</p><p>tags</p>part words<li>list</li>item<br>break<br/>x<hr>y",
    "in<code>line</code>code a<b>b</b>c <em>em</em>phasis word<strong>strong</strong>",
    '<a href="x y">spans space</a>and<img alt="a b" src=x>after <span\nclass="z">nl</span>',
    'a<b<c>d e<p<b>f g<b>h<p>i <<double>> <p a="<">q</p> r<',
    "lone < and > and a<b and x>y and <p and </p and <> and </> end<",
    "entities &amp; &lt;tag&gt; &quot;q&quot; &#39;s &#x27;s &hellip; &nbsp;nb &bogus; &#0; &#x110000; &am<b>p;",
    "UPPER lower MiXeD ÀÉÎ ﬁligature ǅ title-case ŉ ΟΔΟΣ ΣΑΣ Σ",
    "final sigma ΟΔΟΣ\ufeffΑΒ ΟΣ\ufeffǅ &#65;ΟΣ\ufeffΑ: U+FEFF parts words and is case-ignorable",
    "",
    "   ",
    "<p></p><pre><code>def f(x):\n    return x ** 2\n</code></pre><table><tr><td>a|b</td><td>c</td></tr></table>",
]
PIECES = [
    *("a", "Zz", "42", "é", "𝐀", "’", "'", "_", ".", "-", "(", ")", "[", "]", '"', ",", "!", "?", ":", "=", ">", "<"),
    *("<p>", "</p>", "<b>", "</b>", "<br/>", "<a href='x y'>", "&amp;", "&lt;", "&#39;", "&", ";", " ", "  ", "\n"),
    *("\u00a0", "\u2003", "\t", "Σ", "ς", "İ", "K", "<li", "p>", "<<", ">>", "the", "and", "cache", "Caching", "ǅ"),
    *("ﬁ", "\u0301", "🚀", "\u0085", "\ufeff", "\u200b", "x.y", "a_b", "==", "->", "ΟΣ", "ß", "&#x1F680;", "&#65;"),
    *("\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\x0b", "\x0c", "\x1c", "\u180e"),
]


def node_report(tmp_path: Path, index: dict[str, Any], data: bytes, queries: list[str] = QUERIES) -> dict:
    """What compare_prebuilt.js says of the file ``data`` beside buildIndex's index of ``index``."""
    source = tmp_path / "search_index.json"
    source.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "prebuilt.bin").write_bytes(data)
    command = ["node", str(COMPARE), str(source), str(tmp_path / "prebuilt.bin"), *queries]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def compared(tmp_path: Path, index: dict[str, Any], queries: list[str] = QUERIES) -> tuple[PrebuiltIndex, dict]:
    """The prebuilt index of ``index`` (read back from JSON, as the build does), and what node says of it."""
    prebuilt = prebuilt_index(json.loads(json.dumps(index, ensure_ascii=False)))
    return prebuilt, node_report(tmp_path, index, prebuilt.data, queries)


def assert_same_index(tmp_path: Path, index: dict[str, Any]) -> dict:
    prebuilt, report = compared(tmp_path, index)
    assert prebuilt.refused is None
    assert report["loaded"], report
    assert report["difference"] is None, report["difference"]
    assert (report["loadedTerms"], report["loadedPostings"]) == (report["terms"], report["postings"])
    assert (prebuilt.terms, prebuilt.postings) == (report["terms"], report["postings"])
    assert all(query["same"] for query in report["queries"]), report["queries"]
    return report


def document(number: int, text: str, **fields: Any) -> dict[str, Any]:
    return {"location": f"page-{number}/", "title": text[:80], "text": text, "tags": text.split()[:5], **fields}


def test_the_projects_index_is_prebuilt_as_the_browser_builds_it(tmp_path: Path):
    index = json.loads((TESTS / "search" / "search_index.json").read_text(encoding="utf-8"))
    report = assert_same_index(tmp_path, index)
    assert report["terms"] > 500
    assert [query["results"] for query in report["queries"]][:2] != [0, 0]


def test_traps_and_every_test_bank_are_prebuilt_as_the_browser_builds_them(tmp_path: Path):
    texts = [*TRAPS, SEED.read_text(encoding="utf-8")]
    texts += [path.read_text(encoding="utf-8") for path in sorted(BANKS.glob("*.md"))]
    left = []
    docs = []
    for number, text in enumerate(texts):
        doc = document(number, text)
        # A bank in Chinese, Japanese or Korean is left to the browser, alone or among others.
        if prebuilt_index({"config": MATERIAL_CONFIG, "docs": [doc]}).refused:
            left.append(number)
        else:
            docs.append(doc)
            docs.append({**document(number, text), "location": f"page-{number}/#section", "title": text[-60:]})
    # Exactly those with Chinese, Japanese or Korean letters: no trap and no other bank is left out.
    assert left == [n for n, text in enumerate(texts) if CJK_LETTER.search(text)]
    assert len(left) >= 3
    assert len(docs) > 2 * 40
    assert_same_index(tmp_path, {"config": MATERIAL_CONFIG, "docs": docs})


def test_random_text_is_prebuilt_as_the_browser_builds_it(tmp_path: Path):
    """Tags, entities, punctuation, white space, final sigma and astral letters, thrown together."""
    rng = random.Random(14)
    docs = []
    for number in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 24)))
        docs.append(document(number, text))
    report = assert_same_index(tmp_path, {"config": MATERIAL_CONFIG, "docs": docs})
    assert report["postings"] > 10_000


@pytest.mark.parametrize(
    "config",
    [
        {**MATERIAL_CONFIG, "pipeline": []},  # no stop words: "the" and "and" are indexed
        {**MATERIAL_CONFIG, "lang": ["de"]},  # stop words are English only
        {"lang": ["en"], "pipeline": ["stopWordFilter"], "fields": {}},  # the engine's default fields
        {**MATERIAL_CONFIG, "fields": {"text": {"boost": 2.5}, "title": {"boost": 7}, "tags": {}}},
    ],
    ids=["no-stop-words", "german", "default-fields", "other-boosts"],
)
def test_settings_and_boosts_are_prebuilt_as_the_browser_reads_them(tmp_path: Path, config: dict):
    texts = [*TRAPS[:12], "The cache and the caching layer", "and the of", "Cache cache CACHE cached"]
    docs = [document(n, text) for n, text in enumerate(texts)]
    boosts = [0.1, 3, 1e3, 7.25]
    docs += [document(100 + n, text, boost=boosts[n % 4]) for n, text in enumerate(texts)]
    docs.append({"location": "no-fields/", "title": None, "text": "only text &amp; no title"})
    # Sections after their page, a section before any page, a page without a location.
    docs += [{"location": "page-1/#a", "title": "Section a", "text": "cache"}, {"location": "page-1/#a#b", "text": "b"}]
    docs += [{"location": "lone/#x", "title": "Before its page"}, {"location": "lone/", "title": "Its page"}]
    docs += [{"title": "No location", "text": "cache"}, {"location": "#top", "title": "Top"}]
    assert_same_index(tmp_path, {"config": config, "docs": docs})


def test_chinese_japanese_or_korean_text_is_left_to_the_browser(tmp_path: Path):
    """The browser splits such text with Intl.Segmenter, which Python does not have: the file says so,
    loadIndex refuses it and the worker builds the index itself."""
    docs = [document(1, "An English page"), document(2, "进程和线程的区别是什么？")]
    prebuilt, report = compared(tmp_path, {"config": MATERIAL_CONFIG, "docs": docs})
    assert prebuilt.refused == (
        "document 1 (page-2/), field 'title' has Chinese, Japanese or Korean text, which the browser segments"
    )
    assert read_header(prebuilt.data)["refused"] == prebuilt.refused
    assert report["loaded"] is False


@pytest.mark.parametrize(
    ("doc", "why"),
    [
        ({"location": "x/", "title": "Unassigned \u0378 character", "text": ""}, "U+0378, which Python's Unicode"),
        ({"location": "x/", "title": "A lone surrogate &#xD800; in a title", "text": ""}, "a lone surrogate, U+D800"),
        ({"location": "x/", "title": "Tags", "text": "", "tags": [True]}, "field 'tags' is list, not text"),
        ({"location": "x/", "title": 42, "text": ""}, "field 'title' is int, not text"),
    ],
)
def test_what_python_could_read_otherwise_than_javascript_is_left_to_the_browser(doc: dict, why: str):
    refused = prebuilt_index({"config": MATERIAL_CONFIG, "docs": [doc]}).refused
    assert refused is not None and why in refused


@pytest.mark.parametrize(
    "index",
    [
        {"config": MATERIAL_CONFIG, "docs": "not a list"},
        {"config": MATERIAL_CONFIG, "docs": [["a list"]]},
        {"config": ["not", "an", "object"], "docs": []},
        {"config": {"fields": ["title"]}, "docs": []},
    ],
)
def test_an_index_file_of_another_shape_is_left_to_the_browser(index: dict):
    prebuilt = prebuilt_index(index)
    assert prebuilt.refused is not None
    assert read_header(prebuilt.data)["refused"] == prebuilt.refused


def test_a_prebuilt_index_of_other_documents_is_not_loaded(tmp_path: Path):
    """The worker builds the index itself when the file stands for other documents or settings."""
    docs = [document(n, text) for n, text in enumerate(TRAPS[:6])]
    prebuilt = prebuilt_index({"config": MATERIAL_CONFIG, "docs": docs})
    for other in (
        {"config": MATERIAL_CONFIG, "docs": docs[:-1]},  # a document fewer
        {"config": MATERIAL_CONFIG, "docs": [*docs[1:], docs[0]]},  # the same, in another order
        {"config": {**MATERIAL_CONFIG, "pipeline": []}, "docs": docs},  # stop words indexed
    ):
        assert node_report(tmp_path, other, prebuilt.data, [])["loaded"] is False


def test_a_file_cut_short_or_garbled_is_not_loaded(tmp_path: Path):
    """loadIndex gives null, never an exception, so that the worker builds the index itself."""
    index = {"config": MATERIAL_CONFIG, "docs": [document(n, text) for n, text in enumerate(TRAPS[:6])]}
    whole = gzip.decompress(prebuilt_index(index).data)
    header_end = 12 + int.from_bytes(whole[8:12], "little")
    broken = {
        "cut in the header": whole[: header_end - 3],
        "cut in the body": whole[: len(whole) - 5],
        "a byte more": whole + b"\x00",
        "garbled header": whole[:12] + b"{" * (header_end - 12) + whole[header_end:],
        "garbled body": whole[:header_end] + bytes(255 - b for b in whole[header_end:]),
        "empty": b"",
    }
    for why, data in broken.items():
        # node_report fails the test if compare_prebuilt.js throws rather than printing its report.
        assert node_report(tmp_path, index, data, [])["loaded"] is False, why


def test_the_file_is_gzip_the_same_for_the_same_index_and_says_what_it_holds():
    docs = [document(n, text) for n, text in enumerate(TRAPS)]
    first = prebuilt_index({"config": MATERIAL_CONFIG, "docs": docs})
    assert first.data == prebuilt_index({"config": MATERIAL_CONFIG, "docs": docs}).data
    assert first.data[:2] == b"\x1f\x8b"
    assert gzip.decompress(first.data)[:4] == b"QAIX"
    header = read_header(first.data)
    assert header["documents"] == len(docs)
    assert (header["first"], header["last"]) == ("page-0/", f"page-{len(docs) - 1}/")
    assert header["fields"] == ["title", "text", "tags"] and header["stopWords"] is True
    assert (header["terms"], header["postings"]) == (first.terms, first.postings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("functools.lru_cache", ["functools.lru_cache", "functools", "lru_cache", "lru", "cache"]),
        ("What’s what's", ["whats", "whats"]),
        ('line.rstrip("\\n")', ['line.rstrip("\\n', "line", "rstrip", "n"]),
        ("a == b", ["a", "==", "b"]),
        ("(caching) end.", ["caching", "end"]),
        ("v2.0.1 a-b", ["v2.0.1", "v2", "0", "1", "a-b", "a", "b"]),
        ("naïve CAFÉ", ["naïve", "café"]),
        ("--- -> ...", ["->"]),
        ("launch🚀 𝐀𝐁𝐂", ["launch"]),  # a letter outside the BMP is two UTF-16 units, neither a letter alone
    ],
)
def test_words_are_split_as_the_browser_splits_them(text: str, expected: list[str]):
    assert terms(text) == expected
