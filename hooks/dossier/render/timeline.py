"""The /timeline/ page and each entity's own timeline, from the derived dates.

Dates are ISO text of varying precision (``2023``, ``2023-05``, ``2023-05-29``); see
``dossier.derive.dates`` for where they come from.
"""

from __future__ import annotations

from collections import defaultdict

from dossier import schema
from dossier.model import Dated, Dossier, Entity
from dossier.render.page import RenderedPage, entity_link, esc, link, passage_label
from dossier.schema import TYPE_ORDER
from dossier.text import MONTHS
from dossier.urls import article_uri

TIMELINE_URI = "timeline.md"


def human_date(date: str) -> str:
    parts = date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return (
        f"{month} {parts[0]}"
        if len(parts) == 2
        else f"{int(parts[2])} {month} {parts[0]}"
    )


def date_html(item: Dated) -> str:
    """The date, or a range in a span that carries the date style (a lone date is styled as the item's first child)."""
    if not item.end:
        return f'<time datetime="{item.date}">{esc(human_date(item.date))}</time>'
    start = f'<time datetime="{item.date}">{esc(human_date(item.date))}</time>'
    return f'<span class="dossier-timeline__date">{start} – <time datetime="{item.end}">{esc(human_date(item.end))}</time></span>'


def _kind(type_key: str) -> str:
    return (
        "Article published"
        if type_key == "articles"
        else schema.TYPES_BY_KEY[type_key].singular
    )


def item_html(item: Dated, from_uri: str, dossier: Dossier, current: str = "") -> str:
    """One item: date, kind, name and the passage that dates it; an article is its headline under its
    publication date. Lean markup, styled by position (the kind is shown, so links carry no type
    title): a timeline of thousands of items stays one page."""
    source = ""
    if item.source is not None:
        article = dossier.article[item.source.article]
        where = link(
            from_uri,
            article_uri(article.slug),
            f"{article.title}, {passage_label(item.source.anchor)}",
            item.source.anchor,
        )
        source = f'<span class="dossier-timeline__source">Source: {where}</span>'
    kind = (
        ""
        if item.type == "articles"
        else f'<span class="dossier-timeline__kind">{esc(_kind(item.type))}</span> '
    )
    css = f"dossier-timeline__item dossier-timeline__item--{item.type}" + (
        " dossier-timeline__item--current" if item.slug == current else ""
    )
    return f'<li class="{css}">{date_html(item)} {kind}{link(from_uri, item.uri, item.name)}{source}</li>'


def _summary(items: list[Dated]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.type] += 1
    words = {"articles": ("article publication", "article publications")}
    parts = []
    for type_key, n in sorted(counts.items(), key=lambda kv: TYPE_ORDER[kv[0]]):
        singular, plural = words.get(type_key) or (
            _kind(type_key).lower(),
            _kind(type_key).lower() + "s",
        )
        parts.append(f"{n} {singular if n == 1 else plural}")
    return ", ".join(parts)


def timeline_page(dossier: Dossier) -> RenderedPage:
    items = list(dossier.index.timeline)
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
        parts.append(
            f'## {year}\n\n<ol class="dossier-timeline" data-year="{year}">{rows}</ol>'
        )
    undated = dossier.index.undated
    if undated:
        links = "".join(
            f'<li>{entity_link(TIMELINE_URI, e)} <span class="dossier-count">{esc(_kind(e.type))}</span></li>'
            for e in undated
        )
        intro = f"<p>The sources give no date for these {len(undated)} events, agreements and initiatives.</p>"
        parts.append(
            f'## Undated\n\n{intro}\n\n<ul class="dossier-undated">{links}</ul>'
        )
    missing = sum(1 for a in dossier.articles if not a.metadata.published)
    if missing:
        note = f"{missing} of {len(dossier.articles)} articles have no publication date in their metadata and are not on the timeline."
        parts.append(f'<p class="dossier-note">{note}</p>')
    description = "Every dated event, agreement, initiative and article of the Korea–Vietnam Dossier, in date order"
    meta = {"title": "Timeline", "description": description, "dossier_type": "view"}
    return RenderedPage(TIMELINE_URI, "\n\n".join(parts) + "\n", meta)


def entity_timeline(entity: Entity, dossier: Dossier) -> str:
    """An entity's own dates and the dated entities related to it, as an HTML list ('' if none)."""
    own = dossier.relations_of.get(
        entity.slug, ()
    )  # indexed: a scan of all relations per entity is quadratic
    related = {r.target for r in own if r.source == entity.slug} | {
        r.source for r in own if r.target == entity.slug
    }
    items = [
        d
        for s in sorted(related | {entity.slug})
        if s in dossier.entities and (d := dossier.index.dated.get(s))
    ]
    if not items:
        return ""
    rows = "".join(
        item_html(item, entity.uri, dossier, current=entity.slug)
        for item in sorted(items, key=Dated.sort_key)
    )
    return f'<ol class="dossier-timeline dossier-timeline--short">{rows}</ol>'
