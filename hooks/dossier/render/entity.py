"""Entity → its page: infobox, the editor's prose, and the generated sections.

The page is ``templates/entity.html`` (the quotes: ``entity_sources.html``); this module works
out what each section shows. Links arrive rendered by ``page.render_link``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import Any, NamedTuple

from markupsafe import Markup

from dossier import schema
from dossier.model import Dossier, Entity, Mention
from dossier.render.maps import locator_map
from dossier.render.page import (
    RenderedPage,
    article_link,
    entity_link,
    esc,
    icon,
    icon_name,
    passage_label,
)
from dossier.render.sanitize import fence_prose
from dossier.render.templates import render
from dossier.render.timeline import entity_timeline
from dossier.text import sentences

QUOTED_ARTICLES_OPEN = 5  # articles whose quotes show at once; older ones fold away
QUOTES_PER_ARTICLE_OPEN = 6
QUOTED_ARTICLES_MAX = 40  # beyond these, older articles are only listed (keeps a page of hundreds of sources small)
OFTEN_WITH = 12


class Quote(NamedTuple):
    """The sentences of a passage that name the entity, as (text before, name) pairs and the
    text after the last name; line breaks are spaces (a quote is one line)."""

    named: list[tuple[str, str]]
    tail: str
    cite: Markup


class SourceArticle(NamedTuple):
    """One article under "In the sources": its link and date, and its quotes."""

    link: Markup
    date: str
    title: str
    shown: list[Quote]
    more: list[Quote]  # folded under "n more passages"
    folded: bool  # the whole article folds away (older than the first few)


class Sources(NamedTuple):
    """The "In the sources" section: the newest articles quoted, the older ones counted."""

    named: bool  # any article names the entity
    articles: list[SourceArticle]
    older: int  # articles beyond QUOTED_ARTICLES_MAX, only listed under Articles


def field_value(entity: Entity, field: schema.Field, dossier: Dossier) -> Any:
    """How the infobox shows one field: (kind, value), or None when there is nothing to show."""
    value = entity.get(field.name)
    if value in (None, (), ""):
        return None
    if field.kind == schema.REF:
        return "links", [entity_link(entity.uri, dossier.entities[value])]
    if field.kind == schema.REFS:
        links = [
            entity_link(entity.uri, dossier.entities[v])
            for v in value
            if v in dossier.entities
        ]
        return ("links", links) if links else None
    if field.kind == schema.TEXTS:
        return ("texts", list(value)) if ", ".join(value) else None
    if field.kind == schema.COORDINATES:
        lat, lon = value
        text = f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}"
        return "coordinates", text
    return ("text", str(value)) if str(value) else None


def infobox_rows(entity: Entity, dossier: Dossier) -> list[tuple[str, str, Any]]:
    """(label, kind, value) rows; kind says how entity.html prints the value."""
    entity_type = schema.TYPES_BY_KEY[entity.type]
    rows = [("Type", "text", entity_type.singular)]
    if entity.get("native_name"):
        native = (_lang(entity), entity.get("native_name"))
        rows.append(("Native name", "native", native))
    for field in entity_type.fields:
        shown = field_value(entity, field, dossier)
        if shown:
            rows.append((field.label, *shown))
    if entity.aliases:
        rows.append(("Also written", "texts", list(entity.aliases)))
    count = len(dossier.articles_of(entity.slug))
    plural = "s" if count != 1 else ""
    rows.append(("In the sources", "text", f"{count} article{plural}"))
    return rows


def _lang(entity: Entity) -> str:
    native = entity.get("native_name", "")
    if any("\uac00" <= ch <= "\ud7a3" for ch in native):
        return "ko"
    return "vi" if entity.get("country") == "Viet Nam" else "und"


def connected(entity: Entity, dossier: Dossier) -> list[tuple[str, list[Markup]]]:
    """The entity's relations, (label, links) per relation, in the order first met."""
    groups: dict[str, list[str]] = defaultdict(list)
    for relation in dossier.relations_of.get(entity.slug, ()):
        if relation.source == entity.slug:
            groups[relation.label].append(relation.target)
        elif relation.target == entity.slug:
            groups[relation.inverse].append(relation.source)
    typed = {
        slug for label, slugs in groups.items() if label != "Related" for slug in slugs
    }
    if "Related" in groups:  # a typed relation already says more than "Related"
        groups["Related"] = [slug for slug in groups["Related"] if slug not in typed]
        if not groups["Related"]:
            del groups["Related"]
    link = entity.uri
    return [
        (label, [entity_link(link, dossier.entities[s]) for s in dict.fromkeys(slugs)])
        for label, slugs in groups.items()
    ]


