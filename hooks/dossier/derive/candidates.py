"""Unregistered names per article, found once per build for the report and ``check``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dossier.cache import ContentCache, NoCache
from dossier.model import Candidate, Dossier
from dossier.read.seeds import read_seeds
from dossier.recognize.candidates import find_candidates
from dossier.recognize.matcher import Matcher, build_matcher
from dossier.recognize.mentions import matcher_version


def article_candidates(
    dossier: Dossier, matcher: Matcher, seed_texts: dict[str, str], cache: ContentCache
) -> dict[str, tuple[Candidate, ...]]:
    """Article slug → candidates; line numbers are exact lines of the seed text."""
    version = matcher_version(matcher)
    found = {}
    for article in dossier.articles:
        raw = seed_texts.get(article.source)
        mentions = dossier.mentions_in(article.slug)
        ignore = article.metadata.not_entities
        key = (version, article, raw, tuple(mentions))  # the content it depends on

        def compute(article=article, raw=raw, mentions=mentions, ignore=ignore):
            return tuple(find_candidates(article, matcher, ignore, raw, mentions))

        found[article.slug] = cache.memo("candidates", key, compute)
    return found


def project_candidates(
    dossier: Dossier, root: Path
) -> dict[str, tuple[Candidate, ...]]:
    """The candidates of a dossier built without them (``build_dossier(candidates=False)``),
    reading the seeds of ``root`` again for their exact line numbers."""
    seeds, _ = read_seeds(root)
    texts = {seed.source: seed.text for seed in seeds}
    return article_candidates(
        dossier, build_matcher(dossier.registry), texts, NoCache()
    )


def with_candidates(
    dossier: Dossier, candidates: dict[str, tuple[Candidate, ...]]
) -> Dossier:
    return replace(dossier, index=replace(dossier.index, candidates=candidates))
