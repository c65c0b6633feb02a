"""Search that finds every name in every spelling: Material's index and worker, refined after the build.

Material's search is lunr in a web worker, with English rules: it does not fold diacritics, so
"Ha Noi" misses "Hà Nội" and "Tô Lâm" misses "To Lam". Rather than replace it, the dossier
keeps Material's search box, results, suggestions and highlighting, and refines two files that
the build writes:

- ``search/search_index.json`` (:func:`refine_index`): entity pages get an ``aliases`` field
  (name, aliases, short names, native name) with a high boost — only on the entity's own record,
  never copied onto articles, so the index grows with the registry, not with registry × articles;
  every page record gets a ``label`` ("Leader · Viet Nam", "Article · 2025"); the word separator
  also splits at punctuation, so "(Hanoi)" and "Seoul’s" index as "hanoi" and "seoul".
- the page HTML before Material indexes it (:func:`space_blocks`): table cells and definition
  lists get whitespace between them, so an infobox indexes as words, not one glued string.
- the search worker (:func:`patch_worker`): a prelude (``data/search_worker.js``) folds every
  indexed word and every query exactly as :func:`dossier.text.fold` does — the folding tables
  are generated from Python here — reads a query as names and words, widens each name with its
  other spellings (a longer spelling counts only as a whole: "Saigon" finds "Ho Chi Minh City",
  not every page with "city"), ranks the page named by the query first, then pages holding every
  name and word of the query, then pages holding some, and shows the labels.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from array import array
from functools import cache
from pathlib import Path

from dossier.model import Article, Dossier, Entity
from dossier.schema import TYPES_BY_KEY
from dossier.text import _HAND_FOLDED, fold
from dossier.urls import article_uri, page_url

ALIASES = "aliases"
# Above the title (1e3) so any spelling of a name lifts its page; below Material's tags (1e6).
ALIASES_BOOST = 1e4
# Whitespace, dashes and punctuation: "Vietnam–Korea", "(Hanoi)", "Seoul’s" split into words.
# No "|": Material's page highlighter splits the separator at "|".
SEPARATOR = r"[\s\-‐‑‒–—―,.;:!?()\[\]{}\"“”„‘’'«»/\\…·•]+"
PRELUDE_MARKER = "/* dossier-search:"
PRELUDE = Path(__file__).parent / "search_worker.js"


# Block elements whose tags Material's indexer drops without a space: "<td>Type</td><td>City</td>"
# would index as the one word "typecity". Whitespace between block elements does not render.
_BLOCK_END = re.compile(
    r"(</(?:td|th|tr|thead|tbody|table|caption|dt|dd|dl|div|figcaption|figure|aside|nav|section)>)(?=<)"
)


def space_blocks(html: str) -> str:
    """The page HTML with a line break after each block element that another tag follows directly."""
    return _BLOCK_END.sub("\\1\n", html)


def spellings(entity: Entity) -> list[str]:
    """Every way the entity is written, canonical first, one per folded form."""
    names = [
        entity.name,
        *entity.aliases,
        *entity.short_names,
        entity.get("native_name") or "",
    ]
    unique: dict[str, str] = {}
    for name in names:
        if fold(name).strip():
            unique.setdefault(fold(name), name)
    return list(unique.values())


def _year(value: str | None) -> str | None:
    match = re.match(r"\d{4}", value or "")
    return match.group() if match else None


def entity_label(entity: Entity) -> str:
    """What a result is: "Leader · Viet Nam", "Agreement · 2024", or just "Initiative"."""
    kind = TYPES_BY_KEY[entity.type].singular
    detail = entity.get("country") or _year(entity.get("date") or entity.get("start"))
    return f"{kind} · {detail}" if detail else kind


def article_label(article: Article) -> str:
    """ "Article · 2025" by its publication year, else "Article · <outlet>", else "Article"."""
    detail = _year(article.metadata.published) or article.metadata.outlet
    return f"Article · {detail}" if detail else "Article"


def refine_index(index: dict, dossier: Dossier) -> dict:
    """Material's search index with the dossier's separator, alias field and result labels."""
    entities = {page_url(entity.uri): entity for entity in dossier.entities.values()}
    labels = {location: entity_label(entity) for location, entity in entities.items()}
    labels.update(
        {page_url(article_uri(a.slug)): article_label(a) for a in dossier.articles}
    )
    docs = []
    for doc in index["docs"]:
        location = doc["location"]
        if "#" not in location:  # the page's own record; its sections follow it
            doc = dict(doc)
            if location in entities:
                doc[ALIASES] = spellings(entities[location])
            if location in labels:
                doc["label"] = labels[location]
        docs.append(doc)
    config = dict(index["config"])
    config["separator"] = SEPARATOR
    config["fields"] = {**config["fields"], ALIASES: {"boost": ALIASES_BOOST}}
    return {**index, "config": config, "docs": docs}


def _ranges(codepoints: list[int]) -> str:
    """A regular-expression character class (``u`` flag) of the given code points."""
    spans: list[list[int]] = []
    for cp in codepoints:
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return (
        "["
        + "".join(
            f"\\u{{{a:x}}}" + (f"-\\u{{{b:x}}}" if b > a else "") for a, b in spans
        )
        + "]"
    )


def _unicode_blocks(size: int = 4096) -> list[str]:
    """Every character but the surrogates, in strings of ``size`` (decoded from UTF-32 in C: a
    million ``chr`` calls take longer than the rest of the tables together)."""
    blocks = []
    for first in range(0, sys.maxunicode + 1, size):
        points = [
            cp
            for cp in range(first, min(first + size, sys.maxunicode + 1))
            if not 0xD800 <= cp <= 0xDFFF
        ]
        blocks.append(
            array("I", points)
            .tobytes()
            .decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
        )
    return blocks


def _folds_as_lower(block: str) -> bool:
    """True when every character of the block case-folds to its lower case, one character to one:
    then the two whole strings are equal and as long as the block (a block that fails is read
    character by character)."""
    folded, lower = block.casefold(), block.lower()
    return len(folded) == len(block) and folded == lower


@cache
def worker_prelude() -> str:
    """The JavaScript prelude with the folding tables of :mod:`dossier.text` filled in."""
    blocks = _unicode_blocks()
    combining = [
        ord(ch) for block in blocks for ch in block if unicodedata.combining(ch)
    ]
    case_folded = {
        ch: ch.casefold()
        for block in blocks
        if not _folds_as_lower(block)
        for ch in block
        if ch.casefold() != ch.lower()
    }
    hand_folded = {chr(key): value for key, value in _HAND_FOLDED.items()}
    tables = {
        "/*@HAND_FOLDED@*/ {}": json.dumps(hand_folded, ensure_ascii=False),
        "/*@CASE_FOLDED@*/ {}": json.dumps(case_folded, ensure_ascii=True),
        '/*@COMBINING@*/ "[]"': json.dumps(_ranges(combining)),
    }
    source = PRELUDE.read_text(encoding="utf-8")
    for placeholder, value in tables.items():
        if placeholder not in source:
            raise ValueError(f"{PRELUDE}: placeholder {placeholder} is missing")
        source = source.replace(placeholder, value)
    return source


def patch_worker(source: str) -> str:
    """Material's search worker with the prelude in front (once, however often the build runs)."""
    return (
        source
        if source.startswith(PRELUDE_MARKER)
        else worker_prelude() + "\n" + source
    )


def refine_site(site_dir: Path, dossier: Dossier) -> list[str]:
    """Refine the built search index and worker in place; returns what could not be done."""
    index_path = site_dir / "search" / "search_index.json"
    if not index_path.is_file():
        return []  # search is switched off
    index = refine_index(json.loads(index_path.read_text(encoding="utf-8")), dossier)
    index_path.write_text(
        json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    workers = sorted(
        (site_dir / "assets" / "javascripts" / "workers").glob("search.*.js")
    )
    if not workers:
        return [
            f"no Material search worker under {site_dir}/assets/javascripts/workers: search will not fold diacritics"
        ]
    for worker in workers:
        worker.write_text(
            patch_worker(worker.read_text(encoding="utf-8")), encoding="utf-8"
        )
    return []
