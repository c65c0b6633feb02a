"""Which pages an edit touches: worked out from what changed between two builds' dossiers.

``mkdocs serve`` rebuilds after every save of a seed, sidecar or entity file. Rendering every
page again costs seconds on a large dossier; only the dossier knows which pages read what
changed. A page is rendered again when anything it shows may differ:

- an article's page: the article or its mentions changed, or an entity it names changed;
- an entity's page: the entity changed, an article naming it (before or after) changed, or an
  entity it is related to changed (its name, type and dates show on the page);
- every city page when any city changed (the locator maps share one frame of all cities);
- the pages made from the whole dossier (indexes, timeline, map, network, report, API) always.
"""

from __future__ import annotations

from dossier.model import Dossier, Entity
from dossier.urls import article_uri


def _entity_state(entity: Entity | None) -> tuple | None:
    """What an entity page shows of it (Entity equality ignores its fields)."""
    if entity is None:
        return None
    return (entity, tuple(sorted(map(repr, entity.fields.items()))), entity.body)


def changed_articles(previous: Dossier, current: Dossier) -> set[str]:
    slugs = set(previous.article) | set(current.article)
    return {
        slug
        for slug in slugs
        if previous.article.get(slug) != current.article.get(slug)
        or previous.mentions_in(slug) != current.mentions_in(slug)
    }


def changed_entities(previous: Dossier, current: Dossier) -> set[str]:
    slugs = set(previous.entities) | set(current.entities)
    return {
        slug
        for slug in slugs
        if _entity_state(previous.entities.get(slug))
        != _entity_state(current.entities.get(slug))
    }


def _named_in(dossier: Dossier, articles: set[str]) -> set[str]:
    return {m.entity for slug in articles for m in dossier.mentions_in(slug)}


def _related(dossier: Dossier, entities: set[str]) -> set[str]:
    found = set()
    for slug in entities:
        for relation in dossier.relations_of.get(slug, ()):
            found |= {relation.source, relation.target}
    return found


def _naming(dossier: Dossier, entities: set[str]) -> set[str]:
    return {m.article for slug in entities for m in dossier.by_entity.get(slug, ())}


def pages_to_render(previous: Dossier | None, current: Dossier) -> set[str] | None:
    """The uris of the article and entity pages that may differ from the previous build's;
    None when there is no previous build (render everything). Pages made from the whole
    dossier are not listed: they are always rendered."""
    if previous is None:
        return None
    articles = changed_articles(previous, current)
    entities = changed_entities(previous, current)
    touched = entities | _named_in(previous, articles) | _named_in(current, articles)
    touched |= _related(previous, entities) | _related(current, entities)
    articles |= _naming(previous, entities) | _naming(current, entities)
    if any(
        (previous.entities.get(s) or current.entities.get(s)).type == "cities"
        for s in entities
    ):
        touched |= {e.slug for e in current.registry.of_type("cities")}
    uris = {article_uri(slug) for slug in articles}
    uris |= {current.entities[s].uri for s in touched if s in current.entities}
    return uris
