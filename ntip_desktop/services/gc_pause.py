"""Pausing Python's cyclic garbage collector around work that makes many objects that form no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (reference counting still frees everything).

    A county's year of awards, a month's package or a batch of a thousand certificates makes hundreds of
    thousands of small objects that form no cycles; left on, the collector walks them over and over for
    nothing, and each full pass stops every thread, the GUI thread too (bench/bench_certificates.py saw
    pauses of 0.2-0.6 s in a batch). Nested use is fine: the collector is turned back on only by the block
    that turned it off.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
