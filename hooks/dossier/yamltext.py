"""YAML in and out, by libyaml when present (several times quicker; the same text and errors)."""

from __future__ import annotations

from typing import Any

import yaml

try:
    _FAST_LOADER: type | None = yaml.CSafeLoader
    _DUMPER: type = yaml.CSafeDumper
except AttributeError:  # PyYAML built without libyaml
    _FAST_LOADER, _DUMPER = None, yaml.SafeDumper


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
