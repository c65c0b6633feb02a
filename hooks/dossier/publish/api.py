"""The dossier as open data: the JSON files published under ``/api/``.

Each file is a document of the derived index (``dossier.derive.api_documents``), serialised with sorted keys, a fixed order of
records and no timestamps, so two builds of the same inputs are byte-identical. The site's
own views (network, map data) read these files, so the published data is what the site shows.
"""

from __future__ import annotations

import json
from typing import Any

from dossier.model import Dossier


def to_json(data: dict[str, Any]) -> str:
    """Keys sorted, no timestamps; each record of a list on a line of its own. Records are written
    one at a time by the C encoder: an indented whole goes through the pure-Python one, many times
    slower on files of megabytes."""
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
    fields = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, list) and value:
            records = ",\n".join(f"  {encode(item)}" for item in value)
            fields.append(f" {encode(key)}: [\n{records}\n ]")
        else:
            fields.append(f" {encode(key)}: {encode(value)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def api_files(dossier: Dossier) -> dict[str, str]:
    """``{"api/entities.json": text, …}``: every published data file, in a fixed order."""
    return {
        name: to_json(document)
        for name, document in dossier.index.api_documents.items()
    }
