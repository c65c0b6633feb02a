"""MkDocs adapter: the only module that knows MkDocs. Each event is a few lines.

The ``dossier`` package builds a Dossier from seeds/ and docs/<type>/; this module adds the
generated pages as virtual files, swaps in the generated entity pages and refines the search
index. ``mkdocs serve`` imports it once and rebuilds many times: the content cache lives as
long as the process, everything else belongs to one build and is replaced in ``on_config``.
"""

from __future__ import annotations

import gc
import logging
import os
import posixpath
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

sys.path.insert(
    0, str(Path(__file__).parent)
)  # the package beside this file, installed or not

from dossier.build import build_dossier  # noqa: E402
from dossier.cache import ContentCache  # noqa: E402
from dossier.gc_pause import cyclic_gc_paused  # noqa: E402
from dossier.model import Dossier  # noqa: E402
from dossier.publish.api import api_files  # noqa: E402
from dossier.publish.html_blocks import restore_html_blocks, stash_html_blocks  # noqa: E402
from dossier.publish.reproducible import VARIABLE, commit_epoch, source_date_epoch  # noqa: E402
from dossier.publish.search_index import refine_site, space_blocks  # noqa: E402
from dossier.render.jsonld import page_jsonld  # noqa: E402
from dossier.render.sanitize import sanitize_prose  # noqa: E402
from dossier.render.site import enrich, generated_pages  # noqa: E402

log = logging.getLogger("mkdocs.hooks.dossier")
CACHE = (
    ContentCache()
)  # content-keyed: a rebuild under mkdocs serve recomputes only what changed


class Build:
    """What one build knows between MkDocs events."""

    dossier: Dossier
    meta: dict[str, dict] = {}  # generated page → its metadata, handed to MkDocs as is
    blocks: dict[
        str, tuple[str, ...]
    ] = {}  # page → its HTML blocks, put back after Markdown


build = Build()


def on_config(config):
    global build
    build = Build()
    build.meta, build.blocks = {}, {}
    gc.unfreeze()  # the previous build's objects may be collected now, before this build makes its own
    gc.collect()
    epoch = source_date_epoch(
        os.environ, commit_epoch(Path(config.config_file_path).parent)
    )
    if epoch:
        os.environ[VARIABLE] = (
            epoch  # sitemap dates from the last commit: see reproducible.py
        )
    return config


def on_files(files: Files, config) -> Files:
    with cyclic_gc_paused():  # see dossier/gc_pause.py
        files = add_dossier_files(files, config)
    gc.freeze()  # the dossier lives as long as the build: rendering need not walk it again and again
    return files


def add_dossier_files(files: Files, config) -> Files:
    root = Path(config.config_file_path).parent
    dossier = build_dossier(root, CACHE)
    if dossier.errors:
        raise PluginError(
            "The dossier has errors:\n" + "\n".join(f"  {p}" for p in dossier.errors)
        )
    for problem in dossier.problems:
        log.info("%s", problem)
    build.dossier = dossier
    docs = Path(config.docs_dir).relative_to(root).as_posix()
    for page in generated_pages(dossier):
        file = File.generated(
            config, page.uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV
        )
        build.meta[page.uri] = page.meta
        file.edit_uri = (
            posixpath.relpath(page.edit_path, docs) if page.edit_path else None
        )
        files.append(file)
    for uri, text in api_files(dossier).items():
        files.append(File.generated(config, uri, content=text))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    page.meta.update(build.meta.get(page.file.src_uri, {}))
    jsonld = page_jsonld(page.file.src_uri, build.dossier, config.site_url or "")
    if jsonld:
        page.meta["jsonld"] = jsonld  # written into <head> by overrides/main.html
    rendered = enrich(page.file.src_uri, markdown, build.dossier)
    if rendered is None:
        return markdown
    page.meta.update(rendered.meta)
    return rendered.markdown


def on_page_content(html: str, page, config, files) -> str:
    return sanitize_prose(
        html
    )  # the editor's prose on entity pages: allow-listed HTML only


@event_priority(50)  # before the search plugin (priority 0) indexes page.content
def on_page_context(context, page, config, nav):
    page.content = space_blocks(page.content)
    return context


@event_priority(
    -100
)  # after the search plugin (priority 0) has written search/search_index.json
def on_post_build(config) -> None:
    for problem in refine_site(Path(config.site_dir), build.dossier):
        log.warning("%s", problem)
