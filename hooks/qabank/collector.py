"""The cyclic garbage collector, tuned for builds that allocate millions of objects they keep.

The PDF layout (``qabank.pdf``) and the prebuilt search index (``qabank.search_index``) both
make millions of objects that live until the work is done: with Python's default thresholds
(700, 10, 10) the collector runs every 700 allocations and scans the growing heap again and
again, for nothing to collect.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# The thresholds while PDFs are made or the search index is built. In a PDF chunk the collector
# took a fifth to a third of the CPU time (bench/pdf_benchmark.py, README "Large sites: chunks"),
# in the search index of 50,000 questions a third (1.0 of 3.3 s).
LAYOUT_GC_THRESHOLDS = (200_000, 50, 1000)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with :data:`LAYOUT_GC_THRESHOLDS`, then put back the thresholds it had."""
    before = gc.get_threshold()
    gc.set_threshold(*LAYOUT_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


@contextlib.contextmanager
def frozen_for_fork() -> Iterator[None]:
    """Move every object there is to the collector's permanent generation while the block forks
    workers (:func:`gc.freeze`): a worker's collections then never write to the pages it
    shares with its parent, so they stay shared instead of being copied into each worker."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
