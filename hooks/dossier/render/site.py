"""Every page the dossier adds to or changes in the site, as pure functions of a Dossier."""

from __future__ import annotations

from dossier.model import Dossier
from dossier.render.article import article_meta, render_article
from dossier.render.entity import render_entity
from dossier.render.indexes import all_index_pages, overview
from dossier.render.page import RenderedPage
from dossier.render.report import META as REPORT_META
from dossier.render.report import URI as REPORT_URI
from dossier.render.report import render_report
from dossier.render.views import view_pages
from dossier.urls import article_uri

OVERVIEW_MARKER = "<!-- dossier:overview -->"


def generated_pages(dossier: Dossier, articles: bool = True) -> list[RenderedPage]:
    """Pages that exist only in the build: articles, index pages and the views;
    ``articles=False``: the article pages' metadata alone, their Markdown left to
    :func:`dossier.render.article.render_article` (publish/background.py)."""
    return [
        *(
            render_article(a, dossier)
            if articles
            else RenderedPage(
                article_uri(a.slug), "", article_meta(a, dossier), edit_path=a.source
            )
            for a in dossier.articles
        ),
        *all_index_pages(dossier),
        *view_pages(dossier),
        report_page(dossier),
    ]


def report_page(dossier: Dossier) -> RenderedPage:
    """The editorial report, or, while its name suggestions are still being found
    (``index.candidates`` None), its metadata alone."""
    if dossier.index.candidates is None:
        return RenderedPage(REPORT_URI, "", dict(REPORT_META))
    return render_report(dossier)


def entity_for(uri: str, dossier: Dossier):
    type_key, _, name = uri.partition("/")
    entity = dossier.entities.get(name.removesuffix(".md"))
    return (
        entity
        if entity is not None and entity.type == type_key and entity.uri == uri
        else None
    )


def enrich(uri: str, markdown: str, dossier: Dossier) -> RenderedPage | None:
    """The generated version of a hand-written page, or None to leave it as it is."""
    entity = entity_for(uri, dossier)
    if entity is not None:
        return render_entity(entity, dossier)
    if OVERVIEW_MARKER in markdown:
        return RenderedPage(
            uri, markdown.replace(OVERVIEW_MARKER, overview(dossier, uri))
        )
    return None
