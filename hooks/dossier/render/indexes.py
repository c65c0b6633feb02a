"""Index pages per type, the article list, and the overview block of the home page."""

from __future__ import annotations

from dossier import schema
from dossier.model import Dossier
from dossier.render.page import (
    RenderedPage,
    article_link,
    entity_link,
    esc,
    icon,
    icon_name,
)

# The column that says what an entity is, per type.
_ROLE_FIELD = {
    "leaders": "role",
    "cities": "kind",
    "agreements": "kind",
    "initiatives": "kind",
    "organizations": "kind",
    "events": "kind",
}
_ROLE_HEADER = {"leaders": "Role"}


def _country(entity, dossier: Dossier) -> str:
    if entity.get("country"):
        return entity.get("country")
    city = entity.get("city") or entity.get("place")
    return dossier.entities[city].get("country", "") if city in dossier.entities else ""


def type_index(type_key: str, dossier: Dossier) -> RenderedPage:
    entity_type = schema.TYPES_BY_KEY[type_key]
    uri = f"{type_key}/index.md"
    rows = []
    for entity in dossier.registry.of_type(type_key):
        count = len(dossier.articles_of(entity.slug))
        role = entity.get(_ROLE_FIELD[type_key]) or ""
        rows.append(
            f'<tr><td>{entity_link(uri, entity)}</td><td>{esc(role)}</td><td>{esc(_country(entity, dossier))}</td><td data-sort="{count}">{count}</td></tr>'
        )
    header = f'<tr><th scope="col">Name</th><th scope="col">{_ROLE_HEADER.get(type_key, "Kind")}</th><th scope="col">Country</th><th scope="col">Articles</th></tr>'
    table = (
        f'<table class="dossier-index"><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table>'
        if rows
        else '<p class="dossier-empty">None registered yet.</p>'
    )
    markdown = f'<h1 id="title">{icon(type_key)} {esc(entity_type.plural)}</h1>\n\n{len(rows)} {esc(entity_type.plural.lower())} in the dossier.\n\n{table}\n'
    meta = {
        "title": esc(entity_type.plural),
        "description": f"All {entity_type.plural.lower()} in the Korea–Vietnam Dossier",
        "dossier_type": "index",
        "icon": icon_name(type_key),
    }
    return RenderedPage(uri, markdown, meta)


def articles_index(dossier: Dossier) -> RenderedPage:
    uri = "articles/index.md"
    rows = []
    for article in dossier.index.newest:
        count = len({m.entity for m in dossier.mentions_in(article.slug)})
        rows.append(
            f"<tr><td>{article_link(uri, article)}</td><td>{esc(article.metadata.published or '')}</td>"
            f"<td>{esc(article.metadata.outlet or '')}</td><td>{count}</td></tr>"
        )
    header = '<tr><th scope="col">Headline</th><th scope="col">Published</th><th scope="col">Outlet</th><th scope="col">Entities named</th></tr>'
    table = f'<table class="dossier-index"><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table>'
    markdown = f'<h1 id="title">{icon("articles")} Articles</h1>\n\n{len(rows)} source articles, newest first.\n\n{table}\n'
    meta = {
        "title": "Articles",
        "description": "Every source article of the Korea–Vietnam Dossier",
        "dossier_type": "index",
        "icon": icon_name("articles"),
    }
    return RenderedPage(uri, markdown, meta)


def overview(dossier: Dossier, from_uri: str = "index.md") -> str:
    """Counts per type and the latest articles, for the home page."""
    cards = [
        f'<li><a href="articles/">{icon("articles")}<strong>{len(dossier.articles)}</strong> articles</a></li>'
    ]
    for entity_type in schema.TYPES:
        count = len(dossier.registry.of_type(entity_type.key))
        cards.append(
            f'<li><a href="{entity_type.key}/">{icon(entity_type.key)}<strong>{count}</strong> {esc(entity_type.plural.lower())}</a></li>'
        )
    latest = "".join(
        f"<li>{article_link(from_uri, a)}</li>" for a in dossier.index.newest[:5]
    )
    return f'<ul class="dossier-counts">{"".join(cards)}</ul>\n\n## Latest articles\n\n<ul class="dossier-latest">{latest}</ul>\n'


def all_index_pages(dossier: Dossier) -> list[RenderedPage]:
    return [
        articles_index(dossier),
        *(type_index(t.key, dossier) for t in schema.TYPES),
    ]
