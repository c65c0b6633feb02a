"""The editorial report (/about/report/): what a reviewer reads first on a pull request preview.

Per article: names that look like entities but match none (with their guessed types), the lines
the cleaner dropped (line, reason, text) and the sidecar metadata not yet filled in; then the
entities no article names. A short summary of the whole dossier comes first.

The articles with something to review come first, newest seed first (a pull request adds the
newest seeds). A large dossier shows the first ``DETAILED`` of them in full and lists every other
article in one table with its counts, so the page stays light; ``scripts/dossier check`` prints
everything.
"""

from __future__ import annotations

from dossier.model import Article, Candidate, Dossier
from dossier.render.page import (
    RenderedPage,
    article_link,
    entity_link,
    esc,
    link,
    passage_label,
)
from dossier.schema import TYPES_BY_KEY
from dossier.urls import article_uri

URI = "about/report.md"
DETAILED = 100  # articles shown in full; the others are one table row each


def _candidate_rows(candidates: list[Candidate], dossier: Dossier) -> str:
    rows = []
    for candidate in candidates:
        article = dossier.article[candidate.first.article]
        where = article_uri(article.slug)
        seen = ", ".join(
            f"{link(URI, where, passage_label(o.anchor), o.anchor)} (line {o.line})"
            for o in candidate.occurrences[:4]
        )
        more = (
            f" and {len(candidate.occurrences) - 4} more"
            if len(candidate.occurrences) > 4
            else ""
        )
        kind = TYPES_BY_KEY[candidate.type].singular.lower()
        rows.append(
            f"<tr><td>{esc(candidate.name)}</td><td>{esc(kind)}</td><td><code>{esc(candidate.path)}</code></td><td>{seen}{more}</td></tr>"
        )
    header = '<tr><th scope="col">Name</th><th scope="col">Guessed type</th><th scope="col">Stub file</th><th scope="col">Seen in</th></tr>'
    return f'<table class="dossier-report"><thead>{header}</thead><tbody>{"".join(rows)}</tbody></table>'


def _dropped_rows(article) -> str:
    rows = "".join(
        f"<tr><td>{d.line}</td><td>{esc(d.reason)}</td><td><code>{esc(d.text)}</code></td></tr>"
        for d in article.dropped
    )
    header = '<tr><th scope="col">Line</th><th scope="col">Reason</th><th scope="col">Text</th></tr>'
    return f'<table class="dossier-report"><thead>{header}</thead><tbody>{rows}</tbody></table>'


def article_section(article, candidates: list[Candidate], dossier: Dossier) -> str:
    parts = [
        f"### {esc(article.title)}",
        f"<p>{article_link(URI, article)} · <code>{esc(article.source)}</code></p>",
    ]
    missing = article.metadata.missing()
    if missing:
        parts.append(
            f'<p class="dossier-report__missing">Sidecar metadata not filled in: {esc(", ".join(missing))}.</p>'
        )
    if candidates:
        parts.append(
            f"<p>{len(candidates)} unregistered name{'s' if len(candidates) != 1 else ''}:</p>{_candidate_rows(candidates, dossier)}"
        )
    if article.dropped:
        parts.append(
            f"<p>{len(article.dropped)} line{'s' if len(article.dropped) != 1 else ''} dropped as page clutter:</p>{_dropped_rows(article)}"
        )
    if len(parts) == 2:
        parts.append('<p class="dossier-empty">Nothing to review.</p>')
    return "\n\n".join(parts)


def needs_review(article: Article, candidates: list[Candidate]) -> bool:
    return bool(candidates or article.dropped or article.metadata.missing())


def review_order(
    articles: list[Article], candidates: dict[str, list[Candidate]]
) -> list[Article]:
    """The articles with something to review first, each group newest seed first."""
    newest = sorted(articles, key=lambda a: a.source, reverse=True)
    return sorted(newest, key=lambda a: not needs_review(a, candidates[a.slug]))


def counts_table(
    articles: list[Article], candidates: dict[str, list[Candidate]]
) -> str:
    """One row per article: its link and how much there is to review in it."""
    rows = "".join(
        f"<tr><td>{link(URI, article_uri(a.slug), a.title)}</td><td>{len(candidates[a.slug])}</td><td>{len(a.dropped)}</td>"
        f"<td>{esc(', '.join(a.metadata.missing())) or '—'}</td></tr>"
        for a in articles
    )
    header = (
        '<tr><th scope="col">Article</th><th scope="col">Unregistered names</th><th scope="col">Dropped lines</th>'
        '<th scope="col">Metadata not filled in</th></tr>'
    )
    return f'<table class="dossier-report"><thead>{header}</thead><tbody>{rows}</tbody></table>'


def articles_part(
    articles: list[Article], candidates: dict[str, list[Candidate]], dossier: Dossier
) -> list[str]:
    """The first ``DETAILED`` articles in review order in full, then the rest as rows of counts."""
    ordered = review_order(articles, candidates)
    shown, rest = ordered[:DETAILED], ordered[DETAILED:]
    parts = ["## Articles"]
    if rest:
        parts.append(
            f"<p>The {len(shown)} articles below are shown in full: those with something to review, newest seed first. "
            f'The other {len(rest)} follow in <a href="#other-articles">one table</a> with their counts. '
            "<code>scripts/dossier check</code> prints every name, dropped line and missing field of every article, "
            "with its file and line.</p>"
        )
    parts += [article_section(a, candidates[a.slug], dossier) for a in shown]
    if rest:
        parts += ["## Other articles", counts_table(rest, candidates)]
    return parts


def render_report(dossier: Dossier) -> RenderedPage:
    candidates = dossier.index.candidates
    articles = list(dossier.articles)
    unmentioned = sorted(
        (e for e in dossier.entities.values() if not dossier.by_entity.get(e.slug)),
        key=lambda e: e.name,
    )
    names = sum(len(c) for c in candidates.values())
    dropped = sum(len(a.dropped) for a in articles)
    incomplete = sum(1 for a in articles if a.metadata.missing())
    summary = [
        f"<li><strong>{names}</strong> unregistered name{'s' if names != 1 else ''} in "
        f"{sum(1 for c in candidates.values() if c)} of {len(articles)} articles</li>",
        f"<li><strong>{dropped}</strong> line{'s' if dropped != 1 else ''} dropped as page clutter</li>",
        f"<li><strong>{incomplete}</strong> article{'s' if incomplete != 1 else ''} with sidecar metadata not filled in</li>",
        f"<li><strong>{len(unmentioned)}</strong> entit{'ies' if len(unmentioned) != 1 else 'y'} no article names</li>",
    ]
    orphans = "".join(
        f"<li>{entity_link(URI, e)} <code>{esc(e.source)}</code></li>"
        for e in unmentioned
    )
    markdown = "\n\n".join(
        [
            "# Editorial report",
            "<p>Read this first when reviewing a change. Every name below should either get an entity file "
            "(<code>scripts/dossier suggest SEED --write</code>) or be listed under <code>not_entities</code> in the "
            "article's sidecar; every dropped line should be page clutter, not story text.</p>",
            f'<ul class="dossier-report__summary">{"".join(summary)}</ul>',
            *articles_part(articles, candidates, dossier),
            "## Entities no article names",
            f'<ul class="dossier-report__orphans">{orphans}</ul>'
            if orphans
            else '<p class="dossier-empty">None: every entity is named in an article.</p>',
        ]
    )
    meta = {
        "title": "Editorial report",
        "description": "Unregistered names, dropped lines and missing metadata, per article",
        "dossier_type": "report",
    }
    return RenderedPage(URI, markdown + "\n", meta)