def _sentences_naming(
    text: str, mentions: list[Mention]
) -> list[tuple[tuple[int, int], list[Mention]]]:
    """The sentences (spans) that contain a mention, each with its mentions; else the text."""
    spans = sentences(text) or [(0, len(text))]
    named = sorted((m for m in mentions if m.end > m.start), key=lambda m: m.start)
    starts = [a for a, _ in spans]
    by_span: dict[int, list[Mention]] = {}
    # each mention to its sentence by bisection: linear even in a 1 MB paragraph
    for m in named:
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < spans[i][1]:
            by_span.setdefault(i, []).append(m)
    return [(spans[i], found) for i, found in sorted(by_span.items())] or [
        ((0, len(text)), named)
    ]


def quote(entity: Entity, mentions: list[Mention], dossier: Dossier) -> Quote:
    """The sentences of one passage that name the entity, joined by " … ", the names marked."""
    article = dossier.article[mentions[0].article]
    passage = article.passage(mentions[0].anchor)
    text = passage.text
    pairs: list[tuple[str, str]] = []
    plain: list[str] = []  # the text since the last name: the next pair's, or the tail
    for index, ((a, b), in_span) in enumerate(_sentences_naming(text, mentions)):
        if index:
            plain.append(" … ")
        cursor = a
        for m in in_span:
            if a <= m.start < b and m.start >= cursor:
                plain.append(text[cursor : m.start])
                pairs.append(("".join(plain), text[m.start : m.end]))
                plain, cursor = [], m.end
        plain.append(text[cursor:b])
    cite = article_link(
        entity.uri, article, passage.anchor, passage_label(passage.anchor)
    )
    return Quote(
        [
            (before.replace("\n", " "), name.replace("\n", " "))
            for before, name in pairs
        ],
        "".join(plain).replace("\n", " "),
        cite,
    )


def in_the_sources(entity: Entity, dossier: Dossier) -> Sources | None:
    """The newest articles naming the entity, with their quotes; None leaves the section out."""
    mentions = dossier.by_entity.get(entity.slug, [])
    if not mentions:
        return Sources(False, [], 0)
    by_article: dict[str, dict[str, list[Mention]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for mention in mentions:
        by_article[mention.article][mention.anchor].append(mention)
    articles = dossier.articles_of(entity.slug)
    if not articles:
        return None
    shown = []
    for index, article in enumerate(articles[:QUOTED_ARTICLES_MAX]):
        passages = by_article[article.slug].values()
        quotes = [quote(entity, group, dossier) for group in passages]
        shown.append(
            SourceArticle(
                article_link(entity.uri, article),
                article.metadata.published or "",
                article.title,
                quotes[:QUOTES_PER_ARTICLE_OPEN],
                quotes[QUOTES_PER_ARTICLE_OPEN:],
                index >= QUOTED_ARTICLES_OPEN,
            )
        )
    return Sources(True, shown, max(len(articles) - QUOTED_ARTICLES_MAX, 0))


def often_with(entity: Entity, dossier: Dossier) -> list[tuple[Markup, int]]:
    """The entities most often named in the same passages, with the count."""
    ranked = sorted(
        dossier.shared.get(entity.slug, {}).items(),
        key=lambda item: (-item[1], dossier.entities[item[0]].name),
    )
    return [
        (entity_link(entity.uri, dossier.entities[slug]), count)
        for slug, count in ranked[:OFTEN_WITH]
    ]


def render_entity(entity: Entity, dossier: Dossier) -> RenderedPage:
    articles = dossier.articles_of(entity.slug)
    markdown = render(
        "entity.html",
        entity=entity,
        icon=icon(entity.type),
        rows=infobox_rows(entity, dossier),
        # The editor's Markdown goes in as written: it is sanitized once rendered (sanitize.py).
        prose=Markup(fence_prose(entity.body)) if entity.body else "",
        connected=connected(entity, dossier),
        map=Markup(locator_map(entity, dossier)),
        timeline=Markup(entity_timeline(entity, dossier)),
        sources=in_the_sources(entity, dossier),
        often=often_with(entity, dossier),
        articles=[article_link(entity.uri, a) for a in articles],
    )
    entity_type = schema.TYPES_BY_KEY[entity.type]
    tags = [
        *([entity.get("country")] if entity.get("country") else []),
        *entity.get("tags", ()),
    ]  # the type has its index page
    meta = {
        "title": esc(entity.name),
        "description": esc(
            entity.get("description")
            or f"{entity_type.singular} in the Korea–Vietnam Dossier"
        ),  # templates print meta unescaped
        "tags": list(dict.fromkeys(esc(t) for t in tags)),
        "dossier_type": entity.type,
        "icon": icon_name(entity.type),
    }
    return RenderedPage(entity.uri, str(markdown), meta, edit_path=entity.source)
