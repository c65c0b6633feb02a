"""The view pages (timeline, map, network) and the documentation page of the JSON export.

The network graph is drawn in the browser from /api/entities.json and /api/relations.json
(docs/assets/javascripts/views/network.js); the page itself carries the same relations as
tables, which work without script, for keyboard and screen-reader users and for print.
The markup is in ``templates/views_*.html``; this module gathers what they print.
"""

from __future__ import annotations

import json
import posixpath
from typing import NamedTuple

from markupsafe import Markup

from dossier import schema
from dossier.model import Dossier, Entity, Relation
from dossier.render.maps import map_page
from dossier.render.page import RenderedPage
from dossier.render.templates import render
from dossier.render.timeline import Ref, entity_ref, timeline_page
from dossier.urls import API_DIR, page_url

NETWORK_URI = "network.md"
API_URI = f"{API_DIR}/index.md"
TYPED_ROWS = 1000  # links listed in the page's tables; beyond these, relations.json and each entity's page have them all
SHARED_ROWS = 500


def data_href(from_uri: str, name: str) -> str:
    return posixpath.relpath(f"{API_DIR}/{name}", page_url(from_uri) or ".")


class TypeCount(NamedTuple):
    """An entity type the dossier has, for the network's filters."""

    key: str
    plural: str
    count: int


class Link(NamedTuple):
    """A row of the network's tables: two entities and what joins them."""

    types: str  # the two ends' types, for the filters: "leaders cities"
    source: Ref
    target: Ref
    label: str | int  # the relation's label, or the passages the pair shares


def type_counts(dossier: Dossier) -> list[TypeCount]:
    return [
        TypeCount(t.key, t.plural, count)
        for t in schema.TYPES
        if (count := len(dossier.registry.of_type(t.key)))
    ]


def typed_links(dossier: Dossier) -> list[Link]:
    """The typed relations the tables list (see ``_most_named``), sorted by name."""
    entities = dossier.entities
    typed = _most_named(dossier, dossier.relations, TYPED_ROWS)
    typed.sort(
        key=lambda r: (
            entities[r.source].name.casefold(),
            r.label,
            entities[r.target].name.casefold(),
        )
    )
    return [_link(entities[r.source], entities[r.target], r.label) for r in typed]


def shared_pairs(dossier: Dossier) -> list[tuple[tuple[str, str], int]]:
    """Every pair named in the same passage, with how often: most often first."""
    entities = dossier.entities
    return sorted(
        {
            tuple(sorted((a, b))): n
            for a, counter in dossier.shared.items()
            for b, n in counter.items()
        }.items(),
        key=lambda item: (
            -item[1],
            entities[item[0][0]].name.casefold(),
            entities[item[0][1]].name.casefold(),
        ),
    )


def _link(source: Entity, target: Entity, label: str | int) -> Link:
    return Link(
        f"{source.type} {target.type}",
        entity_ref(NETWORK_URI, source),
        entity_ref(NETWORK_URI, target),
        label,
    )


def _most_named(
    dossier: Dossier, relations: list[Relation], limit: int
) -> list[Relation]:
    """At most ``limit`` relations, those whose two ends the articles name most."""
    if len(relations) <= limit:
        return list(relations)
    named = {slug: len(mentions) for slug, mentions in dossier.by_entity.items()}
    return sorted(
        relations, key=lambda r: -(named.get(r.source, 0) + named.get(r.target, 0))
    )[:limit]


def network_page(dossier: Dossier) -> RenderedPage:
    """The graph's frame, filters and data links, then its links as tables (which are kept out
    of the search index, where hundreds of bare names would drown real results).

    A large dossier lists the typed links between its most-named entities and the pairs named
    together most often (the page stays light); the note under each heading says where the
    rest are.
    """
    entities = dossier.entities
    pairs = shared_pairs(dossier)
    co = [_link(entities[a], entities[b], n) for (a, b), n in pairs[:SHARED_ROWS]]
    markdown = render(
        "views_network.html",
        entities=len(entities),
        types=type_counts(dossier),
        entities_href=data_href(NETWORK_URI, "entities.json"),
        relations_href=data_href(NETWORK_URI, "relations.json"),
        relations=len(dossier.relations),
        typed=typed_links(dossier),
        pairs=len(pairs),
        co=co,
    )
    meta = {
        "title": "Network",
        "description": "How the people, places, agreements and events of the Korea–Vietnam Dossier connect",
        "dossier_type": "view",
    }
    return RenderedPage(NETWORK_URI, str(markdown), meta)


def _sample(document: dict, key: str) -> Markup:
    """The first record of a data file, pretty-printed, as an example. It is printed in a
    fenced code block, which shows it as it is: escaping it would print ``&quot;``."""
    records = document[key]
    return Markup(
        json.dumps(records[0], ensure_ascii=False, indent=2, sort_keys=True)
        if records
        else "{}"
    )


FILE_DOCS = (
    (
        "entities.json",
        "entities",
        "every curated entity: `slug`, `type`, `name`, `aliases`, `short_names`, `fields` (the front matter: "
        "dates, coordinates `[lat, lon]`, references by slug…), `url`, `articles` and `mentions` counts, `source` file",
    ),
    (
        "articles.json",
        "articles",
        "every source article: `slug`, `title`, `url`, `published`, `outlet`, `author`, `source_url`, `seed` file, "
        "its `passages` (`anchor`, `kind`, `url`) and the `entities` it names",
    ),
    (
        "mentions.json",
        "mentions",
        "every name found in an article: `entity`, `article`, paragraph `anchor` and its `url`, "
        "the character span `start`–`end` in the passage and the matched `text`",
    ),
    (
        "relations.json",
        "typed",
        "`typed`: links stated in the entity files (`source`, `target`, `label`, `inverse`); "
        "`co_mentions`: pairs named in the same passage (`source`, `target`, `passages`)",
    ),
)


def api_page(dossier: Dossier) -> RenderedPage:
    """Documentation of the JSON files, in Markdown (templates/views_api.html)."""
    data = {
        name.rsplit("/", 1)[1]: document
        for name, document in dossier.index.api_documents.items()
    }
    markdown = render(
        "views_api.html",
        files=[(name, about, len(data[name][key])) for name, key, about in FILE_DOCS],
        version=data["entities.json"]["version"],
        entity=_sample(data["entities.json"], "entities"),
        mention=_sample(data["mentions.json"], "mentions"),
    )
    description = "The Korea–Vietnam Dossier's data as JSON files: entities, articles, mentions, relations"
    meta = {
        "title": "Open data (API)",
        "description": description,
        "dossier_type": "view",
    }
    return RenderedPage(API_URI, str(markdown), meta)


def view_pages(dossier: Dossier) -> list[RenderedPage]:
    return [
        timeline_page(dossier),
        map_page(dossier),
        network_page(dossier),
        api_page(dossier),
    ]
