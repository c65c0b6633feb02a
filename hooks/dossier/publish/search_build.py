"""Build the search after the site: write the search box's files, run Pagefind, check its output.

Pagefind (the ``pagefind`` package with its binary, pinned in requirements.txt) reads the built
HTML, where :func:`dossier.publish.search_index.annotate` marked what to index, and writes a
chunked index to ``pagefind/``: a reader's browser loads the small entry files, then only the
chunks of the words it searches for. Whatever the search box relies on is checked here, so a
missing binary or a changed output layout stops the build with a message saying what to do,
instead of a site whose search silently finds nothing. The bundle is then made byte-identical
from build to build (``search_bundle.py``), as the rest of the site is.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

from dossier.model import Dossier
from dossier.publish.search_bundle import BundleFormatError, stabilize
from dossier.publish.search_files import search_files

BUNDLE_DIR = "pagefind"
SUPPORTED = (
    "1."  # the major version the search box is written for (pagefind.js API 1.x)
)
# What the search box loads from the bundle, and what this module reads to check the index.
ENTRY = "pagefind-entry.json"
SCRIPT = "pagefind.js"
INSTALL = "run `make` (or `.venv/bin/pip install -r requirements.txt`), which installs pagefind[extended]"
TIMEOUT = 3600  # seconds: a very large site takes minutes, a hung binary must not hang the build


class SearchBuildError(Exception):
    """The search could not be built; the message says why and what to do."""


def pagefind_binary() -> Path:
    """The Pagefind executable of the ``pagefind`` package (or ``$PAGEFIND_BINARY_PATH``)."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        raise SearchBuildError(
            f"the site's search needs Pagefind, which is not installed: {INSTALL}"
        ) from None
    try:
        binary = get_executable()
    except (FileNotFoundError, OSError) as error:
        raise SearchBuildError(
            f"the Pagefind binary is missing ({error}): {INSTALL}"
        ) from None
    if binary is None or not Path(binary).is_file():
        raise SearchBuildError(
            f"the Pagefind binary is missing ({binary or 'not found'}): {INSTALL}, or set PAGEFIND_BINARY_PATH"
        )
    return Path(binary)


def write_files(site_dir: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def run_pagefind(
    site_dir: Path, binary: Path | None = None, output: Path | None = None
) -> str:
    """Index ``site_dir`` into ``output`` (default ``site_dir/pagefind``); returns
    Pagefind's report."""
    target = (
        ["--output-path", str(output)] if output else ["--output-subdir", BUNDLE_DIR]
    )
    command = [str(binary or pagefind_binary()), "--site", str(site_dir), *target]
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchBuildError(
            f"Pagefind could not index {site_dir}: {error}"
        ) from None
    report = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        tail = "\n".join(report.splitlines()[-15:])
        raise SearchBuildError(
            f"Pagefind failed to index {site_dir} (exit {done.returncode}):\n{tail}"
        )
    return report


def check_bundle(bundle: Path, expected_pages: int) -> list[str]:
    """Check that the bundle is what the search box loads; returns the indexed page counts by
    language, or raises with what changed."""
    changed = "Pagefind's output is not what the search box expects"
    missing = [name for name in (ENTRY, SCRIPT) if not (bundle / name).is_file()]
    if missing:
        raise SearchBuildError(
            f"{changed}: {', '.join(missing)} missing under {bundle} (pin pagefind as in requirements.txt)"
        )
    try:
        entry = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
        version = str(entry["version"])
        pages = {
            lang: int(info["page_count"]) for lang, info in entry["languages"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise SearchBuildError(
            f"{changed}: {bundle / ENTRY} cannot be read ({error!r})"
        ) from None
    if not version.startswith(SUPPORTED):
        raise SearchBuildError(
            f"{changed}: Pagefind {version} built it, the search box is written for {SUPPORTED}x (pin pagefind as in requirements.txt)"
        )
    if sum(pages.values()) < expected_pages:
        raise SearchBuildError(
            f"Pagefind indexed {sum(pages.values())} pages into {bundle}, fewer than the {expected_pages} articles and entities: "
            "a page lost its data-pagefind-body (see dossier/publish/search_index.annotate)"
        )
    return [f"{lang}: {count} pages" for lang, count in sorted(pages.items())]


def build_search(site_dir: Path, dossier: Dossier) -> list[str]:
    """Write the search box's files into the built site and index it; returns a report."""
    write_files(site_dir, search_files(dossier))
    return index_site(site_dir, dossier)


def index_site(
    site_dir: Path, dossier: Dossier, bundle: Path | None = None
) -> list[str]:
    """Run Pagefind over the built site into ``bundle`` (default ``site_dir/pagefind``),
    check what it wrote and make it stable; returns a report."""
    bundle = bundle or site_dir / BUNDLE_DIR
    start = time.perf_counter()
    run_pagefind(site_dir, output=None if bundle == site_dir / BUNDLE_DIR else bundle)
    took = f"Pagefind {time.perf_counter() - start:.1f} s"
    report = check_bundle(bundle, len(dossier.articles) + len(dossier.entities))
    try:  # the same pages, the same bytes (see search_bundle.py)
        stabilize(bundle)
    except (BundleFormatError, OSError, ValueError, KeyError, TypeError) as error:
        raise SearchBuildError(
            f"Pagefind's output is not what the search box expects: {error} (pin pagefind as in requirements.txt)"
        ) from None
    return [*report, took]
