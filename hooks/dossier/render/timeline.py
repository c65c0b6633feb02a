"""The /timeline/ page and each entity's own timeline, from the derived dates.

Dates are ISO text of varying precision (``2023``, ``2023-05``, ``2023-05-29``); see
``dossier.derive.dates`` for where they come from. The markup is in ``templates/timeline*.html``:
this module works out, per item, the few values they print.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from typing import Any, NamedTuple

from markupsafe import Markup

from dossier import schema
from dossier.model import Dated, Dossier, Entity
from dossier.render.page import RenderedPage, passage_label
from dossier.render.templates import environment, render
from dossier.schema import TYPE_ORDER
from dossier.text import MONTHS
from dossier.urls import article_uri, href

TIMELINE_URI = "timeline.md"


class Ref(NamedTuple):
    """A link to an entity's (or article's) page as ``page.entity_link`` draws it, resolved here
    so that a template's ``ref`` macro (templates/views_links.html) only prints it. Shared by the
    view pages and the report, which list thousands of them."""

    href: str
    name: str
    type: str
    kind: str  # the link's title: the entity's kind ("" for an article)


def entity_ref(from_uri: str, entity: Entity) -> Ref:
    kind = schema.TYPES_BY_KEY[entity.type].singular
    return Ref(href(from_uri, entity.uri), entity.name, entity.type, kind)


class Item(NamedTuple):
    """One timeline entry, ready to print: dates in words, links resolved."""

    type: str
    current: bool  # the entity whose page shows this timeline
    date: str
    date_text: str
    end: str | None
    end_text: str
    kind: str  # "" for an article, which shows under its publication date
    href: str
    name: str
    source_href: str  # "" when nothing dates it
    source_label: str


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


def _kind(type_key: str) -> str:
    return (
        "Article published"
        if type_key == "articles"
        else schema.TYPES_BY_KEY[type_key].singular
    )


def timeline_item(
    item: Dated, from_uri: str, dossier: Dossier, current: str = ""
) -> Item:
    """One item: date, kind, name and the passage that dates it; an article is its headline
    under its publication date. The markup stays lean (the kind is shown, so links carry no
    type title): a timeline of thousands of items stays one page."""
    source_href = source_label = ""
    if item.source is not None:
        article = dossier.article[item.source.article]
        source_href = href(from_uri, article_uri(article.slug), item.source.anchor)
        source_label = f"{article.title}, {passage_label(item.source.anchor)}"
    return Item(
        item.type,
        item.slug == current,
        item.date,
        human_date(item.date),
        item.end,
        human_date(item.end) if item.end else "",
        "" if item.type == "articles" else _kind(item.type),
        href(from_uri, item.uri),
        item.name,
        source_href,
        source_label,
    )


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
    """The whole page in one template call: the years' lists hold thousands of items."""
    items = list(dossier.index.timeline)
    by_year: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_year[item.year].append(timeline_item(item, TIMELINE_URI, dossier))
    undated = [
        (entity_ref(TIMELINE_URI, e), _kind(e.type)) for e in dossier.index.undated
    ]
    markdown = render(
        "timeline.html",
        count=len(items),
        summary=_summary(items),
        years=by_year,
        undated=undated,
        undated_articles=sum(1 for a in dossier.articles if not a.metadata.published),
        articles=len(dossier.articles),
    )
    description = "Every dated event, agreement, initiative and article of the Korea–Vietnam Dossier, in date order"
    meta = {"title": "Timeline", "description": description, "dossier_type": "view"}
    return RenderedPage(TIMELINE_URI, str(markdown), meta)


def entity_timeline(entity: Entity, dossier: Dossier) -> Markup:
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
        return Markup("")
    rows = [
        timeline_item(item, entity.uri, dossier, current=entity.slug)
        for item in sorted(items, key=Dated.sort_key)
    ]
    return _macros().short(rows)


@cache
def _macros() -> Any:
    """templates/timeline_items.html as a module of callables. An entity page's timeline is
    one macro call: rendering a template for it would look the template and its import up
    again (a file check each) on every one of thousands of entity pages."""
    return environment().get_template("timeline_items.html").module
