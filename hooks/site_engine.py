"""The site engine: MkDocs 1.6, or ProperDocs 1.6, its maintained drop-in fork.

ProperDocs' command line makes every ``mkdocs.*`` import load the matching ``properdocs.*``
module (``properdocs.replacement``), so the hooks, Material and awesome-pages import ``mkdocs``
under either engine. A program that builds from Python (the tests, ``tools/offline_zip.py``)
imports this module before anything else of ``mkdocs``: it puts the same alias in place when
MkDocs is not installed, or when ``QA_ENGINE=properdocs`` asks for ProperDocs beside it.
An engine already loaded (the command that runs the build) is always the one used.

``--strict`` counts the warnings of the engine's own logger (``properdocs`` under ProperDocs'
``build()`` called from Python, which does not count ``mkdocs``), so log under ``logger()``.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from types import ModuleType

ENGINES = ("mkdocs", "properdocs")


def _load() -> ModuleType:
    running = sys.modules.get("mkdocs")  # under `properdocs build` this is already the properdocs module
    if running is None:
        wanted = os.environ.get("QA_ENGINE", "").strip().lower()
        if not wanted:
            wanted = "mkdocs" if importlib.util.find_spec("mkdocs") is not None else "properdocs"
        if wanted not in ENGINES:
            raise ImportError(f"QA_ENGINE is {wanted!r}; use one of {', '.join(map(repr, ENGINES))}")
        if wanted == "properdocs":
            import properdocs.replacement  # noqa: F401  (aliases mkdocs.* to properdocs.*)
    import mkdocs

    return mkdocs


_engine = _load()
NAME: str = _engine.__name__
"""``mkdocs`` or ``properdocs``: the engine in use, and the root of the loggers its ``--strict`` counts."""
VERSION: str = _engine.__version__


def logger(name: str) -> logging.Logger:
    """The logger ``name`` under the engine's own logger, whose warnings fail ``--strict``."""
    return logging.getLogger(f"{NAME}.{name}")
