"""The editorial report (/about/report/): what a reviewer reads first on a pull request preview.

Per article: names that look like entities but match none (with their guessed types), the lines
the cleaner dropped (line, reason, text) and the sidecar metadata not yet filled in; then the
entities no article names. A short summary of the whole dossier comes first.

The articles with something to review come first, newest seed first (a pull request adds the
newest seeds). A large dossier shows the first ``DETAILED`` of them in full and lists every other
article in one table with its counts, so the page stays light; ``scripts/dossier check`` prints
everything. The markup is in ``templates/report.html``; this module gathers what it prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from dossier.model import Article, Candidate, Dossier, DroppedLine
from dossier.render.page import RenderedPage, passage_label
from dossier.render.templates import render
from dossier.render.timeline import Ref, entity_ref
from dossier.schema import TYPES_BY_KEY
from dossier.urls import article_uri, href

URI = "about/report.md"
DETAILED = 100  # articles shown in full; the others are one table row each
META = {
    "title": "Editorial report",
    "description": "Unregistered names, dropped lines and missing metadata, per article",
    "dossier_type": "report",
}
SEEN = 4  # passages listed per unregistered name; the rest are counted


class Seen(NamedTuple):
    """A passage an unregistered name occurs in: link and seed line."""

    href: str
    label: str
    line: int


@dataclass(frozen=True)
class CandidateRow:
    name: str
    kind: str  # the guessed type, in lower case
    path: str  # the stub file it would get
    seen: list[Seen]
    more: int  # occurrences beyond those listed


@dataclass(frozen=True)
class Section:
    """One article shown in full."""

    title: str
    link: Ref
    source: str
    missing: str  # the metadata fields not filled in, comma-separated
    candidates: list[CandidateRow]
    dropped: tuple[DroppedLine, ...]


class CountRow(NamedTuple):
    """An article beyond the first ``DETAILED``: its link and how much there is to review."""

    href: str
    title: str
    names: int
    dropped: int
    missing: str


def _candidate_row(candidate: Candidate, dossier: Dossier) -> CandidateRow:
    where = article_uri(dossier.article[candidate.first.article].slug)
    seen = [
        Seen(href(URI, where, o.anchor), passage_label(o.anchor), o.line)
        for o in candidate.occurrences[:SEEN]
    ]
    kind = TYPES_BY_KEY[candidate.type].singular.lower()
    more = max(0, len(candidate.occurrences) - SEEN)
    return CandidateRow(candidate.name, kind, candidate.path, seen, more)


def article_section(
    article: Article, candidates: list[Candidate], dossier: Dossier
) -> Section:
    link = Ref(href(URI, article_uri(article.slug)), article.title, "articles", "")
    return Section(
        article.title,
        link,
        article.source,
        ", ".join(article.metadata.missing()),
        [_candidate_row(c, dossier) for c in candidates],
        article.dropped,
    )


def needs_review(article: Article, candidates: list[Candidate]) -> bool:
    return bool(candidates or article.dropped or article.metadata.missing())


def review_order(
    articles: list[Article], candidates: dict[str, list[Candidate]]
) -> list[Article]:
    """The articles with something to review first, each group newest seed first."""
    newest = sorted(articles, key=lambda a: a.source, reverse=True)
    return sorted(newest, key=lambda a: not needs_review(a, candidates[a.slug]))


def count_row(article: Article, candidates: list[Candidate]) -> CountRow:
    return CountRow(
        href(URI, article_uri(article.slug)),
        article.title,
        len(candidates),
        len(article.dropped),
        ", ".join(article.metadata.missing()),
    )


def render_report(dossier: Dossier) -> RenderedPage:
    """The whole report in one template call; the first ``DETAILED`` articles in review
    order in full, then the rest as rows of counts."""
    candidates = dossier.index.candidates
    if candidates is None:
        raise ValueError(
            "the report lists name suggestions: build the dossier with candidates"
        )
    articles = list(dossier.articles)
    ordered = review_order(articles, candidates)
    shown, rest = ordered[:DETAILED], ordered[DETAILED:]
    unmentioned = sorted(
        (e for e in dossier.entities.values() if not dossier.by_entity.get(e.slug)),
        key=lambda e: e.name,
    )
    markdown = render(
        "report.html",
        names=sum(len(c) for c in candidates.values()),
        with_names=sum(1 for c in candidates.values() if c),
        articles=len(articles),
        dropped=sum(len(a.dropped) for a in articles),
        incomplete=sum(1 for a in articles if a.metadata.missing()),
        sections=[article_section(a, candidates[a.slug], dossier) for a in shown],
        rest=[count_row(a, candidates[a.slug]) for a in rest],
        orphans=[(entity_ref(URI, e), e.source) for e in unmentioned],
    )
    return RenderedPage(URI, str(markdown), dict(META))
