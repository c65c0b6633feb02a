"""What the dossier can date: each dated entity, with the passage that dates it, and the articles.

Dates come only from curated fields (events and initiatives ``start``/``end``, agreements
``date``) and from the articles' sidecar ``published``; nothing is inferred from the text.
Each dated entity links to the paragraph that dates it: the first passage naming it, or
rather the first one that also names the year (and the month) of its date, if any does.
Dates are ISO text of varying precision (``2023``, ``2023-05``, ``2023-05-29``), so they sort
as text: a date known only to the year comes first within that year.
"""

from __future__ import annotations

import re

from dossier.model import Dated, Dossier, Entity, Mention
from dossier.schema import TYPE_ORDER
from dossier.text import MONTHS
from dossier.urls import article_uri

DATE_FIELDS = {
    "events": ("start", "end"),
    "initiatives": ("start", "end"),
    "agreements": ("date", None),
}


def entity_dates(entity: Entity) -> tuple[str | None, str | None]:
    start_field, end_field = DATE_FIELDS.get(entity.type, (None, None))
    start = entity.get(start_field) if start_field else None
    end = entity.get(end_field) if end_field else None
    return start, end if end != start else None


def is_datable(entity: Entity) -> bool:
    return entity.type in DATE_FIELDS


def _score(text: str, date: str) -> int:
    """How well a passage dates ``date``: the year named, then the month, then the day."""
    parts = date.split("-")
    if not re.search(rf"\b{parts[0]}\b", text):
        return 0
    score = 1
    if len(parts) > 1 and MONTHS[int(parts[1]) - 1] in text:
        score += 1
        if len(parts) > 2 and re.search(rf"\b{int(parts[2])}\b", text):
            score += 1
    return score


def dating_mention(entity: Entity, date: str, dossier: Dossier) -> Mention | None:
    """The first passage naming the entity, preferring one that names its date."""
    best, best_score = None, -1
    for mention in dossier.by_entity.get(entity.slug, ()):
        passage = dossier.article[mention.article].passage(mention.anchor)
        score = _score(passage.text, date)
        if score > best_score:
            best, best_score = mention, score
    return best


def dated_entity(entity: Entity, dossier: Dossier) -> Dated | None:
    start, end = entity_dates(entity)
    if not start:
        return None
    source = dating_mention(entity, start, dossier)
    return Dated(start, end, entity.type, entity.slug, entity.name, entity.uri, source)


def dated_entities(dossier: Dossier) -> dict[str, Dated | None]:
    return {slug: dated_entity(e, dossier) for slug, e in dossier.entities.items()}


def timeline(dossier: Dossier, dated: dict[str, Dated | None]) -> tuple[Dated, ...]:
    """Every dated entity and article, in date order."""
    items = [d for d in dated.values() if d]
    items += [
        Dated(
            a.metadata.published, None, "articles", a.slug, a.title, article_uri(a.slug)
        )
        for a in dossier.articles
        if a.metadata.published
    ]
    return tuple(sorted(items, key=Dated.sort_key))


def undated_entities(dossier: Dossier) -> tuple[Entity, ...]:
    """Events, agreements and initiatives the sources give no date for."""
    undated = [
        e for e in dossier.entities.values() if is_datable(e) and not entity_dates(e)[0]
    ]
    return tuple(sorted(undated, key=lambda e: (TYPE_ORDER[e.type], e.name.casefold())))
