"""MkDocs adapter: the only module that knows MkDocs. Each event is a few lines.

The ``dossier`` package builds a Dossier from seeds/ and docs/<type>/; this module adds the
generated pages as virtual files, swaps in the generated entity pages, marks what the search
indexes and runs Pagefind after the build. ``mkdocs build`` hands the report's name suggestions
and each page's name counts to a second process (publish/background.py); ``mkdocs serve``
imports this module once and rebuilds many times: the content cache and the previous build's
pages live as long as the process, and Pagefind runs beside the server (search_refresh.py).
Everything else belongs to one build and is replaced in ``on_config``.
"""

from __future__ import annotations

import logging
import os
import posixpath
import sys
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

sys.path.insert(
    0, str(Path(__file__).parent)
)  # the package beside this file, installed or not

from dossier.build import build_dossier  # noqa: E402
from dossier.cache import ContentCache  # noqa: E402
from dossier.derive.candidates import with_candidates  # noqa: E402
from dossier.derive.changes import pages_to_render  # noqa: E402
from dossier.model import Dossier  # noqa: E402
from dossier.publish.api import api_files  # noqa: E402
from dossier.publish.background import Background, can_fork, forked_pool  # noqa: E402
from dossier.publish.html_blocks import restore_html_blocks, stash_html_blocks  # noqa: E402
from dossier.publish.page_files import CACHE_FOLDER, remove_stale, write_if_changed  # noqa: E402
from dossier.publish.reproducible import VARIABLE, commit_epoch, source_date_epoch  # noqa: E402
from dossier.publish.search_build import (  # noqa: E402
    SearchBuildError,
    build_search,
    pagefind_binary,
    write_files,
)
from dossier.publish.search_files import search_files  # noqa: E402
from dossier.publish.search_index import UNSEARCHED, annotate  # noqa: E402
from dossier.publish.search_refresh import SearchRefresher  # noqa: E402
from dossier.render.incremental import dossier_pages  # noqa: E402
from dossier.render.jsonld import page_jsonld  # noqa: E402
from dossier.render.page import RenderedPage  # noqa: E402
from dossier.render.report import URI as REPORT_URI  # noqa: E402
from dossier.render.report import render_report  # noqa: E402
from dossier.render.sanitize import sanitize_prose  # noqa: E402
from dossier.render.site import OVERVIEW_MARKER, enrich, generated_pages  # noqa: E402

log = logging.getLogger("mkdocs.hooks.dossier")
CACHE = (
    ContentCache()
)  # content-keyed: a rebuild under mkdocs serve redoes only what changed


@dataclass
class Build:
    """What one build knows between MkDocs events."""

    dossier: Dossier | None = None
    meta: dict[str, dict] = field(default_factory=dict)  # page → its metadata, as is
    blocks: dict[str, tuple[str, ...]] = field(default_factory=dict)  # see html_blocks
    prerendered: set[str] = field(
        default_factory=set
    )  # pages read from the cache folder
    # `mkdocs build` on two cores or more: the work a second process does (background.py)
    background: Background | None = None
    candidates: Future | None = None  # the report's name suggestions
    counts: dict[str, Future] = field(default_factory=dict)  # page → its name counts
    markdown: dict[str, Future] = field(default_factory=dict)  # article page → its text


build = Build()


@dataclass
class Session:
    """What ``mkdocs serve`` keeps from one build to the next (see derive/changes.py)."""

    serving: bool = False
    previous: Dossier | None = None
    rendered: dict[str, RenderedPage] = field(default_factory=dict)
    search: SearchRefresher = field(default_factory=SearchRefresher)


session = Session()


def on_startup(command: str, dirty: bool) -> None:
    # Under serve, pages become files in the cache folder: --dirty skips unchanged ones.
    session.serving = command == "serve"


def on_config(config):
    global build
    build = Build()
    root = Path(config.config_file_path).resolve().parent
    epoch = source_date_epoch(os.environ, commit_epoch(root))
    if epoch:  # sitemap dates from the last commit: see reproducible.py
        os.environ[VARIABLE] = epoch
    return config


def on_files(files: Files, config) -> Files:
    root = Path(config.config_file_path).resolve().parent
    parallel = not session.serving and can_fork()
    if (
        parallel
    ):  # half the seeds cleaned in a second process; suggestions left for later
        with forked_pool() as pool:
            dossier = build_dossier(root, CACHE, candidates=False, pool=pool)
    else:
        dossier = build_dossier(root, CACHE)
    if dossier.errors:
        errors = "\n".join(f"  {p}" for p in dossier.errors)
        raise PluginError(f"The dossier has errors:\n{errors}")
    for problem in dossier.problems:
        log.info("%s", problem)
    build.dossier = dossier
    # Article pages and the report's suggestions, while MkDocs converts the other pages.
    if parallel:
        build.background = Background(dossier, root)
        log.debug("articles, suggestions and name counts in a second process")
        build.markdown = build.background.article_pages(
            [a.slug for a in dossier.articles]
        )
        build.candidates = build.background.candidates()
    if session.serving:
        return add_page_files(files, config, dossier)
    docs = Path(config.docs_dir).relative_to(root).as_posix()
    for page in generated_pages(dossier, articles=not build.markdown):
        hidden = InclusionLevel.NOT_IN_NAV
        file = File.generated(config, page.uri, content=page.markdown, inclusion=hidden)
        build.meta[page.uri] = page.meta
        source = page.edit_path
        file.edit_uri = posixpath.relpath(source, docs) if source else None
        files.append(file)
    for uri, text in api_files(dossier).items():
        files.append(File.generated(config, uri, content=text))
    return files


