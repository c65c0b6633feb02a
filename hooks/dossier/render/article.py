"""Article → its page: headline, metadata box, "In this article" panel, body with anchors and links."""

from __future__ import annotations

from dossier.model import (
    CAPTION,
    HEADLINE,
    PARAGRAPH,
    SUBHEADING,
    Article,
    Dossier,
    Mention,
    Passage,
)
from dossier.render.page import RenderedPage, entity_link, esc, icon, icon_name
from dossier.schema import TYPES
from dossier.urls import article_uri


def linked_text(
    text: str, mentions: list[Mention], dossier: Dossier, from_uri: str
) -> str:
    """Escaped passage text; the first mention of each entity links to its page."""
    out, position, linked = [], 0, set()
    for mention in sorted(mentions, key=lambda m: m.start):
        if (
            mention.entity in linked
            or mention.start < position
            or mention.start == mention.end
        ):
            continue
        linked.add(mention.entity)
        out.append(esc(text[position : mention.start]))
        out.append(
            entity_link(
                from_uri,
                dossier.entities[mention.entity],
                text[mention.start : mention.end],
            )
        )
        position = mention.end
    out.append(esc(text[position:]))
    return "".join(out).replace("\n", "<br>\n")


def passage_html(
    passage: Passage, mentions: list[Mention], dossier: Dossier, uri: str
) -> str:
    body = linked_text(passage.text, mentions, dossier, uri)
    anchor = passage.anchor
    if passage.kind == HEADLINE:
        return f'<h1 id="{anchor}">{body}</h1>'
    if passage.kind == SUBHEADING:
        return f'<h2 id="{anchor}" class="dossier-subheading">{body}</h2>'
    if passage.kind == CAPTION:
        return f'<figure id="{anchor}" class="dossier-caption"><figcaption>{body}</figcaption></figure>'
    number = anchor.partition("-")[2]
    pilcrow = f'<a class="dossier-pilcrow" href="#{anchor}" aria-label="Link to paragraph {number}">¶{number}</a>'
    return f'<p id="{anchor}" class="dossier-para">{pilcrow} {body}</p>'


def metadata_box(article: Article) -> str:
    meta = article.metadata
    rows = [
        ("Published", esc(meta.published) if meta.published else None),
        ("Outlet", esc(meta.outlet) if meta.outlet else None),
        ("Author", esc(article.author) if article.author else None),
        (
            "Source",
            f'<a href="{esc(meta.url)}" rel="noopener">{esc(meta.url)}</a>'
            if meta.url and meta.url.startswith(("http://", "https://"))
            else None,
        ),
        ("Seed file", f"<code>{esc(article.source)}</code>"),
    ]
    items = "".join(
        f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows if value
    )
    return f'<dl class="dossier-meta">{items}</dl>'


def in_this_article(article: Article, dossier: Dossier, uri: str) -> str:
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
            links = "".join(f"<li>{entity_link(uri, e)}</li>" for e in members)
            groups.append(
                f'<div class="dossier-group"><h3>{icon(entity_type.key)} {esc(entity_type.plural)}</h3><ul>{links}</ul></div>'
            )
    if not groups:
        return '<p class="dossier-empty">No registered people, places or agreements are named in this article yet.</p>'
    return "".join(groups)


def render_article(article: Article, dossier: Dossier) -> RenderedPage:
    uri = article_uri(article.slug)
    mentions = dossier.mentions_in(article.slug)
    by_passage: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_passage.setdefault(mention.anchor, []).append(mention)
    parts = []
    if not any(p.kind == HEADLINE for p in article.passages):
        parts.append(f'<h1 id="title">{esc(article.title)}</h1>')
    for passage in article.passages:
        parts.append(
            passage_html(passage, by_passage.get(passage.anchor, []), dossier, uri)
        )
        if passage.kind == HEADLINE:
            parts.append(metadata_box(article))
    if not any(p.kind == HEADLINE for p in article.passages):
        parts.insert(1, metadata_box(article))
    body = "\n\n".join(parts)
    panel = in_this_article(article, dossier, uri)
    countries = sorted(
        {
            c
            for s in dict.fromkeys(m.entity for m in mentions)
            if (c := dossier.entities[s].get("country"))
        }
    )
    first_paragraph = next(
        (p.text for p in article.passages if p.kind == PARAGRAPH), article.title
    )
    markdown = (
        f"{body}\n\n"
        "## In this article\n\n"
        f'<nav class="dossier-panel" aria-label="Entities in this article">{panel}</nav>\n\n'
        "## How to cite\n\n"
        f'<p class="dossier-cite">Every paragraph has its own address: use the ¶ number beside it, e.g. <code>{esc("/" + uri.removesuffix(".md") + "/#p-1")}</code>.</p>\n'
    )
    meta = {
        "title": esc(article.title),
        "description": esc(_shorten(first_paragraph)),  # templates print meta unescaped
        "tags": [
            esc(c) for c in countries
        ],  # no type tag: the Articles index lists every article
        "dossier_type": "articles",
        "icon": icon_name("articles"),
    }
    return RenderedPage(uri, markdown, meta, edit_path=article.source)


def _shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
