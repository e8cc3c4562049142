"""``python -m qabank pages DOCS OUT``: the site's pages as plain Markdown, for an engine without hooks.

Run it with ``hooks/`` on the path: ``PYTHONPATH=hooks python -m qabank pages docs/ OUT/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .model import Severity
from .standalone_pages import export_pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qabank", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    pages = commands.add_parser(
        "pages",
        help="write DOCS to OUT with every bank turned into its topic, question and reading pages",
        description="Copy the docs folder DOCS to OUT with every bank turned into the pages the hook makes "
        "of it (Markdown with front matter), the home page's topic cards, the practice page and index, "
        "and a tags listing, so that a site engine without hooks can build them.",
    )
    pages.add_argument("docs", type=Path, metavar="DOCS", help="the docs folder (docs/)")
    pages.add_argument("out", type=Path, metavar="OUT", help="the folder to write, outside DOCS")
    pages.add_argument("--banks", default="topics", help="folder under DOCS whose Markdown files are banks")
    pages.add_argument("--tags-page", default="tags.md", help="page of DOCS that lists the tags")
    pages.add_argument("--practice-page", default="practice.md", help="page of the practice runs")
    pages.add_argument("--strict", action="store_true", help="exit with status 1 when there is a warning")
    args = parser.parse_args(argv)

    if not args.docs.is_dir():
        parser.error(f"{args.docs} is not a folder")
    try:
        export = export_pages(
            args.docs, args.out, banks_dir=args.banks, tags_page=args.tags_page, practice_src=args.practice_page
        )
    except ValueError as error:
        parser.error(str(error))
    for message in export.messages:
        print(f"{'WARNING' if message.severity is Severity.WARNING else 'INFO':<7} -  {message.text}", file=sys.stderr)
    print(f"wrote {len(export.written)} generated files to {args.out}", file=sys.stderr)
    return 1 if args.strict and export.warnings else 0


if __name__ == "__main__":
    sys.exit(main())
