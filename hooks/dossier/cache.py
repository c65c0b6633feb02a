"""A content-keyed memo for ``mkdocs serve``: a rebuild recomputes only what changed.

A key is the content a result is computed from (file bytes, seed text and metadata, an article
and the matcher's fingerprint), never a path or a time, so a hit is always right. The MkDocs
adapter owns one ContentCache for the life of ``mkdocs serve`` and hands it to each build; the
command line and the tests build without one. Each build starts a new generation: entries that
neither the current nor the previous build used are dropped, so editing a seed over and over
does not grow memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class ContentCache:
    def __init__(self) -> None:
        self._current: dict[str, dict[Hashable, Any]] = {}
        self._previous: dict[str, dict[Hashable, Any]] = {}

    def memo(self, table: str, key: Hashable, compute: Callable[[], T]) -> T:
        """The value stored under key in table, computing and storing it on a miss."""
        current = self._current.setdefault(table, {})
        if key in current:
            return current[key]
        previous = self._previous.get(table, {})
        value = previous.pop(key) if key in previous else compute()
        current[key] = value
        return value

    def new_generation(self) -> None:
        """Called once per build: what the last build did not use is forgotten."""
        self._previous = self._current
        self._current = {}


class NoCache(ContentCache):
    """Computes every time: for one-off builds (command line, tests), which reuse nothing."""

    def memo(self, table: str, key: Hashable, compute: Callable[[], T]) -> T:
        return compute()


def fingerprint(*parts: object) -> str:
    """A short stable digest of values with a deterministic repr (sorted containers)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()
