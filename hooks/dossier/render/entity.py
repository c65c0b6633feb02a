"""Entity → its page: infobox, the editor's prose, and the generated sections."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

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
from dossier.render.timeline import entity_timeline
from dossier.text import sentences

QUOTED_ARTICLES_OPEN = 5  # articles whose quotes show at once; older ones fold away
QUOTES_PER_ARTICLE_OPEN = 6
QUOTED_ARTICLES_MAX = 40  # beyond these, older articles are only listed (keeps a page of hundreds of sources small)
OFTEN_WITH = 12


def field_html(entity: Entity, field: schema.Field, dossier: Dossier) -> str | None:
    value = entity.get(field.name)
    if value in (None, (), ""):
        return None
    if field.kind == schema.REF:
        return entity_link(entity.uri, dossier.entities[value])
    if field.kind == schema.REFS:
        return ", ".join(
            entity_link(entity.uri, dossier.entities[v])
            for v in value
            if v in dossier.entities
        )
    if field.kind == schema.TEXTS:
        return ", ".join(esc(v) for v in value)
    if field.kind == schema.COORDINATES:
        lat, lon = value
        return f'<span class="dossier-coordinates">{abs(lat):.4f}° {"N" if lat >= 0 else "S"}, {abs(lon):.4f}° {"E" if lon >= 0 else "W"}</span>'
    return esc(str(value))


def infobox(entity: Entity, dossier: Dossier) -> str:
    entity_type = schema.TYPES_BY_KEY[entity.type]
    rows = [("Type", esc(entity_type.singular))]
    if entity.get("native_name"):
        rows.append(
            (
                "Native name",
                f'<span lang="{_lang(entity)}">{esc(entity.get("native_name"))}</span>',
            )
        )
    for field in entity_type.fields:
        value = field_html(entity, field, dossier)
        if value:
            rows.append((field.label, value))
    if entity.aliases:
        rows.append(("Also written", ", ".join(esc(a) for a in entity.aliases)))
    count = len(dossier.articles_of(entity.slug))
    rows.append(("In the sources", f"{count} article{'s' if count != 1 else ''}"))
    body = "".join(
        f'<tr><th scope="row">{label}</th><td>{value}</td></tr>'
        for label, value in rows
    )
    caption = f'<caption><span class="dossier-infobox__name">{esc(entity.name)}</span></caption>'
    return f'<aside class="dossier-infobox dossier-infobox--{entity.type}" aria-label="Facts about {esc(entity.name)}"><table>{caption}<tbody>{body}</tbody></table></aside>'


def _lang(entity: Entity) -> str:
    native = entity.get("native_name", "")
    if any("\uac00" <= ch <= "\ud7a3" for ch in native):
        return "ko"
    return "vi" if entity.get("country") == "Viet Nam" else "und"


def connected(entity: Entity, dossier: Dossier) -> str:
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
    if not groups:
        return ""
    items = []
    for label, slugs in groups.items():
        links = ", ".join(
            entity_link(entity.uri, dossier.entities[s]) for s in dict.fromkeys(slugs)
        )
        items.append(f"<dt>{esc(label)}</dt><dd>{links}</dd>")
    return f'<dl class="dossier-connected">{"".join(items)}</dl>'


def quote_html(entity: Entity, mentions: list[Mention], dossier: Dossier) -> str:
    """The sentences of one passage that name the entity, the names marked."""
    article = dossier.article[mentions[0].article]
    passage = article.passage(mentions[0].anchor)
    spans = sentences(passage.text) or [(0, len(passage.text))]
    named = sorted((m for m in mentions if m.end > m.start), key=lambda m: m.start)
    starts = [a for a, _ in spans]
    by_span: dict[int, list[Mention]] = {}
    for m in (
        named
    ):  # each mention to its sentence by bisection: linear even in a 1 MB paragraph
        i = bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < spans[i][1]:
            by_span.setdefault(i, []).append(m)
    chosen = [(spans[i], found) for i, found in sorted(by_span.items())] or [
        ((0, len(passage.text)), named)
    ]
    parts = []
    for (a, b), in_span in chosen:
        text, cursor, out = passage.text, a, []
        for m in in_span:
            if a <= m.start < b and m.start >= cursor:
                out.append(
                    esc(text[cursor : m.start])
                    + f"<mark>{esc(text[m.start : m.end])}</mark>"
                )
                cursor = m.end
        out.append(esc(text[cursor:b]))
        parts.append("".join(out).replace("\n", " "))
    cite = article_link(
        entity.uri, article, passage.anchor, label=passage_label(passage.anchor)
    )
    return f'<blockquote class="dossier-quote"><p>{" … ".join(parts)}</p><footer>{cite}</footer></blockquote>'


def in_the_sources(entity: Entity, dossier: Dossier) -> str:
    mentions = dossier.by_entity.get(entity.slug, [])
    if not mentions:
        return '<p class="dossier-empty">No article in the dossier names this entity yet.</p>'
    by_article: dict[str, dict[str, list[Mention]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for mention in mentions:
        by_article[mention.article][mention.anchor].append(mention)
    blocks = []
    articles = dossier.articles_of(entity.slug)
    for index, article in enumerate(articles[:QUOTED_ARTICLES_MAX]):
        passages = list(by_article[article.slug].values())
        quotes = [quote_html(entity, group, dossier) for group in passages]
        shown, more = quotes[:QUOTES_PER_ARTICLE_OPEN], quotes[QUOTES_PER_ARTICLE_OPEN:]
        body = "".join(shown)
        if more:
            body += f'<details class="dossier-more"><summary>{len(more)} more passages</summary>{"".join(more)}</details>'
        dated = (
            f' <span class="dossier-date">{esc(article.metadata.published)}</span>'
            if article.metadata.published
            else ""
        )
        heading = f'<h3 class="dossier-source">{article_link(entity.uri, article)}{dated}</h3>'
        block = f'<section class="dossier-sources">{heading}{body}</section>'
        if index >= QUOTED_ARTICLES_OPEN:
            block = f'<details class="dossier-more"><summary>{esc(article.title)} ({len(quotes)} passages)</summary>{block}</details>'
        blocks.append(block)
    if len(articles) > QUOTED_ARTICLES_MAX:
        rest = len(articles) - QUOTED_ARTICLES_MAX
        plural = "s" if rest != 1 else ""
        blocks.append(
            f'<p class="dossier-more-sources">{rest} older article{plural} also name {esc(entity.name)}: see <a href="#articles">Articles</a>.</p>'
        )
    return "\n".join(blocks)


def often_with(entity: Entity, dossier: Dossier) -> str:
    ranked = sorted(
        dossier.shared.get(entity.slug, {}).items(),
        key=lambda item: (-item[1], dossier.entities[item[0]].name),
    )
    if not ranked:
        return ""
    items = "".join(
        f'<li>{entity_link(entity.uri, dossier.entities[slug])} <span class="dossier-count">{count} shared passage{"s" if count != 1 else ""}</span></li>'
        for slug, count in ranked[:OFTEN_WITH]
    )
    return f'<ol class="dossier-often">{items}</ol>'


def articles_list(entity: Entity, dossier: Dossier) -> str:
    articles = dossier.articles_of(entity.slug)
    if not articles:
        return ""
    items = "".join(f"<li>{article_link(entity.uri, a)}</li>" for a in articles)
    return f'<ul class="dossier-articles">{items}</ul>'


def render_entity(entity: Entity, dossier: Dossier) -> RenderedPage:
    sections = [
        ("Connected", connected(entity, dossier)),
        ("On the map", locator_map(entity, dossier)),
        ("Timeline", entity_timeline(entity, dossier)),
        ("In the sources", in_the_sources(entity, dossier)),
        ("Often mentioned with", often_with(entity, dossier)),
        ("Articles", articles_list(entity, dossier)),
    ]
    parts = [
        f'<h1 id="name">{icon(entity.type)} {esc(entity.name)}</h1>',
        infobox(entity, dossier),
    ]
    if entity.body:
        parts.append(
            fence_prose(entity.body)
        )  # sanitized once rendered: see sanitize.py
    parts += [f"## {title}\n\n{content}" for title, content in sections if content]
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
    return RenderedPage(
        entity.uri, "\n\n".join(parts) + "\n", meta, edit_path=entity.source
    )
