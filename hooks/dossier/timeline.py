"""Everything the dossier can date, in date order: the /timeline/ page and each entity's own.

Dates come only from curated fields (events and initiatives ``start``/``end``, agreements
``date``) and from the articles' sidecar ``published``; nothing is inferred from the text.
Each dated entity links to the paragraph that dates it: the first passage naming it, or
rather the first one that also names the year (and the month) of its date, if any does.
Dates are ISO text of varying precision (``2023``, ``2023-05``, ``2023-05-29``), so they sort
as text: a date known only to the year comes first within that year.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from . import schema
from .model import Entity, Mention
from .pages import RenderedPage, entity_link, esc, link, passage_label
from .pipeline import Dossier
from .urls import article_uri

TIMELINE_URI = "timeline.md"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
DATE_FIELDS = {"events": ("start", "end"), "initiatives": ("start", "end"), "agreements": ("date", None)}
TYPE_ORDER = {key: index for index, key in enumerate(["articles", *(t.key for t in schema.TYPES)])}


@dataclass(frozen=True)
class Dated:
    """One item on a timeline: an entity with a date, or an article with its publication date."""

    date: str
    end: str | None
    type: str  # an entity type key, or "articles"
    slug: str
    name: str
    uri: str
    source: Mention | None = None  # the passage that dates it

    @property
    def year(self) -> str:
        return self.date[:4]

    def sort_key(self) -> tuple:
        return (self.date, self.end or "", TYPE_ORDER.get(self.type, 99), self.name.casefold(), self.slug)


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
        score = _score(dossier.article[mention.article].passage(mention.anchor).text, date)
        if score > best_score:
            best, best_score = mention, score
    return best


_dated: list = []  # [dossier, {slug: Dated | None}]: the timeline and every entity page ask for the same dates


def dated_entity(entity: Entity, dossier: Dossier) -> Dated | None:
    """The entity on the timeline (None if it has no date); worked out once per entity and build."""
    if not (_dated and _dated[0] is dossier):  # identity, not equality: a new build is a new Dossier
        _dated[:] = [dossier, {}]
    known = _dated[1]
    if entity.slug not in known:
        known[entity.slug] = _dated_entity(entity, dossier)
    return known[entity.slug]


def _dated_entity(entity: Entity, dossier: Dossier) -> Dated | None:
    start, end = entity_dates(entity)
    if not start:
        return None
    return Dated(start, end, entity.type, entity.slug, entity.name, entity.uri, dating_mention(entity, start, dossier))


def dated_items(dossier: Dossier) -> list[Dated]:
    items = [d for e in dossier.entities.values() if (d := dated_entity(e, dossier))]
    items += [Dated(a.metadata.published, None, "articles", a.slug, a.title, article_uri(a.slug)) for a in dossier.articles if a.metadata.published]
    return sorted(items, key=Dated.sort_key)


def undated_entities(dossier: Dossier) -> list[Entity]:
    undated = [e for e in dossier.entities.values() if is_datable(e) and not entity_dates(e)[0]]
    return sorted(undated, key=lambda e: (TYPE_ORDER[e.type], e.name.casefold()))


def human_date(date: str) -> str:
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def date_html(item: Dated) -> str:
    """The date, or a range in a span that carries the date style (a lone date is styled as the item's first child)."""
    if not item.end:
        return f'<time datetime="{item.date}">{esc(human_date(item.date))}</time>'
    start = f'<time datetime="{item.date}">{esc(human_date(item.date))}</time>'
    return f'<span class="dossier-timeline__date">{start} – <time datetime="{item.end}">{esc(human_date(item.end))}</time></span>'


def _kind(type_key: str) -> str:
    return "Article published" if type_key == "articles" else schema.TYPES_BY_KEY[type_key].singular


def item_html(item: Dated, from_uri: str, dossier: Dossier, current: str = "") -> str:
    """One item: date, kind, name and the passage that dates it; an article is its headline under its
    publication date. Lean markup, styled by position (the kind is shown, so links carry no type
    title): a timeline of thousands of items stays one page."""
    source = ""
    if item.source is not None:
        article = dossier.article[item.source.article]
        where = link(from_uri, article_uri(article.slug), f"{article.title}, {passage_label(item.source.anchor)}", item.source.anchor)
        source = f'<span class="dossier-timeline__source">Source: {where}</span>'
    kind = "" if item.type == "articles" else f'<span class="dossier-timeline__kind">{esc(_kind(item.type))}</span> '
    css = f"dossier-timeline__item dossier-timeline__item--{item.type}" + (" dossier-timeline__item--current" if item.slug == current else "")
    return f'<li class="{css}">{date_html(item)} {kind}{link(from_uri, item.uri, item.name)}{source}</li>'


def _summary(items: list[Dated]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.type] += 1
    words = {"articles": ("article publication", "article publications")}
    parts = []
    for type_key, n in sorted(counts.items(), key=lambda kv: TYPE_ORDER[kv[0]]):
        singular, plural = words.get(type_key) or (_kind(type_key).lower(), _kind(type_key).lower() + "s")
        parts.append(f"{n} {singular if n == 1 else plural}")
    return ", ".join(parts)


def timeline_page(dossier: Dossier) -> RenderedPage:
    items = dated_items(dossier)
    by_year: dict[str, list[Dated]] = defaultdict(list)
    for item in items:
        by_year[item.year].append(item)
    parts = [
        "# Timeline",
        f'<p class="dossier-lead">{len(items)} dated items{": " + _summary(items) if items else ""}. '
        "Each links to its page and to the paragraph of the source that dates it; an article appears under its publication date. "
        "Dates are the editors' "
        "(from the entity files and article metadata); an item known only to the year or month comes first in it.</p>",
    ]
    if not items:
        parts.append('<p class="dossier-empty">No dated items yet.</p>')
    for year, group in by_year.items():
        rows = "".join(item_html(item, TIMELINE_URI, dossier) for item in group)
        parts.append(f'## {year}\n\n<ol class="dossier-timeline" data-year="{year}">{rows}</ol>')
    undated = undated_entities(dossier)
    if undated:
        links = "".join(f'<li>{entity_link(TIMELINE_URI, e)} <span class="dossier-count">{esc(_kind(e.type))}</span></li>' for e in undated)
        intro = f"<p>The sources give no date for these {len(undated)} events, agreements and initiatives.</p>"
        parts.append(f'## Undated\n\n{intro}\n\n<ul class="dossier-undated">{links}</ul>')
    missing = sum(1 for a in dossier.articles if not a.metadata.published)
    if missing:
        note = f"{missing} of {len(dossier.articles)} articles have no publication date in their metadata and are not on the timeline."
        parts.append(f'<p class="dossier-note">{note}</p>')
    description = "Every dated event, agreement, initiative and article of the Korea–Vietnam Dossier, in date order"
    meta = {"title": "Timeline", "description": description, "dossier_type": "view"}
    return RenderedPage(TIMELINE_URI, "\n\n".join(parts) + "\n", meta)


def entity_timeline(entity: Entity, dossier: Dossier) -> str:
    """An entity's own dates and the dated entities related to it, as an HTML list ('' if none)."""
    own = dossier.relations_of.get(entity.slug, ())  # indexed: a scan of all relations per entity is quadratic
    related = {r.target for r in own if r.source == entity.slug} | {r.source for r in own if r.target == entity.slug}
    items = [d for s in sorted(related | {entity.slug}) if s in dossier.entities and (d := dated_entity(dossier.entities[s], dossier))]
    if not items:
        return ""
    rows = "".join(item_html(item, entity.uri, dossier, current=entity.slug) for item in sorted(items, key=Dated.sort_key))
    return f'<ol class="dossier-timeline dossier-timeline--short">{rows}</ol>'
