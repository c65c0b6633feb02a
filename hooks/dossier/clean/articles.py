"""Seeds → cleaned Articles, each slug once."""

from __future__ import annotations

from functools import partial

from dossier.cache import ContentCache
from dossier.clean.cleaning import clean
from dossier.model import Article, Problem
from dossier.read.seeds import SeedText, metadata_from

NO_TEXT = "seed has no article text left after removing page clutter; check the dropped lines in the editorial report"


def clean_articles(
    seeds: list[SeedText], cache: ContentCache
) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    problems: list[Problem] = []
    owners: dict[str, Article] = {}
    for seed in seeds:
        metadata = metadata_from(seed.sidecar)
        key = (seed.text, seed.source, metadata)
        article = cache.memo(
            "clean", key, partial(clean, seed.text, seed.source, metadata)
        )
        if article.slug in owners:
            other = owners[article.slug].source
            message = f"duplicate article slug '{article.slug}': {other} has it too; set a distinct 'slug' in the sidecar"
            problems.append(Problem(seed.source, None, message))
            continue
        if not article.passages:
            problems.append(Problem(seed.source, None, NO_TEXT))
        owners[article.slug] = article
        articles.append(article)
    return articles, problems
