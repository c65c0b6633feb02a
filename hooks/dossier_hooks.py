"""MkDocs adapter: the only module that knows MkDocs events. Each event is a few lines.

The pipeline (``hooks/dossier``) builds a Dossier from seeds/ and docs/<type>/; this module
adds the generated pages as virtual files and swaps in the generated entity pages.
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

sys.path.insert(0, str(Path(__file__).parent))

from dossier.api import api_files  # noqa: E402
from dossier.gc_pause import cyclic_gc_paused  # noqa: E402
from dossier.jsonld import page_jsonld  # noqa: E402
from dossier.pipeline import Dossier, build_dossier  # noqa: E402
from dossier.reproducible import VARIABLE, commit_epoch, source_date_epoch  # noqa: E402
from dossier.sanitize import sanitize_prose  # noqa: E402
from dossier.search_index import refine_site, space_blocks  # noqa: E402
from dossier.site import enrich, generated_pages  # noqa: E402

log = logging.getLogger("mkdocs.hooks.dossier")
_state: dict[str, Dossier] = {}
_meta: dict[str, dict] = {}  # generated page → its metadata, handed to MkDocs as is (no YAML round trip)


def on_config(config):
    _state.clear()  # the module lives as long as `mkdocs serve`: never reuse a previous build
    _meta.clear()
    gc.unfreeze()  # mkdocs serve: the previous build's dossier may be collected now (see on_files),
    gc.collect()  # and is, before this build makes its own (the pipeline runs with the collector paused)
    epoch = source_date_epoch(os.environ, commit_epoch(Path(config.config_file_path).parent))
    if epoch:
        os.environ[VARIABLE] = epoch  # sitemap dates from the last commit, not the clock: see reproducible.py
    return config


def on_files(files: Files, config) -> Files:
    with cyclic_gc_paused():  # see dossier/gc_pause.py
        files = add_dossier_files(files, config)
    gc.freeze()  # the dossier lives as long as the build: rendering need not walk its objects again and again
    return files


def add_dossier_files(files: Files, config) -> Files:
    root = Path(config.config_file_path).parent
    dossier = build_dossier(root)
    if dossier.errors:
        raise PluginError("The dossier has errors:\n" + "\n".join(f"  {p}" for p in dossier.errors))
    for problem in dossier.problems:
        log.info("%s", problem)
    _state["dossier"] = dossier
    docs = Path(config.docs_dir).relative_to(root).as_posix()
    for page in generated_pages(dossier):
        file = File.generated(config, page.uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV)
        _meta[page.uri] = page.meta  # the front matter of page.file_text(), set in on_page_markdown
        file.edit_uri = posixpath.relpath(page.edit_path, docs) if page.edit_path else None  # the true source
        files.append(file)
    for uri, text in api_files(dossier).items():  # the open data under /api/
        files.append(File.generated(config, uri, content=text))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    page.meta.update(_meta.get(page.file.src_uri, {}))
    jsonld = page_jsonld(page.file.src_uri, _state["dossier"], config.site_url or "")
    if jsonld:
        page.meta["jsonld"] = jsonld  # written into <head> by overrides/main.html
    rendered = enrich(page.file.src_uri, markdown, _state["dossier"])
    if rendered is None:
        return markdown
    page.meta.update(rendered.meta)
    return rendered.markdown


def on_page_content(html: str, page, config, files) -> str:
    return sanitize_prose(html)  # the editor's prose on entity pages: allow-listed HTML only


@event_priority(50)  # before the search plugin (priority 0) indexes page.content
def on_page_context(context, page, config, nav):
    page.content = space_blocks(page.content)
    return context


@event_priority(-100)  # after the search plugin (priority 0) has written search/search_index.json
def on_post_build(config) -> None:
    for problem in refine_site(Path(config.site_dir), _state["dossier"]):
        log.warning("%s", problem)
