"""Index pages per type, the article list, and the overview block of the home page.

The markup is in ``templates/index_*.html``; this module lists what each shows.
"""

from __future__ import annotations

from dossier import schema
from dossier.model import Dossier, Entity
from dossier.render.page import (
    RenderedPage,
    article_link,
    entity_link,
    esc,
    icon,
    icon_name,
)
from dossier.render.templates import render

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


def _country(entity: Entity, dossier: Dossier) -> str:
    if entity.get("country"):
        return entity.get("country")
    city = entity.get("city") or entity.get("place")
    return dossier.entities[city].get("country", "") if city in dossier.entities else ""


def type_index(type_key: str, dossier: Dossier) -> RenderedPage:
    entity_type = schema.TYPES_BY_KEY[type_key]
    uri = f"{type_key}/index.md"
    rows = [
        (
            entity_link(uri, entity),
            entity.get(_ROLE_FIELD[type_key]) or "",
            _country(entity, dossier),
            len(dossier.articles_of(entity.slug)),
        )
        for entity in dossier.registry.of_type(type_key)
    ]
    markdown = render(
        "index_type.html",
        icon=icon(type_key),
        plural=entity_type.plural,
        role_header=_ROLE_HEADER.get(type_key, "Kind"),
        rows=rows,
    )
    meta = {
        "title": esc(entity_type.plural),  # templates print meta unescaped
        "description": f"All {entity_type.plural.lower()} in the Korea–Vietnam Dossier",
        "dossier_type": "index",
        "icon": icon_name(type_key),
    }
    return RenderedPage(uri, str(markdown), meta)


def articles_index(dossier: Dossier) -> RenderedPage:
    uri = "articles/index.md"
    rows = [
        (
            article_link(uri, article),
            article.metadata.published or "",
            article.metadata.outlet or "",
            len({m.entity for m in dossier.mentions_in(article.slug)}),
        )
        for article in dossier.index.newest
    ]
    markdown = render("index_articles.html", icon=icon("articles"), rows=rows)
    meta = {
        "title": "Articles",
        "description": "Every source article of the Korea–Vietnam Dossier",
        "dossier_type": "index",
        "icon": icon_name("articles"),
    }
    return RenderedPage(uri, str(markdown), meta)


def overview(dossier: Dossier, from_uri: str = "index.md") -> str:
    """Counts per type and the latest articles, for the home page."""
    cards = [("articles/", icon("articles"), len(dossier.articles), "articles")]
    cards += [
        (
            f"{t.key}/",
            icon(t.key),
            len(dossier.registry.of_type(t.key)),
            t.plural.lower(),
        )
        for t in schema.TYPES
    ]
    latest = [article_link(from_uri, a) for a in dossier.index.newest[:5]]
    return str(render("index_overview.html", cards=cards, latest=latest))


def all_index_pages(dossier: Dossier) -> list[RenderedPage]:
    return [
        articles_index(dossier),
        *(type_index(t.key, dossier) for t in schema.TYPES),
    ]
