"""Mentions + references → relations: typed links both ways, and co-mentions."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from dossier import schema
from dossier.model import Mention, Registry, Relation


def typed_relations(registry: Registry) -> list[Relation]:
    """One Relation per reference in a front matter field, labelled for both ends."""
    relations = []
    for entity in registry.entities.values():
        for field, target in schema.references(entity):
            if target in registry.entities and target != entity.slug:
                relations.append(
                    Relation(entity.slug, target, field.label, field.inverse)
                )
    return relations


def co_mentions(mentions: list[Mention]) -> dict[str, Counter[str]]:
    """For each entity, how many passages it shares with each other entity."""
    by_passage: dict[tuple[str, str], set[str]] = defaultdict(set)
    for mention in mentions:
        by_passage[(mention.article, mention.anchor)].add(mention.entity)
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    for slugs in by_passage.values():
        for a, b in combinations(sorted(slugs), 2):
            shared[a][b] += 1
            shared[b][a] += 1
    return shared
