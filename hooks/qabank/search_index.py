"""The site search's index, built by the site build rather than in each reader's browser.

Our search worker (``overrides/assets/qa/search-engine.js``) builds an inverted index of
``search/search_index.json`` when a page loads: at 50,000 questions that is 0.7 to 0.8 s of
the browser's time before the first result can show. ``prebuilt_index`` builds the same index
here, from the same file, and returns it in a compact binary form that the worker loads in
milliseconds (``loadIndex`` in search-engine.js) instead of building its own.

"The same index" is meant exactly: the terms are the ones search-engine.js's tokenizer gives
(``Tokenizer.terms`` of ``fieldText``), JavaScript's rules reproduced here step for step, and
each posting's score is computed with the same floating-point operations in the same order.
``tests/test_search_prebuilt.py`` holds the two builds equal, posting for posting, in node.
Where the two languages could disagree the index is not prebuilt and the browser builds it
as before (``Refused``): Chinese, Japanese or Korean text (the browser segments it with
``Intl.Segmenter``), characters this Python's Unicode data does not know, lone surrogates,
and field values that are neither text nor lists of text.

The file is compressed with gzip by the build, whatever the server does: GitHub Pages compresses
JSON but not binary files, and at 50,000 questions the index is 4.5 MB, 0.9 MB compressed; the
worker reads it through ``DecompressionStream``. The format inside (little-endian): ``QAIX``, a
uint32 version, a uint32 header length, the header (JSON, UTF-8), then the body the header
describes: the terms (UTF-8, one per line, in JavaScript's sort order, numbered by that order), a
varint stream of each document's distance back to its page (0 for a page), each term's posting
count and each term's document ids as gaps, and each posting's (score, fields) as an index into
the header's ``scores`` table, ``codeBytes`` bytes each.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import struct
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .collector import fewer_collections

MAGIC = b"QAIX"
GZIP_MAGIC = b"\x1f\x8b"
VERSION = 1

# search-engine.js: lunr's English stop words, its default fields, BM25's k1.
_STOP_WORD_LIST = (
    "a able about across after all almost also am among an and any are as at be because been but by can "
    "cannot could dear did do does either else ever every for from get got had has have he her hers him his "
    "how however i if in into is it its just least let like likely may me might most must my neither no nor "
    "not of off often on only or other our own rather said say says she should since so some than that the "
    "their them then there these they this tis to too twas us wants was we were what when where which while "
    "who whom why will with would yet you your"
)
STOP_WORDS = frozenset(_STOP_WORD_LIST.split())
DEFAULT_FIELDS: dict[str, dict[str, float]] = {
    "title": {"boost": 1000},
    "text": {"boost": 1},
    "tags": {"boost": 1000000},
}
K1 = 1.2

# JavaScript's \s: WhiteSpace and LineTerminator (ECMA-262), which is not Python's.
JS_SPACE_CHARACTERS = (
    "\t\n\x0b\x0c\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_JS_SPACES = re.compile(f"[{re.escape(JS_SPACE_CHARACTERS)}]+")

_BLOCK_TAG = re.compile(
    r"</?(?:p|li|ul|ol|dl|dt|dd|pre|table|thead|tbody|tfoot|tr|td|th|caption|h[1-6]|blockquote|div|details|summary"
    r"|figure|figcaption|section|article|aside|nav|header|footer|hr|br)\b[^>]*>",
    re.IGNORECASE | re.ASCII,
)
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(#x[0-9a-f]+|#[0-9]+|[a-z]+[0-9]*);", re.IGNORECASE | re.ASCII)
_NAMED_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\xa0", "hellip": "\u2026"}

_ASCII_WORD = re.compile(r"[a-z0-9]+")
_ASCII_WORD_IN_PUNCTUATION = re.compile(r'[(\["]*[a-z0-9]+[)\]".,;:!?]*')
_ASCII_PUNCTUATION = re.compile(r'[()\[\]".,;:!?]')
_ASCII_DOTTED = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)+")
_DOTTED_SEPARATOR = re.compile(r"[-.]")
_APOSTROPHES = "'\u2018\u2019\u02bc\uff07"
_REMOVE_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)
_UNDERSCORES = re.compile(r"_+")
_OPERATOR = re.compile(r"[=!<>+*/%&|^~:@-]{2,3}")
_OPERATOR_TAIL = re.compile(r"[)\]}\"'\u201d\u2019,.;?]+\Z")
_OPERATOR_LEAD = frozenset("([{\"'\u201c\u2018")
_DASHES = re.compile(r"-+")

# Chinese, Japanese and Korean: blocks holding JavaScript's Script=Han, Hiragana, Katakana and
# Hangul, which search-engine.js segments (wider than those scripts, never narrower, but without
# the ideographic space and fullwidth Latin letters and punctuation); a text with any of them is
# left to the browser.
_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fff\u3001-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\uff66-\uffdc\U00016fe0-\U00016fff\U0001aff0-\U0001b16f\U0001f200\U00020000-\U0003ffff]"
)


class Refused(Exception):
    """The index is left to the browser: why, in words for the build's log."""


