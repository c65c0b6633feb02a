"""The whole pipeline, from a project folder to a Dossier; the site, the CLI and the tests call this."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .cache import fingerprint, memo, new_generation
from .cleaning import clean
from .model import Article, Entity, Mention, Problem, Relation
from .recognize import Matcher, build_matcher, find_mentions
from .registry import Registry, read_registry
from .relate import co_mentions, mentions_by_entity, typed_relations
from .seeds import metadata_from, read_seeds


@dataclass(frozen=True)
class Dossier:
    articles: tuple[Article, ...]
    registry: Registry
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    problems: tuple[Problem, ...]
    by_entity: dict[str, list[Mention]] = field(hash=False, compare=False)
    shared: dict[str, Counter[str]] = field(hash=False, compare=False)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @cached_property
    def article(self) -> dict[str, Article]:
        return {article.slug: article for article in self.articles}

    @property
    def entities(self) -> dict[str, Entity]:
        return self.registry.entities

    def articles_of(self, slug: str) -> list[Article]:
        """Articles mentioning an entity, newest first (by published date, then seed order)."""
        if slug not in self._articles_of:  # every page asks several times: sort once per entity
            slugs = dict.fromkeys(m.article for m in self.by_entity.get(slug, ()))
            self._articles_of[slug] = newest_first(self.article[s] for s in slugs)
        return list(self._articles_of[slug])

    def mentions_in(self, article: str) -> list[Mention]:
        return list(self._by_article.get(article, ()))

    @cached_property
    def _by_article(self) -> dict[str, list[Mention]]:
        """Mentions grouped by article in one pass (a scan per article is quadratic)."""
        grouped: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            grouped.setdefault(mention.article, []).append(mention)
        return grouped

    @cached_property
    def _articles_of(self) -> dict[str, list[Article]]:
        return {}

    @cached_property
    def relations_of(self) -> dict[str, list[Relation]]:
        """Relations by entity slug, either end, in the order of ``relations``."""
        index: dict[str, list[Relation]] = {}
        for relation in self.relations:
            index.setdefault(relation.source, []).append(relation)
            if relation.target != relation.source:
                index.setdefault(relation.target, []).append(relation)
        return index


def newest_first(articles) -> list[Article]:
    return sorted(articles, key=lambda a: (a.metadata.published or "", a.source), reverse=True)


def read_articles(root: Path) -> tuple[list[Article], list[Problem]]:
    seeds, problems = read_seeds(root)
    articles: list[Article] = []
    owners: dict[str, Article] = {}
    for seed in seeds:
        metadata = metadata_from(seed.sidecar)
        article = memo("clean", (seed.text, seed.source, metadata), lambda: clean(seed.text, seed.source, metadata))  # noqa: B023
        if article.slug in owners:
            problems.append(
                Problem(
                    seed.source,
                    None,
                    f"duplicate article slug '{article.slug}': {owners[article.slug].source} has it too; set a distinct 'slug' in the sidecar",
                )
            )
            continue
        if not article.passages:
            problems.append(
                Problem(seed.source, None, "seed has no article text left after removing page clutter; check the dropped lines in the editorial report")
            )
        owners[article.slug] = article
        articles.append(article)
    return articles, problems


def assemble(articles: list[Article], registry: Registry, problems: list[Problem], matcher: Matcher | None = None) -> Dossier:
    matcher = matcher or build_matcher(registry)
    version = fingerprint(sorted(matcher.names.items()), sorted((k, sorted(v.items())) for k, v in matcher.short_names.items()))
    mentions = [m for article in articles for m in memo("mentions", (version, article), lambda: tuple(find_mentions(article, matcher)))]  # noqa: B023
    curated, source_problems = curated_mentions(registry, {a.slug: a for a in articles})
    mentions += curated
    problems = problems + source_problems
    return Dossier(
        articles=tuple(articles),
        registry=registry,
        mentions=tuple(mentions),
        relations=tuple(typed_relations(registry)),
        problems=tuple(problems),
        by_entity=mentions_by_entity(mentions),
        shared=co_mentions(mentions),
    )


def curated_mentions(registry: Registry, articles: dict[str, Article]) -> tuple[list[Mention], list[Problem]]:
    """Mentions an editor asserts with ``sources:`` for passages that describe an entity without naming it.

    They carry an empty span (start == end == 0): the whole passage is the evidence.
    """
    mentions, problems = [], []
    for entity in registry.entities.values():
        for ref in entity.get("sources", ()):
            slug, _, anchor = ref.partition("#")
            article = articles.get(slug)
            if article is None:
                problems.append(Problem(entity.source, entity.line_of("sources"), f"field 'sources' refers to unknown article '{slug}'"))
            elif not any(p.anchor == anchor for p in article.passages):
                problems.append(Problem(entity.source, entity.line_of("sources"), f"field 'sources': article '{slug}' has no passage '#{anchor}'"))
            else:
                mentions.append(Mention(entity.slug, slug, anchor, 0, 0))
    return mentions, problems


def build_dossier(root: Path) -> Dossier:
    new_generation()  # content caches keep what this build uses and forget the rest
    articles, article_problems = read_articles(root)
    registry, registry_problems = read_registry(root)
    return assemble(articles, registry, article_problems + registry_problems)
