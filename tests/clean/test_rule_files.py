"""The cleaner's rule files: a key written twice would silently replace the first."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

CLEAN = Path(__file__).resolve().parents[2] / "hooks" / "dossier" / "clean"


class _KeysLoader(yaml.SafeLoader):
    """Collects every mapping's repeated keys while loading."""

    repeated: list[str]


def _mapping(loader: _KeysLoader, node: yaml.MappingNode, deep: bool = False):
    keys = [loader.construct_object(key) for key, _ in node.value]
    loader.repeated += [k for k, n in Counter(keys).items() if n > 1]
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_KeysLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("name", ["clutter.yml", "outlets.yml"])
def test_no_key_is_written_twice(name):
    loader = _KeysLoader((CLEAN / name).read_text(encoding="utf-8"))
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.repeated == []
