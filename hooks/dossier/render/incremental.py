"""Every page the dossier renders, rendering again only those an edit may have changed.

For ``mkdocs serve``: ``pages_to_render`` (``dossier.derive.changes``) names the article and
entity pages that may differ from the previous build's; the others are taken from that build
as they were. Pages made from the whole dossier (indexes, views, report, overviews) are
always rendered.
"""

from __future__ import annotations

from dossier.model import Dossier
from dossier.render.article import render_article
from dossier.render.entity import render_entity
from dossier.render.indexes import all_index_pages
from dossier.render.page import RenderedPage
from dossier.render.report import render_report
from dossier.render.site import enrich
from dossier.render.views import view_pages
from dossier.urls import article_uri


def dossier_pages(
    dossier: Dossier,
    overviews: dict[str, str],
    previous: dict[str, RenderedPage],
    todo: set[str] | None,
) -> dict[str, RenderedPage]:
    """uri → page for every page the dossier makes or fills in; ``overviews`` are the
    hand-written pages with an overview marker (uri → their Markdown); ``todo`` None
    renders everything."""

    def stale(uri: str) -> bool:
        return todo is None or uri in todo or uri not in previous

    pages: dict[str, RenderedPage] = {}
    for article in dossier.articles:
        uri = article_uri(article.slug)
        pages[uri] = render_article(article, dossier) if stale(uri) else previous[uri]
    for entity in dossier.entities.values():
        uri = entity.uri
        pages[uri] = render_entity(entity, dossier) if stale(uri) else previous[uri]
    for page in (
        *all_index_pages(dossier),
        *view_pages(dossier),
        render_report(dossier),
    ):
        pages[page.uri] = page
    for uri, source in overviews.items():
        page = enrich(uri, source, dossier)
        if page is not None:
            pages[uri] = page
    return pages
