"""The derived index: lookups and views that several pages need, worked out once per build.

Renderers read it from ``Dossier.index`` and never recompute it. Lookups come first (the views
are worked out from a Dossier that already has them).
"""

from __future__ import annotations

from dataclasses import replace

from dossier.cache import ContentCache
from dossier.derive.api_documents import api_documents
from dossier.derive.candidates import article_candidates
from dossier.derive.dates import dated_entities, timeline, undated_entities
from dossier.model import Article, Dossier, Entity, Index, Mention, Relation
from dossier.recognize.matcher import Matcher


def newest_first(articles) -> list[Article]:
    return sorted(
        articles, key=lambda a: (a.metadata.published or "", a.source), reverse=True
    )


def group_by(mentions, key) -> dict[str, list[Mention]]:
    grouped: dict[str, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(key(mention), []).append(mention)
    return grouped


def relations_by_entity(relations: tuple[Relation, ...]) -> dict[str, list[Relation]]:
    """Relations by entity slug, either end, in the order of ``relations``."""
    index: dict[str, list[Relation]] = {}
    for relation in relations:
        index.setdefault(relation.source, []).append(relation)
        if relation.target != relation.source:
            index.setdefault(relation.target, []).append(relation)
    return index


def lookups(dossier: Dossier) -> Index:
    article = {a.slug: a for a in dossier.articles}
    by_entity = group_by(dossier.mentions, lambda m: m.entity)
    articles_of = {
        slug: tuple(
            newest_first(article[s] for s in dict.fromkeys(m.article for m in found))
        )
        for slug, found in by_entity.items()
    }
    by_article = group_by(dossier.mentions, lambda m: m.article)
    return Index(
        article=article,
        by_entity=by_entity,
        by_article={slug: tuple(found) for slug, found in by_article.items()},
        articles_of=articles_of,
        relations_of=relations_by_entity(dossier.relations),
    )


def mapped_cities(dossier: Dossier) -> tuple[Entity, ...]:
    """Cities with coordinates, most-cited first (they get their labels placed first)."""
    cities = [e for e in dossier.registry.of_type("cities") if e.get("coordinates")]
    ranked = sorted(
        cities,
        key=lambda e: (
            -len(dossier.index.articles_of.get(e.slug, ())),
            e.name.casefold(),
        ),
    )
    return tuple(ranked)


def derive_index(
    dossier: Dossier,
    matcher: Matcher,
    seed_texts: dict[str, str] | None,
    cache: ContentCache,
) -> Index:
    """The whole index of a Dossier whose articles, mentions and relations are final;
    without ``seed_texts``, no name suggestions (``candidates`` None)."""
    with_lookups = replace(dossier, index=lookups(dossier))
    dated = dated_entities(with_lookups)
    return replace(
        with_lookups.index,
        dated=dated,
        timeline=timeline(with_lookups, dated),
        undated=undated_entities(with_lookups),
        mapped_cities=mapped_cities(with_lookups),
        api_documents=api_documents(with_lookups),
        newest=tuple(newest_first(dossier.articles)),
        candidates=None
        if seed_texts is None
        else article_candidates(with_lookups, matcher, seed_texts, cache),
    )
