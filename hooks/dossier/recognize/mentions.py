"""Every mention in every article: names found in the text, and passages editors assign by hand."""

from __future__ import annotations

from functools import partial

from dossier.cache import ContentCache, fingerprint
from dossier.model import Article, Mention, Problem, Registry
from dossier.recognize.matcher import Matcher, find_mentions


def matcher_version(matcher: Matcher) -> str:
    """A digest of the names a matcher knows: mentions found with it are valid while it holds."""
    short = sorted((k, sorted(v.items())) for k, v in matcher.short_names.items())
    cues = sorted((slug, sorted(related)) for slug, related in matcher.cues.items())
    described = sorted((key, sorted(s)) for key, s in matcher.described.items())
    words = sorted((slug, sorted(w)) for slug, w in matcher.cue_words.items())
    return fingerprint(sorted(matcher.names.items()), short, cues, described, words)


def all_mentions(
    articles: list[Article], registry: Registry, matcher: Matcher, cache: ContentCache
) -> tuple[list[Mention], list[Problem]]:
    version = matcher_version(matcher)
    found = []
    for article in articles:
        found += cache.memo(
            "mentions", (version, article), partial(_mentions, article, matcher)
        )
    curated, problems = curated_mentions(registry, {a.slug: a for a in articles})
    return found + curated, problems


def _mentions(article: Article, matcher: Matcher) -> tuple[Mention, ...]:
    return tuple(find_mentions(article, matcher))


def curated_mentions(
    registry: Registry, articles: dict[str, Article]
) -> tuple[list[Mention], list[Problem]]:
    """Mentions an editor asserts with ``sources:`` for passages that describe an entity without
    naming it. They carry an empty span (start == end == 0): the whole passage is the evidence."""
    mentions, problems = [], []
    for entity in registry.entities.values():
        line = entity.line_of("sources")
        for ref in entity.get("sources", ()):
            slug, _, anchor = ref.partition("#")
            article = articles.get(slug)
            if article is None:
                problems.append(
                    Problem(
                        entity.source,
                        line,
                        f"field 'sources' refers to unknown article '{slug}'",
                    )
                )
            elif not any(p.anchor == anchor for p in article.passages):
                message = (
                    f"field 'sources': article '{slug}' has no passage '#{anchor}'"
                )
                if any(p.anchor == "cut-off" for p in article.passages):
                    # its last paragraph, cut short by the copy, is no numbered paragraph
                    message += (
                        " (its last words, where the copy breaks off, are '#cut-off')"
                    )
                problems.append(Problem(entity.source, line, message))
            else:
                mentions.append(Mention(entity.slug, slug, anchor, 0, 0))
    return mentions, problems
