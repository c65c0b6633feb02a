"""Names that link only where the article names a cue too.

Two kinds of registered name say too little on their own:

- a name of no letter ("645", a film) is any number in other stories ("645 workers"): it
  counts in quotes (a title set apart) or where the article names an entity it is related to;
- an alias written in lower case describes an event rather than naming it ("official visit
  to Vietnam", "state visit to South Korea"): any leader's visit is written so. It counts
  where the article names the person the event is named after ("Woo Won Shik Official Visit
  to Vietnam": Woo Won Shik), or, its name naming no one, a person taking part; an event with
  no person taking part takes the entities it is related to as cues.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier import schema
from dossier.model import Entity, Mention, Registry
from dossier.text import joined_key, name_key

_OPENING_QUOTES = frozenset("'‘\"“«")
_CLOSING_QUOTES = frozenset("'’\"”»")


def letterless(name: str) -> bool:
    return not any(ch.isalpha() for ch in name)


def described(alias: str) -> bool:
    """Whether an alias describes rather than names: it opens with a lower-case letter."""
    return alias[:1].isalpha() and alias[:1].islower()


def _neighbours(registry: Registry) -> dict[str, set[str]]:
    """Each entity's slug → the entities its front matter refers to and those whose front
    matter refers to it."""
    neighbours: dict[str, set[str]] = {slug: set() for slug in registry.entities}
    for entity in registry.entities.values():
        for field_ in schema.fields_of(entity.type).values():
            value = entity.get(field_.name)
            if field_.kind == schema.REF and value:
                targets = [value]
            elif field_.kind == schema.REFS:
                targets = list(value or ())
            else:
                continue
            for target in targets:
                if target in neighbours and target != entity.slug:
                    neighbours[entity.slug].add(target)
                    neighbours[target].add(entity.slug)
    return neighbours


def related_cues(registry: Registry) -> dict[str, frozenset[str]]:
    """For each entity with a name of no letter, the entities it is related to."""
    neighbours = _neighbours(registry)
    return {
        entity.slug: frozenset(neighbours[entity.slug])
        for entity in registry.entities.values()
        if any(letterless(n) for n in (entity.name, *entity.aliases))
    }


def _names_key(entity: Entity) -> set[str]:
    return {joined_key(name_key(n)) for n in (entity.name, *entity.aliases)} - {""}


def _person_cues(
    registry: Registry, entity: Entity, neighbours: set[str]
) -> frozenset[str]:
    """The persons whose naming lets a described alias of ``entity`` count."""
    people = [
        slug
        for slug in entity.get("participants") or ()
        if slug in registry.entities and registry.entities[slug].type == "leaders"
    ]
    own = joined_key(name_key(entity.name))
    named = [
        slug
        for slug in people
        if any(key in own for key in _names_key(registry.entities[slug]))
    ]
    return frozenset(named or people or neighbours)


def described_cues(registry: Registry) -> dict[str, frozenset[str]]:
    """Joined key of each described alias → the slugs that cue it. A key that is also some
    entity's name, or a name's alias written with a capital, is a name: no cue needed."""
    neighbours = _neighbours(registry)
    named: set[str] = set()
    cues: dict[str, frozenset[str]] = {}
    for entity in registry.entities.values():
        for alias in (entity.name, *entity.aliases):
            key = joined_key(name_key(alias))
            if alias != entity.name and described(alias):
                people = _person_cues(registry, entity, neighbours[entity.slug])
                cues[key] = cues.get(key, frozenset()) | people
            else:
                named.add(key)
    return {key: slugs for key, slugs in cues.items() if key and key not in named}


def wanted_cues(
    text: str,
    span: tuple[int, int],
    slug: str,
    related: dict[str, frozenset[str]],
    described_: dict[str, frozenset[str]],
) -> frozenset[str] | None:
    """The cues a mention of ``slug`` at ``span`` in ``text`` waits for; None: it counts
    alone."""
    start, end = span
    written = text[start:end]
    if slug in related and letterless(written):
        quoted = (
            text[start - 1 : start] in _OPENING_QUOTES
            and text[end : end + 1] in _CLOSING_QUOTES
        )
        return None if quoted else related[slug]  # "the film '6/45'": a title
    if described_ and (cues := described_.get(joined_key(name_key(written)))):
        return cues
    return None


def cued(
    mentions: Sequence[Mention], waiting: dict[int, frozenset[str]]
) -> list[Mention]:
    """The mentions less those (by index in ``waiting``) whose cues the article never
    names; a mention waiting for a cue is no cue itself."""
    named = {m.entity for i, m in enumerate(mentions) if i not in waiting}
    return [
        m
        for i, m in enumerate(mentions)
        if i not in waiting or waiting[i] & (named - {m.entity})
    ]