@dataclass(frozen=True)
class PrebuiltIndex:
    """``data`` is the file, gzip-compressed (always written: it says why when ``refused``)."""

    data: bytes
    documents: int
    terms: int
    postings: int
    refused: str | None = None


# Code points past these are unassigned, private or variation selectors (marks) in Unicode 14 to 17.
_ASSIGNED_UP_TO = 0x40000
_VARIATION_SELECTORS = range(0xE0100, 0xE01F0)


@functools.cache
def _classes() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Letters, numbers and marks (JavaScript's ``[\\p{L}\\p{N}\\p{M}]``) from this Python's Unicode data:
    the part separator, inner punctuation, and the word characters of one UTF-16 code unit."""
    codes = [*range(_ASSIGNED_UP_TO), *_VARIATION_SELECTORS]
    word = [code for code in codes if unicodedata.category(chr(code))[0] in "LNM"]
    word_class = _ranges(word)
    separator = re.compile(f"[^{word_class}_{_APOSTROPHES}]+")
    inner = re.compile(f"[^{word_class}{_APOSTROPHES}]")
    return separator, inner, frozenset(chr(c) for c in word if c <= 0xFFFF)


@functools.lru_cache(maxsize=65536)
def _left_to_the_browser(ch: str) -> str | None:
    """Why a character keeps the index from being prebuilt, or None."""
    if _CJK.match(ch):
        return "Chinese, Japanese or Korean text, which the browser segments"
    category = unicodedata.category(ch)
    if category == "Cs":
        return f"a lone surrogate, U+{ord(ch):04X}"
    if category == "Cn":
        return f"U+{ord(ch):04X}, which Python's Unicode {unicodedata.unidata_version} does not know"
    return None


def _ranges(codes: list[int]) -> str:
    out, start, previous = [], None, None
    for code in [*codes, -2]:
        if start is not None and code == previous + 1:
            previous = code
            continue
        if start is not None:
            out.append(_escaped(start) if start == previous else f"{_escaped(start)}-{_escaped(previous)}")
        start = previous = code
    return "".join(out)


def _escaped(code: int) -> str:
    return f"\\U{code:08x}"


# -- search-engine.js's text and words, step for step --------------------------------------------


def _decode_entities(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name[0] == "#":
            code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
            return chr(code) if 0 < code < 0x110000 else match.group(0)
        return _NAMED_ENTITIES.get(name.lower(), match.group(0))

    return _ENTITY.sub(one, text)


def _js_trim(text: str) -> str:
    return text.strip(JS_SPACE_CHARACTERS)


def plain_text(html: str) -> str:
    """search-engine.js ``plainText``: a title's text."""
    return _js_trim(_JS_SPACES.sub(" ", _decode_entities(_TAG.sub("", html))))


def _tag_text(tag: str) -> str:
    return _js_trim(_JS_SPACES.sub(" ", tag))


def field_text(name: str, value: str | list[str]) -> str:
    """search-engine.js ``fieldText``: the text of one field of a document."""
    if isinstance(value, list):
        return " ".join(_tag_text(tag) for tag in value)
    if name != "text":
        return plain_text(value)
    text = _TAG.sub("", _BLOCK_TAG.sub(" ", value))
    return _decode_entities(text) if "&" in text else text


def _trimmed(word: str, word_characters: frozenset[str]) -> str:
    """search-engine.js ``trimmedBounds``: the word without what is not a letter, number or mark at either
    end, tested one UTF-16 unit at a time: a character outside the BMP (two surrogates) is neither."""
    start, end = 0, len(word)
    while start < end and word[start] not in word_characters:
        start += 1
    while end > start and word[end - 1] not in word_characters:
        end -= 1
    return word[start:end]


def _normalise(word: str) -> str:
    return word.lower().translate(_REMOVE_APOSTROPHES)


def _chunk(chunk: str, out: list[str]) -> None:
    """search-engine.js ``Tokenizer.chunk`` without places, for text with no CJK."""
    separator, inner, word_characters = _classes()
    word = _trimmed(chunk, word_characters)
    if not word:
        start = next((i for i, ch in enumerate(chunk) if ch not in _OPERATOR_LEAD), -1)
        if start < 0:
            return
        operator = _OPERATOR_TAIL.sub("", chunk[start:])
        if _OPERATOR.fullmatch(operator) and not _DASHES.fullmatch(operator):
            out.append(operator)
        return
    out.append(_normalise(word))
    if not inner.search(word):
        return
    parts = [part for part in separator.split(word) if part]
    for part in parts:
        text = _trimmed(part, word_characters)
        if not text:
            continue
        if len(parts) > 1:
            out.append(_normalise(text))
        if "_" not in text:
            continue
        for piece in _UNDERSCORES.split(text):
            trimmed = _trimmed(piece, word_characters)
            if trimmed:
                out.append(_normalise(trimmed))


def _chunk_terms(lower: str, out: list[str]) -> None:
    if _ASCII_WORD.fullmatch(lower):
        out.append(lower)
    elif _ASCII_WORD_IN_PUNCTUATION.fullmatch(lower):
        out.append(_ASCII_PUNCTUATION.sub("", lower))
    elif _ASCII_DOTTED.fullmatch(lower):
        out.append(lower)
        out.extend(_DOTTED_SEPARATOR.split(lower))
    else:
        _chunk(lower, out)


def terms(text: str, known: dict[str, list[str]] | None = None) -> list[str]:
    """search-engine.js ``Tokenizer.terms``: the index terms of a text, in order (no CJK: see ``Refused``).

    ``known`` keeps the terms of each chunk read so far, for a caller that reads many texts."""
    out: list[str] = []
    if known is None:
        known = {}
    for chunk in _JS_SPACES.split(text):
        found = known.get(chunk)
        if found is None:
            found = known[chunk] = []
            if chunk:
                _chunk_terms(chunk.lower(), found)
        out += found
    return out


# -- the index ------------------------------------------------------------------------------------


def _checked_value(value: Any, where: str) -> str | list[str]:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) or _is_safe_integer(v) for v in value):
        return [str(v) for v in value]
    raise Refused(f"{where} is {type(value).__name__}, not text")


