"""The site as plain Markdown: every generated page written out, and a mkdocs.yml without hooks.

The exported folder builds with MkDocs and Material alone (``mkdocs build --strict -f
DIR/mkdocs.yml``), or with any generator that reads Markdown with front matter: the dossier
does not depend on MkDocs hooks, which Material's successor does not run.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from dossier.model import Dossier
from dossier.publish.api import api_files
from dossier.read.registry import split_front_matter
from dossier.render.page import RenderedPage
from dossier.render.site import enrich, generated_pages
from dossier.text import normalize

# Top-level keys of mkdocs.yml that only make sense with the hooks and the repository around them.
HOOK_ONLY_KEYS = ("hooks", "watch")
# The site's search is Pagefind, which the hooks run after each build; an export has MkDocs'
# own search plugin and Material's search box instead of the dossier's box and its scripts.
SEARCH_SCRIPTS = "assets/javascripts/search/"
SEARCH_BOX = Path("partials") / "search.html"  # under the theme's custom_dir
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def hook_free_config(text: str) -> str:
    """mkdocs.yml without the keys listed in HOOK_ONLY_KEYS (edited as text: it holds !!python tags)."""
    kept, skipping = [], False
    for line in text.split("\n"):
        match = _TOP_LEVEL_KEY.match(line)
        if match:
            skipping = match.group(1) in HOOK_ONLY_KEYS
        elif line and not line[0].isspace() and not line.startswith(("-", "#")):
            skipping = False
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def with_plain_search(text: str) -> str:
    """mkdocs.yml with MkDocs' search plugin in place of the dossier's search box scripts."""
    kept: list[str] = []
    for line in text.split("\n"):
        if line.lstrip().startswith("# Search is Pagefind"):
            continue
        if line.strip() == "type: module" and kept and SEARCH_SCRIPTS in kept[-1]:
            kept.pop()  # the script's two lines: its path, then its type
            continue
        kept.append(line)
    text = "\n".join(line for line in kept if SEARCH_SCRIPTS not in line)
    if re.search(r"^plugins:\n(?:  - .*\n)*  - search\b", text, re.M):
        return text
    return text.replace("\nplugins:\n", "\nplugins:\n  - search\n", 1)


def page_text(meta: dict, markdown: str) -> str:
    return RenderedPage("", markdown, meta).file_text() if meta else markdown


def exported_markdown(uri: str, text: str, dossier: Dossier) -> str:
    """A hand-written page as the site shows it: entity pages and the overview are generated."""
    front, body, _ = split_front_matter(normalize(text))
    rendered = enrich(uri, body.lstrip("\n"), dossier)
    if rendered is None:
        return text
    meta = (yaml.safe_load(front) or {}) if front else {}
    return page_text({**meta, **rendered.meta}, rendered.markdown)


def data_files(dossier: Dossier) -> dict[str, str]:
    """Generated files that are not pages (the open data under /api/), as the adapter adds them."""
    return api_files(dossier)


def export(root: Path, target: Path, dossier: Dossier) -> int:
    """Write DIR/docs, DIR/mkdocs.yml (and the theme overrides); the number of files written."""
    config_text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(config_text, Loader=_TolerantLoader)  # noqa: S506 - tags are read, not run
    docs = root / config.get("docs_dir", "docs")
    out_docs = target / "docs"
    written = 0
    for path in sorted(p for p in docs.rglob("*") if p.is_file()):
        uri = path.relative_to(docs).as_posix()
        destination = out_docs / uri
        destination.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".md":
            destination.write_text(
                exported_markdown(uri, path.read_text(encoding="utf-8"), dossier),
                encoding="utf-8",
            )
        else:
            shutil.copyfile(path, destination)
        written += 1
    for page in generated_pages(dossier):
        destination = out_docs / page.uri
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(page.file_text(), encoding="utf-8")
        written += 1
    for uri, text in data_files(dossier).items():
        destination = out_docs / uri
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(text, encoding="utf-8")
        written += 1
    custom_dir = (
        (config.get("theme") or {}).get("custom_dir")
        if isinstance(config.get("theme"), dict)
        else None
    )
    if custom_dir and (root / custom_dir).is_dir():
        shutil.copytree(root / custom_dir, target / custom_dir)
        (target / custom_dir / SEARCH_BOX).unlink(missing_ok=True)  # Material's box
        written += sum(1 for p in (target / custom_dir).rglob("*") if p.is_file())
    target.mkdir(parents=True, exist_ok=True)
    config = with_plain_search(hook_free_config(config_text))
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return written + 1


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's ``!!python/name`` and ``!ENV`` tags as plain values."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
