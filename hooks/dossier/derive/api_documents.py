"""The documents published under ``/api/``: what each JSON file holds, in a fixed order.

URLs in them are paths relative to the site root (``leaders/to-lam/``), because the same
build is served under different roots (a preview, the hosted site, a local folder).
"""

from __future__ import annotations

from typing import Any

from dossier import schema
from dossier.model import Article, Dossier, Entity
from dossier.urls import API_DIR, article_uri, page_url

FORMAT_VERSION = 1


def entity_url(entity: Entity) -> str:
    return page_url(entity.uri)


def article_url(article: Article, anchor: str = "") -> str:
    return page_url(article_uri(article.slug)) + (f"#{anchor}" if anchor else "")


def _plain(value: Any) -> Any:
    """Tuples (as the registry stores lists and coordinates) → JSON lists."""
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def entity_records(dossier: Dossier) -> list[dict[str, Any]]:
    records = []
    for entity_type in schema.TYPES:
        for entity in sorted(
            dossier.registry.of_type(entity_type.key), key=lambda e: e.slug
        ):
            mentions = dossier.by_entity.get(entity.slug, [])
            fields = {
                k: _plain(v)
                for k, v in entity.fields.items()
                if k not in ("name", "aliases", "short_names")
            }
            records.append(
                {
                    "slug": entity.slug,
                    "type": entity.type,
                    "name": entity.name,
                    "aliases": list(entity.aliases),
                    "short_names": list(entity.short_names),
                    "fields": fields,
                    "url": entity_url(entity),
                    "articles": len({m.article for m in mentions}),
                    "mentions": len(mentions),
                    "source": entity.source,
                }
            )
    return records


def article_records(dossier: Dossier) -> list[dict[str, Any]]:
    records = []
    for article in dossier.articles:
        meta = article.metadata
        records.append(
            {
                "slug": article.slug,
                "title": article.title,
                "url": article_url(article),
                "published": meta.published,
                "outlet": meta.outlet,
                "author": article.author,
                "source_url": meta.url,
                "seed": article.source,
                "passages": [
                    {
                        "anchor": p.anchor,
                        "kind": p.kind,
                        "url": article_url(article, p.anchor),
                    }
                    for p in article.passages
                ],
                "entities": sorted(
                    {m.entity for m in dossier.mentions_in(article.slug)}
                ),
            }
        )
    return records


def mention_records(dossier: Dossier) -> list[dict[str, Any]]:
    records = []
    for mention in dossier.mentions:  # article order, then passage order, then position
        article = dossier.article[mention.article]
        passage = article.passage(mention.anchor)
        records.append(
            {
                "entity": mention.entity,
                "article": mention.article,
                "anchor": mention.anchor,
                "url": article_url(article, mention.anchor),
                "start": mention.start,
                "end": mention.end,
                "text": passage.text[mention.start : mention.end],
            }
        )
    return records


def relation_records(dossier: Dossier) -> dict[str, list[dict[str, Any]]]:
    typed = sorted(
        (
            {
                "source": r.source,
                "target": r.target,
                "label": r.label,
                "inverse": r.inverse,
            }
            for r in dossier.relations
        ),
        key=lambda r: (r["source"], r["label"], r["target"]),
    )
    pairs = {
        tuple(sorted((a, b))): n
        for a, counter in dossier.shared.items()
        for b, n in counter.items()
    }
    co_mentions = [
        {"source": a, "target": b, "passages": n} for (a, b), n in sorted(pairs.items())
    ]
    return {"typed": typed, "co_mentions": co_mentions}


def api_documents(dossier: Dossier) -> dict[str, dict[str, Any]]:
    """``{"api/entities.json": document, …}``, in a fixed order."""
    bodies = {
        "entities": {
            "entities": entity_records(dossier),
            "types": [t.key for t in schema.TYPES],
        },
        "articles": {"articles": article_records(dossier)},
        "mentions": {"mentions": mention_records(dossier)},
        "relations": relation_records(dossier),
    }
    return {
        f"{API_DIR}/{name}.json": {"version": FORMAT_VERSION, **body}
        for name, body in bodies.items()
    }
