"""The whole pipeline, from a project folder to a Dossier: read → clean → recognize → relate →
derive. The site, the command line and the tests all call ``build_dossier``."""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import replace
from pathlib import Path

from dossier.cache import ContentCache, NoCache
from dossier.clean.articles import clean_articles
from dossier.derive.index import derive_index
from dossier.model import Article, Dossier, Problem, Registry
from dossier.read.registry import read_registry
from dossier.read.seeds import read_seeds
from dossier.recognize.matcher import build_matcher
from dossier.recognize.mentions import all_mentions
from dossier.relate.relations import co_mentions, typed_relations


def build_dossier(
    root: Path,
    cache: ContentCache | None = None,
    *,
    candidates: bool = True,
    pool: Executor | None = None,
) -> Dossier:
    """Everything the site shows, from ``root/seeds`` and ``root/docs/<type>``. A cache kept
    between calls (``mkdocs serve``) makes a rebuild recompute only what changed.
    ``candidates=False`` leaves the name suggestions (``index.candidates`` None) to
    :func:`dossier.derive.candidates.project_candidates`, which a build may run apart;
    ``pool`` cleans half the seeds in another process."""
    cache = cache or NoCache()
    cache.new_generation()
    seeds, seed_problems = read_seeds(root)
    articles, article_problems = clean_articles(seeds, cache, pool)
    registry, registry_problems = read_registry(root, cache)
    seed_texts = {seed.source: seed.text for seed in seeds}
    problems = (*seed_problems, *article_problems, *registry_problems)
    return assemble(
        articles, registry, problems, seed_texts if candidates else None, cache
    )


def assemble(
    articles: list[Article],
    registry: Registry,
    problems: tuple[Problem, ...],
    seed_texts: dict[str, str] | None,
    cache: ContentCache,
) -> Dossier:
    """recognize → relate → derive on articles and entities already read and cleaned;
    ``seed_texts`` None: without name suggestions."""
    matcher = build_matcher(registry)
    mentions, mention_problems = all_mentions(articles, registry, matcher, cache)
    dossier = Dossier(
        articles=tuple(articles),
        registry=registry,
        mentions=tuple(mentions),
        relations=tuple(typed_relations(registry)),
        shared=co_mentions(mentions),
        problems=(*problems, *mention_problems),
    )
    return replace(dossier, index=derive_index(dossier, matcher, seed_texts, cache))
