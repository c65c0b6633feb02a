"""The view pages (timeline, map, network) and the documentation page of the JSON export.

The network graph is drawn in the browser from /api/entities.json and /api/relations.json
(docs/assets/javascripts/views/network.js); the page itself carries the same relations as
tables, which work without script, for keyboard and screen-reader users and for print.
"""

from __future__ import annotations

import json
import posixpath

from dossier import schema
from dossier.model import Dossier, Relation
from dossier.render.maps import map_page
from dossier.render.page import RenderedPage, entity_link, esc
from dossier.render.timeline import timeline_page
from dossier.urls import API_DIR, page_url

NETWORK_URI = "network.md"
API_URI = f"{API_DIR}/index.md"
TYPED_ROWS = 1000  # links listed in the page's tables; beyond these, relations.json and each entity's page have them all
SHARED_ROWS = 500


def data_href(from_uri: str, name: str) -> str:
    return posixpath.relpath(f"{API_DIR}/{name}", page_url(from_uri) or ".")


def _checkbox(name: str, value: str, label: str) -> str:
    swatch = f'<span class="dossier-swatch dossier-swatch--{value}"></span>'
    return f'<label class="dossier-filter"><input type="checkbox" name="{name}" value="{value}" checked> {swatch}{label}</label>'


def type_filters(dossier: Dossier) -> str:
    boxes = []
    for entity_type in schema.TYPES:
        count = len(dossier.registry.of_type(entity_type.key))
        if count:
            label = (
                f'{esc(entity_type.plural)} <span class="dossier-count">{count}</span>'
            )
            boxes.append(_checkbox("type", entity_type.key, label))
    edges = _checkbox("edges", "typed", "Typed relations") + _checkbox(
        "edges", "co", "Named in the same passage"
    )
    return (
        f'<fieldset class="dossier-filters"><legend>Show entity types</legend>{"".join(boxes)}</fieldset>'
        f'<fieldset class="dossier-filters"><legend>Show links</legend>{edges}</fieldset>'
    )


