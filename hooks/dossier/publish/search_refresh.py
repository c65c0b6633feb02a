"""The search of a preview (``mkdocs serve``), rebuilt beside the server, not before the reload.

Pagefind reads every page of the site, which takes seconds on a large dossier; a preview rebuild
renders only the pages an edit changed. So under ``mkdocs serve`` the adapter writes the search
box's files and asks a ``SearchRefresher`` for a new index: a thread runs Pagefind into a
folder beside the site and then moves it into ``pagefind/``, while the browser has already
reloaded the edited page. Until then the search answers from the previous index, and a page
loaded before the swap keeps it (see :func:`swap_in`). Requests that
come while Pagefind runs are merged: the thread indexes the newest site once more.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from pathlib import Path

from dossier.model import Dossier
from dossier.publish.search_build import BUNDLE_DIR, SearchBuildError, index_site

log = logging.getLogger("mkdocs.hooks.dossier")


def bundle_files(bundle: Path) -> set[str]:
    return {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}


def swap_in(site_dir: Path, dossier: Dossier, keep: set[str] = frozenset()) -> set[str]:
    """Index ``site_dir`` into a folder beside it, then move its files into
    ``site_dir/pagefind``; returns the files of the new bundle.

    A page loaded before the swap still asks for the index files its Pagefind read at load
    time (their names are hashes of their content), so the files of the previous bundle
    (``keep``) stay until the next swap; older ones are removed.
    """
    staging = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=site_dir.parent))
    try:
        report = index_site(site_dir, dossier, staging / BUNDLE_DIR)
        fresh = bundle_files(staging / BUNDLE_DIR)
        target = site_dir / BUNDLE_DIR
        for name in sorted(fresh, key=lambda n: n.startswith("pagefind")):
            destination = target / name  # the entry files last: they name the others
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staging / BUNDLE_DIR / name, destination)
        stale = bundle_files(target) - fresh - set(keep) if target.exists() else set()
        for name in stale:
            (target / name).unlink(missing_ok=True)
        log.info("search updated: %s", ", ".join(report))
        return fresh
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class SearchRefresher:
    """One thread at a time indexes the newest site it was asked for."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wanted: tuple[Path, Dossier] | None = None
        self._thread: threading.Thread | None = None
        self._idle = threading.Event()
        self._idle.set()
        self._served: set[str] = set()  # the files of the bundle served now

    def request(self, site_dir: Path, dossier: Dossier) -> None:
        with self._lock:
            self._wanted = (site_dir, dossier)
            self._idle.clear()
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="dossier-search", daemon=True
                )
                self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Whether the search is up to date (waiting up to ``timeout`` seconds)."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                job, self._wanted = self._wanted, None
                if job is None:
                    self._thread = None
                    self._idle.set()
                    return
            try:
                self._served = swap_in(*job, keep=self._served)
            except (SearchBuildError, OSError) as error:
                log.error("search: %s (the search shows the previous index)", error)
