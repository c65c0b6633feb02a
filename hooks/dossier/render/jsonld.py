"""schema.org JSON-LD for article and entity pages, so search engines and tools read the graph.

Only what the dossier knows goes in: curated fields and the articles' sidecar metadata. No
``sameAs`` is guessed; a field the sources do not give is left out. The JSON is made safe to
sit inside ``<script>``: ``<``, ``>`` and ``&`` are written as JSON escapes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

from dossier import schema
from dossier.model import HEADLINE, PARAGRAPH, Article, Dossier, Entity
from dossier.urls import article_uri, page_url

CONTEXT = "https://schema.org"


@lru_cache(
    maxsize=1 << 15
)  # every article names the same entities: each URL is joined once
def absolute(site_url: str, uri: str) -> str:
    return urljoin(site_url, page_url(uri)) if site_url else "/" + page_url(uri)


def schema_type(entity: Entity) -> str:
    return schema.TYPES_BY_KEY[entity.type].schema_org


def reference(entity: Entity, site_url: str) -> dict[str, Any]:
    url = absolute(site_url, entity.uri)
    return {"@type": schema_type(entity), "@id": url, "name": entity.name, "url": url}


def alternate_names(entity: Entity) -> list[str]:
    names = [
        *entity.aliases,
        *entity.short_names,
        *([entity.get("native_name")] if entity.get("native_name") else []),
    ]
    return [n for n in dict.fromkeys(names) if n != entity.name]


def _refs(
    entity: Entity,
    field_name: str,
    dossier: Dossier,
    site_url: str,
    types: tuple[str, ...] = (),
) -> list[dict[str, Any]]:
    value = entity.get(field_name)
    slugs = (value,) if isinstance(value, str) else tuple(value or ())
    found = [dossier.entities[s] for s in slugs if s in dossier.entities]
    return [reference(e, site_url) for e in found if not types or e.type in types]


def _one(refs: list[dict[str, Any]]) -> dict[str, Any] | None:
    return refs[0] if refs else None


def type_fields(entity: Entity, dossier: Dossier, site_url: str) -> dict[str, Any]:
    """The schema.org properties that the entity's own fields support, per type."""
    get, people = entity.get, ("leaders", "organizations")
    if entity.type == "leaders":
        return {
            "jobTitle": get("role"),
            "worksFor": _one(_refs(entity, "organization", dossier, site_url)),
        }
    if entity.type == "cities":
        coordinates = get("coordinates")
        geo = (
            {
                "@type": "GeoCoordinates",
                "latitude": coordinates[0],
                "longitude": coordinates[1],
            }
            if coordinates
            else None
        )
        within = _one(_refs(entity, "within", dossier, site_url))
        country = (
            {"@type": "Country", "name": get("country")} if get("country") else None
        )
        return {"geo": geo, "containedInPlace": within or country}
    if entity.type == "events":
        return {
            "startDate": get("start"),
            "endDate": get("end"),
            "location": _one(_refs(entity, "city", dossier, site_url)),
            "superEvent": _one(_refs(entity, "part_of", dossier, site_url)),
            "attendee": _refs(entity, "participants", dossier, site_url, people)
            or None,
        }
    if entity.type == "organizations":
        return {
            "location": _one(_refs(entity, "city", dossier, site_url)),
            "parentOrganization": _one(_refs(entity, "parent", dossier, site_url)),
        }
    if entity.type == "agreements":
        return {
            "genre": get("kind"),
            "dateCreated": get("date"),
            "creativeWorkStatus": get("status"),
            "locationCreated": _one(_refs(entity, "place", dossier, site_url)),
            "contributor": _refs(entity, "parties", dossier, site_url, people) or None,
        }
    if entity.type == "initiatives":
        start, end = get("start"), get("end")
        return {
            "genre": get("kind"),
            "temporalCoverage": f"{start}/{end or '..'}" if start else None,
            "locationCreated": _one(_refs(entity, "city", dossier, site_url)),
            "creator": _refs(entity, "organizers", dossier, site_url, people) or None,
        }
    return {}


def entity_jsonld(entity: Entity, dossier: Dossier, site_url: str) -> dict[str, Any]:
    url = absolute(site_url, entity.uri)
    articles = dossier.articles_of(entity.slug)
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": schema_type(entity),
        "@id": url,
        "name": entity.name,
        "alternateName": alternate_names(entity) or None,
        "description": entity.get("description"),
        "url": url,
        "keywords": list(entity.get("tags", ())) or None,
        **type_fields(entity, dossier, site_url),
        "subjectOf": [
            {
                "@type": "NewsArticle",
                "@id": absolute(site_url, article_uri(a.slug)),
                "headline": a.title,
            }
            for a in articles
        ]
        or None,
    }
    return {k: v for k, v in data.items() if v is not None}


def article_jsonld(article: Article, dossier: Dossier, site_url: str) -> dict[str, Any]:
    """A NewsArticle; what its headline or first paragraph names is its ``about``, the rest ``mentions``."""
    url = absolute(site_url, article_uri(article.slug))
    first_paragraph = next(
        (p.anchor for p in article.passages if p.kind == PARAGRAPH), ""
    )
    lead = {"title", first_paragraph} | {
        p.anchor for p in article.passages if p.kind == HEADLINE
    }
    mentions = dossier.mentions_in(article.slug)
    named = dict.fromkeys(m.entity for m in mentions)
    in_lead = {
        m.entity for m in mentions if m.anchor in lead
    }  # this article's mentions only: not every mention of each entity
    about = [s for s in named if s in in_lead]
    meta = article.metadata
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": url,
        "headline": article.title,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": meta.published,
        "author": {"@type": "Person", "name": article.author}
        if article.author
        else None,
        "publisher": {"@type": "Organization", "name": meta.outlet}
        if meta.outlet
        else None,
        "isBasedOn": meta.url
        if meta.url and meta.url.startswith(("http://", "https://"))
        else None,
        "about": [reference(dossier.entities[s], site_url) for s in about] or None,
        "mentions": [
            reference(dossier.entities[s], site_url) for s in named if s not in about
        ]
        or None,
    }
    return {k: v for k, v in data.items() if v is not None}


def script_json(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_jsonld(uri: str, dossier: Dossier, site_url: str) -> str | None:
    """The JSON-LD of the page at ``uri`` (``articles/x.md``, ``leaders/y.md``), or None."""
    folder, _, name = uri.partition("/")
    slug = name.removesuffix(".md")
    if folder == "articles" and slug in dossier.article:
        return script_json(article_jsonld(dossier.article[slug], dossier, site_url))
    entity = dossier.entities.get(slug)
    if entity is not None and entity.uri == uri:
        return script_json(entity_jsonld(entity, dossier, site_url))
    return None
