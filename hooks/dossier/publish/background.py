"""A second process for the build's own work that no page needs at once.

MkDocs renders a site in one process, page after page. Before it starts, half the seeds are
cleaned in a forked child (:func:`forked_pool`, given to ``build_dossier``). Three pieces of the dossier's work wait
until later in a build: the article pages' Markdown (MkDocs converts the entity pages first),
the name suggestions, which only the editorial report lists (populated last), and the count of
names on each page, which the search annotation adds when the page is laid out (after every
page has been converted). On a machine with two or more cores
``Background`` runs them in one forked child that inherits the built Dossier, so only texts and
answers cross the pipe, while MkDocs goes on converting pages; both are the same pure functions
the build would otherwise call inline, so the site is byte for byte the same either way.

Forking is only safe in a process with one thread: ``mkdocs build`` is one, ``mkdocs serve``
(a web server and a file watcher) is not, and there the previous build's cache makes the work
small anyway. Without fork (Windows), on one core or beside other threads, nothing is started
and the callers compute inline.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from dossier.derive.candidates import project_candidates
from dossier.model import Candidate, Dossier
from dossier.publish.search_index import name_counts
from dossier.render.article import render_article
from dossier.urls import article_uri

# In the child: the dossier and the project folder it was forked with.
_inherited: dict[str, object] = {}


def can_fork() -> bool:
    """Whether a forked child may work beside this process (see the module's docstring)."""
    return (
        "fork" in multiprocessing.get_all_start_methods()
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
    )


def forked_pool(**options) -> ProcessPoolExecutor:
    """One forked worker (``options``: an initializer and its arguments)."""
    context = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(max_workers=1, mp_context=context, **options)


def _adopt(dossier: Dossier, root: Path) -> None:
    _inherited.update(dossier=dossier, root=root)


def _candidates() -> dict[str, tuple[Candidate, ...]]:
    return project_candidates(_inherited["dossier"], _inherited["root"])  # type: ignore[arg-type]


def _article_pages(slugs: tuple[str, ...]) -> dict[str, str]:
    dossier: Dossier = _inherited["dossier"]  # type: ignore[assignment]
    return {
        article_uri(slug): render_article(dossier.article[slug], dossier).markdown
        for slug in slugs
    }


def _name_counts(html: str) -> dict[str, int]:
    return name_counts(html, _inherited["dossier"])  # type: ignore[arg-type]


class Background:
    """One forked worker holding a dossier; shut it down with :meth:`close`."""

    def __init__(self, dossier: Dossier, root: Path) -> None:
        # With fork, initargs are inherited, not pickled: the dossier is not copied through a pipe.
        self._pool = forked_pool(initializer=_adopt, initargs=(dossier, root))

    def article_pages(
        self, slugs: list[str], chunk: int = 50
    ) -> dict[str, Future[dict[str, str]]]:
        """Page uri → the future of a dict holding its Markdown (pages rendered in chunks)."""
        pending = {}
        for start in range(0, len(slugs), chunk):
            part = tuple(slugs[start : start + chunk])
            future = self._pool.submit(_article_pages, part)
            pending.update({article_uri(slug): future for slug in part})
        return pending

    def candidates(self) -> Future[dict[str, tuple[Candidate, ...]]]:
        return self._pool.submit(_candidates)

    def name_counts(self, html: str) -> Future[dict[str, int]]:
        return self._pool.submit(_name_counts, html)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