def add_page_files(files: Files, config, dossier: Dossier) -> Files:
    """Every page the dossier makes or fills in, as a file in the cache folder rewritten only
    when its text changes, rendering only the pages the last edit may have changed."""
    root = Path(config.config_file_path).resolve().parent
    folder = root / CACHE_FOLDER
    docs_path = Path(config.docs_dir).relative_to(root).as_posix()
    entity_pages = build_uris(dossier)
    overviews = {
        f.src_uri: f.content_string
        for f in files.documentation_pages()
        if f.src_uri not in entity_pages and OVERVIEW_MARKER in f.content_string
    }
    todo = pages_to_render(session.previous, dossier)
    pages = dossier_pages(dossier, overviews, session.rendered, todo)
    for uri, page in pages.items():
        write_if_changed(folder, uri, page.markdown)
        old = files.get_file_from_path(uri)
        hidden = old.inclusion if old else InclusionLevel.NOT_IN_NAV
        file = File(
            uri,
            str(folder),
            config.site_dir,
            config.use_directory_urls,
            inclusion=hidden,
        )
        if old is not None:
            files.remove(old)
            file.edit_uri = old.edit_uri
        else:
            source = (
                page.edit_path
            )  # a generated page is edited at its true source, if any
            file.edit_uri = posixpath.relpath(source, docs_path) if source else None
        build.meta[uri] = page.meta
        build.prerendered.add(uri)
        files.append(file)
    remove_stale(folder, set(pages))
    for uri, text in api_files(dossier).items():
        files.append(File.generated(config, uri, content=text))
    session.previous, session.rendered = dossier, pages
    return files


def build_uris(dossier: Dossier) -> set[str]:
    return {e.uri for e in dossier.entities.values()}


def on_nav(nav, config, files):
    """In a preview rebuild MkDocs reads only the pages that changed; the others still need
    their metadata (title, icon, tags) for the navigation of the pages that are rebuilt."""
    if session.serving:
        for file in files.documentation_pages():
            page = file.page
            if page is None or page.markdown is not None or page.meta:
                continue
            if file.src_uri in build.meta:
                page.meta.update(build.meta[file.src_uri])
            else:
                page.read_source(config)
    return nav


def on_page_markdown(markdown: str, page, config, files) -> str:
    uri = page.file.src_uri
    if uri in build.markdown:  # rendered by the second process (see on_files)
        markdown = build.markdown.pop(uri).result()[uri]
    # The report is populated last (see on_files): its suggestions are ready by then.
    if uri == REPORT_URI and build.candidates is not None:
        build.dossier = with_candidates(build.dossier, build.candidates.result())
        markdown = render_report(build.dossier).markdown
    page.meta.update(build.meta.get(uri, {}))
    jsonld = page_jsonld(uri, build.dossier, config.site_url or "")
    if jsonld:
        page.meta["jsonld"] = jsonld  # written into <head> by overrides/main.html
    rendered = (
        None if uri in build.prerendered else enrich(uri, markdown, build.dossier)
    )
    if rendered is not None:
        page.meta.update(rendered.meta)
        markdown = rendered.markdown
    elif uri not in build.meta:
        return markdown  # a hand-written page: its Markdown as written
    markdown, build.blocks[uri] = stash_html_blocks(markdown)  # see html_blocks.py
    return markdown


def on_page_content(html: str, page, config, files) -> str:
    uri = page.file.src_uri
    html = sanitize_prose(restore_html_blocks(html, build.blocks.pop(uri, ())))
    if build.background and uri not in UNSEARCHED and html.strip():
        build.counts[uri] = build.background.name_counts(html)  # see on_page_context
    return html  # the editor's prose: allow-listed HTML only


@event_priority(-100)  # last: what Pagefind indexes is the page as every plugin left it
def on_page_context(context, page, config, nav):
    future = build.counts.pop(page.file.src_uri, None)
    page.content = annotate(
        page.content,
        page.file.src_uri,
        build.dossier,
        page.title or "",
        future.result() if future else None,
    )
    return context


def close_background() -> None:
    if build.background is not None:
        build.background.close()
        build.background = None


def on_build_error(error) -> None:
    close_background()


@event_priority(-100)  # last: Pagefind reads every page as written
def on_post_build(config) -> None:
    close_background()
    # config.site_dir: under `mkdocs serve`, the temporary folder it serves
    site_dir = Path(config.site_dir)
    try:
        if session.serving:  # the page reloads now, the search a few seconds later
            pagefind_binary()  # a missing binary stops a preview as it stops a build
            write_files(site_dir, search_files(build.dossier))
            session.search.request(site_dir, build.dossier)
            return
        report = build_search(site_dir, build.dossier)
    except SearchBuildError as error:
        raise PluginError(f"search: {error}") from None
    log.info("search indexed: %s", ", ".join(report))


def wait_for_search(timeout: float | None = None) -> bool:
    """Under ``mkdocs serve``: whether the search index is up to date, waiting up to
    ``timeout`` seconds (scripts/bench measures the preview with it)."""
    return session.search.wait(timeout)