def _checked_text(text: str, where: str) -> str:
    if text.isascii():
        return text
    for ch in set(text):
        why = ch > "\x7f" and _left_to_the_browser(ch)
        if why:
            raise Refused(f"{where} has {why}")
    return text


def _is_safe_integer(value: Any) -> bool:
    """An integer JavaScript's String() writes as Python's str() does."""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _js_sort_key(term: str) -> bytes:
    return term.encode("utf-16-be")


def prebuilt_index(index: Mapping[str, Any]) -> PrebuiltIndex:
    """The binary prebuilt index of a parsed ``search_index.json`` (``{"config": ..., "docs": [...]}``)."""
    docs = index.get("docs") or []
    try:
        config = index.get("config") or {}
        if not isinstance(docs, list) or not all(isinstance(doc, Mapping) for doc in docs):
            raise Refused("its documents are not a list of objects")
        if not isinstance(config, Mapping) or not isinstance(config.get("fields") or {}, Mapping):
            raise Refused("its config is not an object of fields")
        with fewer_collections():
            return _prebuilt(config, docs)
    except Refused as why:
        count = len(docs) if isinstance(docs, list) else 0
        header = {"version": VERSION, "documents": count, "refused": str(why)}
        return PrebuiltIndex(_file(header, b""), count, 0, 0, str(why))


