"""The cleaner's rule files: a key written twice would silently replace the first, and a
name the code relies on must be there."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from dossier.clean import evidence
from dossier.clean.metadata import outlets

CLEAN = Path(__file__).resolve().parents[2] / "hooks" / "dossier" / "clean"


class _KeysLoader(yaml.SafeLoader):
    """Collects every mapping's repeated keys while loading."""

    repeated: list[str]


def _mapping(loader: _KeysLoader, node: yaml.MappingNode, deep: bool = False):
    keys = [loader.construct_object(key) for key, _ in node.value]
    loader.repeated += [k for k, n in Counter(keys).items() if n > 1]
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_KeysLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("name", ["clutter.yml", "outlets.yml", "../countries.yml"])
def test_no_key_is_written_twice(name):
    loader = _KeysLoader((CLEAN / name).read_text(encoding="utf-8"))
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    assert loader.repeated == []


@pytest.mark.parametrize(
    "name", sorted(evidence.WIRE_AGENCIES | evidence.CARRIERS | {"Vietnam News Agency"})
)
def test_every_outlet_the_evidence_names_is_an_outlet_of_outlets_yml(name):
    # a name renamed in outlets.yml would otherwise never match again, silently
    assert outlets().find(name) == name
