"""Content-keyed memo tables that live as long as the process, so ``mkdocs serve`` rebuilds are cheap.

A key is the content a result is computed from (file bytes, seed text and metadata, an article and
the matcher's fingerprint), never a path or a time, so a hit is always right; that is why these
tables may outlive the per-build state the MkDocs adapter resets in ``on_config``. Each build
starts a new generation; entries that neither the current nor the previous build used are dropped,
so editing a seed over and over does not grow memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import yaml

T = TypeVar("T")

_current: dict[str, dict[Hashable, Any]] = {}
_previous: dict[str, dict[Hashable, Any]] = {}

try:
    _FAST_LOADER: type | None = yaml.CSafeLoader
    _DUMPER: type = yaml.CSafeDumper
except AttributeError:  # PyYAML built without libyaml
    _FAST_LOADER, _DUMPER = None, yaml.SafeDumper


def memo(table: str, key: Hashable, compute: Callable[[], T]) -> T:
    """The value stored under key in table, computing and storing it on a miss."""
    current = _current.setdefault(table, {})
    if key in current:
        return current[key]
    previous = _previous.get(table, {})
    value = previous.pop(key) if key in previous else compute()
    current[key] = value
    return value


def new_generation() -> None:
    """Called once per build: what the last build did not use is forgotten."""
    _previous.clear()
    _previous.update(_current)
    _current.clear()


def clear() -> None:
    _current.clear()
    _previous.clear()


def fingerprint(*parts: object) -> str:
    """A short stable digest of values with a deterministic repr (sorted containers)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def dump_yaml(data: Any) -> str:
    """``yaml.safe_dump(data, allow_unicode=True, sort_keys=False)``, by libyaml when present (the
    same text, several times quicker: every generated page has front matter)."""
    return yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` by libyaml when present; on any error the pure-Python loader decides,
    so error messages and line marks are exactly those of ``yaml.safe_load``."""
    if _FAST_LOADER is not None:
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 - CSafeLoader is the safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)