def relation_tables(dossier: Dossier) -> str:
    """The links as table rows; kept out of the search index, where hundreds of bare names would drown real results.

    A large dossier lists the typed links between its most-named entities and the pairs named together
    most often (the page stays light); the note under each heading says where the rest are.
    """
    entities, relations_href = (
        dossier.entities,
        data_href(NETWORK_URI, "relations.json"),
    )
    typed = _most_named(dossier, dossier.relations, TYPED_ROWS)
    typed.sort(
        key=lambda r: (
            entities[r.source].name.casefold(),
            r.label,
            entities[r.target].name.casefold(),
        )
    )
    rows = "".join(
        f'<tr data-types="{entities[r.source].type} {entities[r.target].type}" data-edge="typed"><td>{entity_link(NETWORK_URI, entities[r.source])}</td>'
        f"<td>{esc(r.label)}</td><td>{entity_link(NETWORK_URI, entities[r.target])}</td></tr>"
        for r in typed
    )
    pairs = sorted(
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
    co_rows = "".join(
        f'<tr data-types="{entities[a].type} {entities[b].type}" data-edge="co"><td>{entity_link(NETWORK_URI, entities[a])}</td>'
        f"<td>{entity_link(NETWORK_URI, entities[b])}</td><td>{n}</td></tr>"
        for (a, b), n in pairs[:SHARED_ROWS]
    )
    head = '<thead><tr><th scope="col">Entity</th><th scope="col">Relation</th><th scope="col">Entity</th></tr></thead>'
    co_head = '<thead><tr><th scope="col">Entity</th><th scope="col">Entity</th><th scope="col">Shared passages</th></tr></thead>'
    typed_note = _shown(
        len(typed),
        len(dossier.relations),
        "links between the most-named entities",
        relations_href,
    )
    co_note = _shown(
        min(len(pairs), SHARED_ROWS),
        len(pairs),
        "pairs named together most often",
        relations_href,
    )
    return (
        f"## Typed relations\n\n<p>{len(dossier.relations)} links that the entity files state (parties, participants, places…).{typed_note}</p>\n\n"
        f'<table class="dossier-index dossier-relations" data-search-exclude>{head}<tbody>{rows}</tbody></table>\n\n'
        f"## Named together\n\n<p>{len(pairs)} pairs of entities named in the same paragraph, caption or headline, most often first.{co_note}</p>\n\n"
        f'<table class="dossier-index dossier-relations" data-search-exclude>{co_head}<tbody>{co_rows}</tbody></table>'
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


def _shown(shown: int, total: int, which: str, href: str) -> str:
    """The note under a capped table: what it lists and where the rest are ('' when it lists everything)."""
    if shown >= total:
        return ""
    return f' The table lists the {shown} {which}; <a href="{esc(href)}">relations.json</a> has all {total}, and each entity\'s page lists its own links.'


def network_page(dossier: Dossier) -> RenderedPage:
    entities_href, relations_href = (
        data_href(NETWORK_URI, "entities.json"),
        data_href(NETWORK_URI, "relations.json"),
    )
    graph = (
        '<div class="dossier-network" data-dossier-network>'
        f'<div class="dossier-network__controls">{type_filters(dossier)}'
        '<div class="dossier-network__buttons"><button type="button" class="md-button" data-action="zoom-in" aria-label="Zoom in">+</button>'
        '<button type="button" class="md-button" data-action="zoom-out" aria-label="Zoom out">−</button>'
        '<button type="button" class="md-button" data-action="fit">Fit all</button></div></div>'
        '<div class="dossier-network__canvas" aria-hidden="true"></div>'
        '<p class="dossier-network__status" role="status" aria-live="polite">The graph needs JavaScript; the tables below list its links.</p>'
        f'<p class="dossier-network__data">Drawn from <a href="{esc(entities_href)}" data-kind="entities">entities.json</a> and '
        f'<a href="{esc(relations_href)}" data-kind="relations">relations.json</a>. <a href="#typed-relations">Skip to the tables</a>.</p>'
        "</div>"
    )
    parts = [
        "# Network",
        f'<p class="dossier-lead">{len(dossier.entities)} entities and the links between them. Drag to pan, pinch or scroll to zoom, '
        "select a dot to open its page. Solid lines are relations the entity files state; dashed lines join entities named in the same passage.</p>",
        graph,
        relation_tables(dossier),
    ]
    meta = {
        "title": "Network",
        "description": "How the people, places, agreements and events of the Korea–Vietnam Dossier connect",
        "dossier_type": "view",
    }
    return RenderedPage(NETWORK_URI, "\n\n".join(parts) + "\n", meta)


def _sample(document: dict, key: str) -> str:
    """The first record of a data file, pretty-printed, as an example."""
    records = document[key]
    return (
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
    data = {
        name.rsplit("/", 1)[1]: document
        for name, document in dossier.index.api_documents.items()
    }
    rows = "\n".join(
        f"| [{name}]({name}) | {about} | {len(data[name][key])} |"
        for name, key, about in FILE_DOCS
    )
    markdown = f"""# Open data (API)

The dossier publishes its data as static JSON files beside this page. They are rebuilt with the
site from the same pipeline, so they always match what the pages show; the network view reads
them itself. Each file is a JSON object with a `version` (now {data["entities.json"]["version"]}) and one or more lists.
Keys are sorted and there are no timestamps: the same sources give byte-identical files.

| File | Contents | Records |
| --- | --- | --- |
{rows}

## URLs

A `url` is a path relative to the site root, such as `leaders/to-lam/` or
`articles/<slug>/#p-3`: resolve it against the address of the folder above `/api/`. Paragraph
anchors (`#p-1`, captions `#c-1`, subheadings `#s-1`, the headline `#title`) are stable, so a
mention's `url` can be cited.

## Dates

Dates are ISO 8601 text of the precision the sources give: `2023`, `2023-05` or `2023-05-29`.
A missing value is `null` or absent; nothing is guessed.

## Example: the first record of entities.json

```json
{_sample(data["entities.json"], "entities")}
```

## Example: the first record of mentions.json

```json
{_sample(data["mentions.json"], "mentions")}
```

Every page also carries [schema.org](https://schema.org/) JSON-LD in its head: a `NewsArticle`
for an article (with `about` and `mentions`), and a `Person`, `City`, `Event`, `Organization`
or `CreativeWork` (agreements and initiatives) for an entity, with its other names as
`alternateName`.
"""
    description = "The Korea–Vietnam Dossier's data as JSON files: entities, articles, mentions, relations"
    meta = {
        "title": "Open data (API)",
        "description": description,
        "dossier_type": "view",
    }
    return RenderedPage(API_URI, markdown, meta)


def view_pages(dossier: Dossier) -> list[RenderedPage]:
    return [
        timeline_page(dossier),
        map_page(dossier),
        network_page(dossier),
        api_page(dossier),
    ]
