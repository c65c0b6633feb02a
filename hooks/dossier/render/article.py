"""Article → its page: headline, metadata box, "In this article" panel, body with anchors and links.

The page is ``templates/article.html``; this module works out what it shows: each passage as
text segments with the first mention of each entity linked, and the entities grouped by type.
"""

from __future__ import annotations

from typing import NamedTuple

from markupsafe import Markup

from dossier.model import HEADLINE, PARAGRAPH, Article, Dossier, Mention, Passage
from dossier.render.page import (
    RenderedPage,
    entity_ref,
    esc,
    icon,
    icon_name,
    render_link,
)
from dossier.render.templates import render
from dossier.schema import TYPES
from dossier.urls import article_uri

# Text (a tuple of lines when it breaks lines), then the link that follows it, if any.
Segment = tuple[str | tuple[str, ...], Markup | None]


class Block(NamedTuple):
    """One passage as article.html prints it; ``number`` is a paragraph's, for its ¶ link."""

    kind: str
    anchor: str
    number: str
    segments: list[Segment]


def _lines(text: str) -> str | tuple[str, ...]:
    """The text, or its lines when it breaks lines (the template joins them with ``<br>``)."""
    return tuple(text.split("\n")) if "\n" in text else text


def linked_text(
    text: str, mentions: list[Mention], dossier: Dossier, from_uri: str
) -> list[Segment]:
    """The passage text in segments; the first mention of each entity links to its page."""
    out: list[Segment] = []
    position, linked = 0, set()
    for mention in sorted(mentions, key=lambda m: m.start):
        if (
            mention.entity in linked
            or mention.start < position
            or mention.start == mention.end
        ):
            continue
        linked.add(mention.entity)
        entity = dossier.entities[mention.entity]
        label = _lines(text[mention.start : mention.end])
        link = render_link(entity_ref(from_uri, entity, label))
        out.append((_lines(text[position : mention.start]), link))
        position = mention.end
    out.append((_lines(text[position:]), None))
    return out


def passage_block(
    passage: Passage, mentions: list[Mention], dossier: Dossier, uri: str
) -> Block:
    number = passage.anchor.partition("-")[2] if passage.kind == PARAGRAPH else ""
    segments = linked_text(passage.text, mentions, dossier, uri)
    return Block(passage.kind, passage.anchor, number, segments)


def metadata_box(article: Article) -> dict:
    """What the metadata box lists: the facts given, the source if it is a web address."""
    meta = article.metadata
    facts = [
        ("Published", meta.published),
        ("Outlet", meta.outlet),
        ("Author", article.author),
        ("Filed from", meta.dateline),
    ]
    url = meta.url if meta.url and meta.url.startswith(("http://", "https://")) else ""
    return {
        "facts": [(label, value) for label, value in facts if value],
        "source_url": url,
        "seed_file": article.source,
    }


def entity_groups(article: Article, dossier: Dossier, uri: str) -> list[tuple]:
    """The entities the article names: (icon, type's plural, links) per type, by name."""
    mentioned = dict.fromkeys(m.entity for m in dossier.mentions_in(article.slug))
    groups = []
    for entity_type in TYPES:
        members = sorted(
            (
                dossier.entities[s]
                for s in mentioned
                if dossier.entities[s].type == entity_type.key
            ),
            key=lambda e: e.name,
        )
        if members:
            links = [render_link(entity_ref(uri, e)) for e in members]
            groups.append((icon(entity_type.key), entity_type.plural, links))
    return groups


def render_article(article: Article, dossier: Dossier) -> RenderedPage:
    uri = article_uri(article.slug)
    mentions = dossier.mentions_in(article.slug)
    by_passage: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_passage.setdefault(mention.anchor, []).append(mention)
    blocks = [
        passage_block(passage, by_passage.get(passage.anchor, []), dossier, uri)
        for passage in article.passages
    ]
    if not any(p.kind == HEADLINE for p in article.passages):  # the title stands in
        blocks.insert(0, Block(HEADLINE, "title", "", [(article.title, None)]))
    markdown = render(
        "article.html",
        blocks=blocks,
        groups=entity_groups(article, dossier, uri),
        cite_path="/" + uri.removesuffix(".md") + "/#p-1",
        **metadata_box(article),
    )
    return RenderedPage(
        uri, str(markdown), article_meta(article, dossier), edit_path=article.source
    )


def article_meta(article: Article, dossier: Dossier) -> dict:
    """The page metadata of an article: title, description, country tags, icon."""
    countries = sorted(
        {
            c
            for s in dict.fromkeys(m.entity for m in dossier.mentions_in(article.slug))
            if (c := dossier.entities[s].get("country"))
        }
    )
    first_paragraph = next(
        (p.text for p in article.passages if p.kind == PARAGRAPH), article.title
    )
    return {
        "title": esc(article.title),
        "description": esc(_shorten(first_paragraph)),  # templates print meta unescaped
        "tags": [
            esc(c) for c in countries
        ],  # no type tag: the Articles index lists every article
        "dossier_type": "articles",
        "icon": icon_name("articles"),
    }


def _shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
