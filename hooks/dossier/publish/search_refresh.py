"""The search of a preview (``mkdocs serve``), rebuilt beside the server, not before the reload.

Pagefind reads every page of the site, which takes seconds on a large dossier; a preview rebuild
renders only the pages an edit changed. So under ``mkdocs serve`` the adapter writes the search
box's files and asks a ``SearchRefresher`` for a new index: a thread runs Pagefind into a
folder beside the site and then swaps it in for ``pagefind/``, while the browser has already
reloaded the edited page. Until then the search answers from the previous index. Requests that
come while Pagefind runs are merged: the thread indexes the newest site once more.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from pathlib import Path

from dossier.model import Dossier
from dossier.publish.search_build import BUNDLE_DIR, SearchBuildError, index_site

log = logging.getLogger("mkdocs.hooks.dossier")


def swap_in(site_dir: Path, dossier: Dossier) -> list[str]:
    """Index ``site_dir`` into a folder beside it, then put that folder in place of
    ``site_dir/pagefind``."""
    staging = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=site_dir.parent))
    try:
        report = index_site(site_dir, dossier, staging / BUNDLE_DIR)
        current, old = site_dir / BUNDLE_DIR, staging / "previous"
        if current.exists():
            current.rename(old)
        (staging / BUNDLE_DIR).rename(current)
        return report
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
                report = swap_in(*job)
                log.info("search updated: %s", ", ".join(report))
            except (SearchBuildError, OSError) as error:
                log.error("search: %s (the search shows the previous index)", error)
