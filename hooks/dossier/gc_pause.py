"""Garbage-collector control for the build: the pipeline makes millions of acyclic objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """The pipeline makes a few million small objects with no reference cycles (tokens, mentions,
    page text), which reference counting frees; meanwhile the cyclic collector would walk every
    live object again and again, MkDocs' included. It runs again as soon as the dossier is built;
    the dossier itself, kept until the build ends, is then moved out of its sight (``gc.freeze``),
    as otherwise every collection while MkDocs renders the pages walks it all again: seconds for
    thousands of articles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
