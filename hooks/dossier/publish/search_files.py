"""The small files the search box and the link previews read, written after each build.

- the names (``search/names/<c>.json``): every spelling of every entity under its folded words,
  with its token (``search_index.token``), one shard per first letter, so a
  query loads only the letters its words start with; ``index.json`` lists the shards;
- one card per entity for link previews (``previews/<type>/<slug>.json``): name, native name,
  label, role or kind, one line of description, a few hundred bytes;
- ``search/fold.js``: :func:`dossier.text.fold` in JavaScript (``search_fold.py``).
"""

from __future__ import annotations

import json
import re

from dossier.model import Dossier, Entity
from dossier.publish.search_fold import FOLD_MODULE, fold_module
from dossier.publish.search_index import (
    TOKEN_DIGITS,
    TOKEN_PREFIX,
    article_fields,
    entity_label,
    entity_order,
    entity_tokens,
    spellings,
    words,
)
from dossier.text import sentences
from dossier.urls import page_url

NAMES_DIR = "search/names"  # <shard>.json and index.json
PREVIEWS_DIR = "previews"  # <type>/<slug>.json
DESCRIPTION_LIMIT = 160  # characters of a preview's one line
_TAG = re.compile(r"<[^>]*>")


def shard_of(key: str) -> str:
    """The names file a folded name is in: its first letter, or ``_`` for any other first character."""
    first = key[:1]
    return first if first.isascii() and first.isalnum() else "_"


def name_files(dossier: Dossier) -> dict[str, str]:
    """``search/names/index.json`` (the shards, the entity count, the token pattern) and one file
    per shard: ``{"names": {folded name: [token…]}, "entities": {token: [spelling…]},
    "longest": words in its longest name}``."""
    tokens = entity_tokens(dossier)
    shards: dict[str, dict] = {}
    for entity in entity_order(dossier):
        token = tokens[entity.slug]
        names = spellings(entity)
        for name in names:
            key = words(name)
            if not key:
                continue
            shard = shards.setdefault(
                shard_of(key), {"names": {}, "entities": {}, "longest": 1}
            )
            owners = shard["names"].setdefault(key, [])
            if token not in owners:
                owners.append(token)
            shard["entities"][token] = names
            shard["longest"] = max(shard["longest"], key.count(" ") + 1)
    files = {
        f"{NAMES_DIR}/index.json": _json(
            {
                "entities": len(dossier.entities),
                "shards": sorted(shards),
                "dated": sum(1 for a in dossier.articles if article_fields(a).sorts),
                "token": TOKEN_PREFIX,
                "digits": TOKEN_DIGITS,
            }
        )
    }
    for letter, shard in sorted(shards.items()):
        files[f"{NAMES_DIR}/{letter}.json"] = _json(shard)
    return files


def one_line(entity: Entity) -> str:
    """The entity's description, else the first sentence of its summary, in at most a line."""
    text = entity.get("description") or ""
    if not text and entity.body:
        prose = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", _TAG.sub(" ", entity.body))
        prose = " ".join(re.sub(r"[*_`#>]+", " ", prose).split())
        spans = sentences(prose)
        text = prose[spans[0][0] : spans[0][1]] if spans else prose
    text = " ".join(str(text).split())
    if len(text) > DESCRIPTION_LIMIT:
        text = text[: DESCRIPTION_LIMIT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


def preview(entity: Entity) -> dict[str, str]:
    """What a link preview shows: name, native name, label, role or kind, one line."""
    card = {
        "name": entity.name,
        "native": entity.get("native_name") or "",
        "label": entity_label(entity),
        "detail": str(entity.get("role") or entity.get("kind") or ""),
        "description": one_line(entity),
        "url": page_url(entity.uri),
    }
    return {key: value for key, value in card.items() if value}


def preview_files(dossier: Dossier) -> dict[str, str]:
    return {
        f"{PREVIEWS_DIR}/{entity.type}/{entity.slug}.json": _json(preview(entity))
        for entity in entity_order(dossier)
    }


def search_files(dossier: Dossier) -> dict[str, str]:
    """Every file the search box and the previews read, by path under the site."""
    return {
        FOLD_MODULE: fold_module(),
        **name_files(dossier),
        **preview_files(dossier),
    }


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