def _prebuilt(config: Mapping[str, Any], docs: list[Mapping[str, Any]]) -> PrebuiltIndex:
    fields = config.get("fields") or DEFAULT_FIELDS
    names = list(fields)
    boosts = [
        fields[name]["boost"] if isinstance(fields[name], Mapping) and _is_number(fields[name].get("boost")) else 1
        for name in names
    ]
    lang = config.get("lang")
    languages = lang if isinstance(lang, list) and lang else ["en"]
    stop_words = "stopWordFilter" in (config.get("pipeline") or []) and "en" in languages
    skipped = STOP_WORDS if stop_words else frozenset()

    locations = [_location(doc) for doc in docs]
    ids_of: dict[str, list[int]] = {}
    codes_of: dict[str, list[int]] = {}
    table: dict[tuple[float, int], int] = {}  # each (score, fields) of a posting, numbered
    known: dict[str, list[str]] = {}
    for number, doc in enumerate(docs):
        boost = doc["boost"] if _is_number(doc.get("boost")) else 1
        scores: dict[str, list[Any]] = {}
        for bit, name in enumerate(names):
            value = doc.get(name)
            if value is None:
                continue
            where = f"document {number} ({locations[number] or 'the home page'}), field {name!r}"
            counts = Counter(terms(_checked_text(field_text(name, _checked_value(value, where)), where), known))
            field_boost = boost * boosts[bit]
            for term, count in counts.items():
                if term in skipped:
                    continue
                score = (field_boost * count * (K1 + 1)) / (count + K1)
                entry = scores.get(term)
                if entry is None:
                    scores[term] = [0 + score, 1 << bit]
                else:
                    entry[0] += score
                    entry[1] |= 1 << bit
        for term, (score, bits) in scores.items():
            code = table.setdefault((score, bits), len(table))
            ids = ids_of.get(term)
            if ids is None:
                ids_of[term] = [number]
                codes_of[term] = [code]
            else:
                ids.append(number)
                codes_of[term].append(code)

    sorted_terms = sorted(ids_of, key=_js_sort_key)
    if any("\n" in term for term in sorted_terms):  # cannot be: terms come from text split at white space
        raise Refused("a term holds a line break")
    counts_and_gaps = _varints(_page_distances(locations))
    counts_and_gaps += _varints([len(ids_of[term]) for term in sorted_terms])
    codes: list[int] = []
    for term in sorted_terms:
        ids = ids_of[term]
        counts_and_gaps += _varints([ids[0], *(b - a for a, b in zip(ids, ids[1:], strict=False))])
        codes += codes_of[term]
    width = 1 if len(table) <= 0x100 else 2 if len(table) <= 0x10000 else 4
    code_bytes = bytes(codes) if width == 1 else struct.pack(f"<{len(codes)}{'H' if width == 2 else 'I'}", *codes)
    term_bytes = "\n".join(sorted_terms).encode("utf-8")
    header = {
        "version": VERSION,
        "documents": len(docs),
        "first": locations[0] if docs else "",
        "last": locations[-1] if docs else "",
        "fields": names,
        "stopWords": stop_words,
        "terms": len(sorted_terms),
        "postings": len(codes),
        "termBytes": len(term_bytes),
        "varintBytes": len(counts_and_gaps),
        "codeBytes": width,
        "scores": [[score, bits] for score, bits in table],
    }
    body = term_bytes + bytes(counts_and_gaps) + code_bytes
    return PrebuiltIndex(_file(header, body), len(docs), len(sorted_terms), len(codes))


_MISSING = object()


def _location(doc: Mapping[str, Any]) -> str:
    """JavaScript's ``String(doc.location)``."""
    location = doc.get("location", _MISSING)
    if location is _MISSING:
        return "undefined"
    if location is None:
        return "null"
    if isinstance(location, str) or _is_safe_integer(location):
        return str(location)
    raise Refused(f"a document's location is {type(location).__name__}, not text")


def _page_distances(locations: list[str]) -> list[int]:
    """Each document's distance back to its page's document, 0 for a page (search-engine.js
    ``addDocument``, as Material: the first document of a page is the page, later ones its sections)."""
    by_location: dict[str, int] = {}
    out = []
    for number, location in enumerate(locations):
        page = location.split("#", 1)[0]
        parent = by_location.get(page, -1)
        by_location[page if parent == -1 else location] = number
        out.append(0 if parent == -1 else number - parent)
    return out


def _varints(values: list[int]) -> bytearray:
    if not values or max(values) < 0x80:
        return bytearray(values)
    out = bytearray()
    for value in values:
        while value >= 0x80:
            out.append((value & 0x7F) | 0x80)
            value >>= 7
        out.append(value)
    return out


def _file(header: Mapping[str, Any], body: bytes) -> bytes:
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    # mtime 0: the same index gives the same file (SOURCE_DATE_EPOCH builds are byte for byte).
    return gzip.compress(MAGIC + struct.pack("<II", VERSION, len(head)) + head + body, compresslevel=6, mtime=0)


def read_header(data: bytes) -> dict[str, Any]:
    """The header of a prebuilt index file (for tests and tools)."""
    if data[:2] == GZIP_MAGIC:
        data = gzip.decompress(data)
    if data[:4] != MAGIC:
        raise ValueError("not a prebuilt search index")
    version, length = struct.unpack_from("<II", data, 4)
    if version != VERSION:
        raise ValueError(f"prebuilt search index version {version}, this reads {VERSION}")
    return json.loads(data[12 : 12 + length].decode("utf-8"))
