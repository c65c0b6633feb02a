"""Seeds → cleaned Articles, each slug once."""

from __future__ import annotations

from concurrent.futures import Executor
from functools import partial

from dossier.cache import ContentCache
from dossier.clean.cleaning import clean
from dossier.model import Article, Metadata, Problem
from dossier.read.seeds import SeedText, metadata_from

NO_TEXT = "seed has no article text left after removing page clutter; check the dropped lines in the editorial report"
# a fault in the reader, not in the seed: the build names the seed instead of failing with
# a traceback, and the seed can be reported with the message
READER_FAULT = "the article reader failed on this seed ({fault}); please report it with the seed attached"


def clean_many(jobs: list[tuple[str, str, Metadata]]) -> list[Article]:
    """The articles of ``jobs`` the reader reads; one it fails on is left for the caller
    to read again, and report."""
    articles = []
    for text, source, metadata in jobs:
        try:
            articles.append(clean(text, source, metadata))
        except Exception:  # read again by clean_articles, which reports it
            continue
    return articles


def clean_articles(
    seeds: list[SeedText], cache: ContentCache, pool: Executor | None = None
) -> tuple[list[Article], list[Problem]]:
    """Each seed cleaned (``pool``: the second half of them in another process, while this
    one cleans the first; the same articles either way)."""
    jobs = [(seed.text, seed.source, metadata_from(seed.sidecar)) for seed in seeds]
    done: dict[str, Article] = {}
    if pool is not None and len(jobs) > 1:
        half = len(jobs) // 2
        later = pool.submit(clean_many, jobs[half:])
        done = {a.source: a for a in clean_many(jobs[:half]) + later.result()}
    articles: list[Article] = []
    problems: list[Problem] = []
    owners: dict[str, Article] = {}
    for key in jobs:
        text, source, metadata = key
        if source in done:  # cleaned already, in this process or the other
            compute = partial(done.__getitem__, source)
        else:
            compute = partial(clean, text, source, metadata)
        try:
            article = cache.memo("clean", key, compute)
        except Exception as error:  # a fault of the reader, named with its seed
            fault = f"{type(error).__name__}: {error}"
            problems.append(Problem(source, None, READER_FAULT.format(fault=fault)))
            continue
        if article.slug in owners:
            other = owners[article.slug].source
            message = f"duplicate article slug '{article.slug}': {other} has it too; set a distinct 'slug' in the sidecar"
            problems.append(Problem(source, None, message))
            continue
        if not article.passages:
            problems.append(Problem(source, None, NO_TEXT))
        owners[article.slug] = article
        articles.append(article)
    return articles, problems
