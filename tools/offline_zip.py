"""Zip a copy of the site that works when opened from disk (file://), search included.

    .venv/bin/python tools/offline_zip.py                      # writes site-offline.zip
    .venv/bin/python tools/offline_zip.py -o site/site-offline.zip
    .venv/bin/python tools/offline_zip.py --strict   # fails on any warning, as `mkdocs build --strict`
    mkdocs build && .venv/bin/python tools/offline_zip.py --pdfs-from site -o site/site-offline.zip

Builds the project's ``mkdocs.yml`` with changes that make it work from disk
and fetch nothing from the network, at build time or when read:

- Material's ``offline`` plugin: page links end in ``.html`` and the search
  index ships as a script (browsers do not let file:// pages fetch JSON);
- ``navigation.instant`` off (it needs a web server);
- our own worker shim, ``overrides/assets/qa/iframe-worker-shim.js``, instead
  of the one the plugin would load from the internet (browsers refuse to run
  the search worker from file://);
- no web fonts (``theme.font: false``) and no repository link (Material asks
  the GitHub API for its stars and forks);
- emoji shortcodes (``:rocket:``) as the characters themselves, not images
  from a CDN (:mod:`qabank.emoji`);
- no link to the zip on its own home page (``extra.qa.offline_zip: false``).

Everything else is what ``mkdocs build`` makes. ``--pdfs-from SITE`` takes
the PDF editions from a site ``mkdocs build`` has just built instead of laying
them out again. The zip holds one folder; open its ``index.html``. It is the
same byte for byte for the same site and ``SOURCE_DATE_EPOCH`` (every entry
gets that time, or 1980-01-01 without it, and the same permissions).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))
import site_engine  # noqa: E402  (before mkdocs: under ProperDocs it loads properdocs)
from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402
from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.utils.yaml import yaml_load  # noqa: E402
from qabank.emoji import EMOJI_EXTENSION, local_emoji  # noqa: E402

WORKER_SHIM = "assets/qa/iframe-worker-shim.js"

log = site_engine.logger("offline_zip")


def offline_config(config_file: Path, site_dir: Path, *, strict: bool = False) -> MkDocsConfig:
    """The project's configuration, changed to work from disk without network."""
    with open(config_file, encoding="utf-8") as f:
        raw = yaml_load(f)
    theme = dict(raw.get("theme") or {})
    theme["features"] = [f for f in theme.get("features", []) if not str(f).startswith("navigation.instant")]
    theme["font"] = False
    plugins = list(raw.get("plugins") or ["search"])
    if not any((p if isinstance(p, str) else next(iter(p))) in ("offline", "material/offline") for p in plugins):
        plugins.append("offline")
    extra = dict(raw.get("extra") or {})
    extra["polyfills"] = [*extra.get("polyfills", []), WORKER_SHIM]
    extra["qa"] = {**(extra.get("qa") or {}), "offline_zip": False}
    extensions = []
    for entry in raw.get("markdown_extensions") or []:
        if isinstance(entry, dict) and EMOJI_EXTENSION in entry:
            options = dict(entry[EMOJI_EXTENSION] or {})
            if "emoji_generator" in options:
                options["emoji_generator"] = local_emoji(options["emoji_generator"])
            entry = {EMOJI_EXTENSION: options}
        extensions.append(entry)
    config = load_config(
        str(config_file),
        site_dir=str(site_dir),
        strict=strict or None,  # None: mkdocs.yml's own `strict`
        use_directory_urls=False,
        theme=theme,
        plugins=plugins,
        extra=extra,
        markdown_extensions=extensions,
    )
    config.repo_url = None
    config.repo_name = None
    config.edit_uri = None
    return config


def build_offline_site(config_file: Path, site_dir: Path, *, strict: bool = False) -> Path:
    """Build the offline copy of the site into ``site_dir``."""
    config = offline_config(config_file, site_dir, strict=strict)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return site_dir


def _entry_time() -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    stamp = time.gmtime(max(int(epoch), 315532800)) if epoch else time.gmtime(315532800)  # zip starts at 1980
    return stamp[:6]


def zip_folder(folder: Path, output: Path, root: str) -> Path:
    """Zip every file under ``folder`` into ``output``, inside a top folder ``root``, reproducibly:
    entries sorted, all of them with the time of :func:`_entry_time` and mode 644."""
    output.parent.mkdir(parents=True, exist_ok=True)
    when = _entry_time()
    with zipfile.ZipFile(output, "w") as archive:
        for path in sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix()):
            if path.is_file():
                entry = zipfile.ZipInfo(f"{root}/{path.relative_to(folder).as_posix()}", date_time=when)
                entry.external_attr = 0o100644 << 16
                entry.create_system = 3  # Unix, whatever the machine
                archive.writestr(entry, path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return output


def offline_zip(config_file: Path, output: Path, pdfs_from: Path | None = None, *, strict: bool = False) -> Path:
    """Build the offline copy of the site and zip it to ``output``, with the PDFs of ``pdfs_from`` if given."""
    if pdfs_from is not None:
        os.environ["QA_PDF_FROM"] = str(pdfs_from.resolve())
    with tempfile.TemporaryDirectory(prefix="offline-site-") as tmp:
        site = build_offline_site(config_file, Path(tmp) / "site", strict=strict)
        return zip_folder(site, output, output.stem)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("-o", "--output", type=Path, default=Path("site-offline.zip"))
    parser.add_argument("-s", "--strict", action="store_true", help="stop on any warning, as `mkdocs build --strict`")
    parser.add_argument(
        "--pdfs-from", type=Path, default=None, help="a site built by mkdocs build whose PDFs to reuse (e.g. site)"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    logging.getLogger("weasyprint").setLevel(logging.CRITICAL)  # its page-by-page steps; our problems are logged
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    try:
        output = offline_zip(args.config_file.resolve(), args.output.resolve(), args.pdfs_from, strict=args.strict)
    except Abort as error:
        sys.exit(f"error: {error}")
    print(f"wrote {output} ({output.stat().st_size / 1e6:.1f} MB): unzip it and open index.html", file=sys.stderr)


if __name__ == "__main__":
    main()
