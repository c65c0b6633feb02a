"""Unregistered names per article, found once per build for the report and ``check``."""

from __future__ import annotations

from dossier.cache import ContentCache
from dossier.model import Candidate, Dossier
from dossier.recognize.candidates import find_candidates
from dossier.recognize.matcher import Matcher
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
