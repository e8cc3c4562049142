"""Split the vendored Snowball stemmers into one script per algorithm, for the search worker.

    .venv/bin/python tools/split_stemmers.py           # writes vendor/snowball-stemmers/<algorithm>.js
    .venv/bin/python tools/split_stemmers.py --check   # fails if a file differs from what it would write

``snowball-stemmers.js`` (the npm package's file, unchanged) holds the stemmers of
all 24 algorithms, 850 KB; the search worker needs the one of the site's
language. Each ``<algorithm>.js`` is the package's file with the other
algorithms' classes left out: the same runtime (``SnowballProgram`` and its
helpers) and the same class, byte for byte, and a ``newStemmer``/``algorithms``
that know this one algorithm. Run it after every update of the package
(``UPDATE.md``); ``tests/test_search_stemmers.py`` checks that the files are
what it writes and ``tests/js/search-engine.test.js`` that they stem as the
whole file does.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "overrides" / "assets" / "qa" / "vendor" / "snowball-stemmers"
SOURCE = "snowball-stemmers.js"

_CLASS = re.compile(
    r"^    var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{\n.*?^    \}\(SnowballStemmer\);\n\n", re.M | re.S
)
_FACTORY = re.compile(
    r"^    function newStemmer\(lng\) \{\n        var stemMap = \{\n(?: {12}\w+: \w+Stemmer,?\n)+ {8}\};\n", re.M
)
_ALGORITHMS = re.compile(r"^(    function algorithms\(\) \{\n        return )\[[^\]]*\];\n", re.M)


def split(source: str) -> dict[str, str]:
    """Each algorithm's script, by algorithm name, from the text of ``snowball-stemmers.js``."""
    classes = list(_CLASS.finditer(source))
    factory = _FACTORY.search(source)
    if not classes or factory is None or not _ALGORITHMS.search(source):
        raise ValueError(f"{SOURCE}: not the layout this script knows (see UPDATE.md)")
    head, tail = source[: classes[0].start()], source[classes[-1].end() :]
    if source[classes[0].start() : classes[-1].end()] != "".join(c.group(0) for c in classes):
        raise ValueError(f"{SOURCE}: something other than stemmer classes between them")
    out = {}
    for found in classes:
        name = found.group(1)
        one_map = "".join(
            [
                "    function newStemmer(lng) {\n",
                "        var stemMap = {\n",
                f"            {name}: {name}Stemmer\n",
                "        };\n",
            ]
        )
        rest = _ALGORITHMS.sub(lambda m, name=name: f"{m.group(1)}['{name}'];\n", _FACTORY.sub(one_map, tail))
        banner = f"/* The {name} stemmer of {SOURCE}, alone: written by tools/split_stemmers.py (UPDATE.md). */\n"
        out[name] = banner + head + found.group(0) + rest
    return out


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; fail if a file is not what it would be")
    args = parser.parse_args()
    scripts = split((FOLDER / SOURCE).read_text(encoding="utf-8"))
    stale = [name for name, text in scripts.items() if _read(FOLDER / f"{name}.js") != text]
    if args.check:
        if stale:
            sys.exit(f"out of date, run tools/split_stemmers.py: {', '.join(sorted(stale))}")
        return
    for name in stale:
        (FOLDER / f"{name}.js").write_text(scripts[name], encoding="utf-8")
    print(f"{len(scripts)} stemmers in {FOLDER}, {len(stale)} written")


if __name__ == "__main__":
    main()
