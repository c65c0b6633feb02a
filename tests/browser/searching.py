"""Driving the search box in a browser: type a query, wait for its answer, read every result.

The box (overrides/partials/search.html, assets/javascripts/search/search.js) marks the query
its results answer in ``data-answered`` and each finished rendering in ``data-view``; results
come 10 at a time, more as the list is scrolled to its end.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SEARCH_BOX = "[data-dossier-search]"
SEARCH_INPUT = "[data-dossier-search-query]"
RESULT_META = "[data-dossier-search-meta]"
RESULT_ITEM = ".md-search-result__item"
FACETS = "[data-dossier-search-facets]"


@dataclass(frozen=True)
class SearchResult:
    path: str  # site-relative URL path, e.g. "leaders/to-lam/"
    title: str
    labels: tuple[str, ...]  # the tag chips of the result: "Leader · Viet Nam"
    text: str  # everything the result shows
    highlight: tuple[str, ...]  # the ?h= terms the result passes to the page it opens
    marked: tuple[str, ...]  # words shown inside <mark>


def read_results(page, base: str) -> list[SearchResult]:
    """The results on show, in order."""
    rows = page.eval_on_selector_all(
        RESULT_ITEM,
        """items => items.map(item => {
            const link = item.querySelector(':scope > a')
            return {
                href: link.href,
                title: link.querySelector('h1').textContent.trim(),
                labels: [...link.querySelectorAll('.md-tag')].map(tag => tag.textContent.trim()),
                text: item.textContent,
                marked: [...item.querySelectorAll('mark')].map(mark => mark.textContent),
            }
        })""",
    )
    found = []
    for row in rows:
        url = urlsplit(row["href"])
        path = url.path.removeprefix(urlsplit(base).path)
        found.append(
            SearchResult(
                path,
                row["title"],
                tuple(row["labels"]),
                row["text"],
                tuple(parse_qs(url.query).get("h", [])),
                tuple(row["marked"]),
            )
        )
    return found


def view(page) -> int:
    """How many times the box has rendered results (it counts in ``data-view``)."""
    return int(page.locator(SEARCH_BOX).get_attribute("data-view") or 0)


def rerendered(page, before: int) -> None:
    """Wait until the box renders again after ``before`` (a facet or the sort changed)."""
    page.wait_for_function(
        "([box, n]) => Number(document.querySelector(box).dataset.view || 0) > n",
        arg=[SEARCH_BOX, before],
    )


def answered(page, query: str) -> None:
    """Wait until the results on show answer ``query`` (the box marks the query it answered)."""
    page.wait_for_function(
        "([box, q]) => document.querySelector(box).dataset.answered === q",
        arg=[SEARCH_BOX, query],
    )


def shown_total(page) -> int:
    """The number of results the box says it found ("1,234 matching documents")."""
    count = re.search(r"\d[\d,]*", page.locator(RESULT_META).inner_text())
    return int(count.group().replace(",", "")) if count else 0


def load_all_results(page) -> None:
    """Scroll the result list to its end until every result is rendered (10 at a time)."""
    total = shown_total(page)
    for _ in range(total):
        shown = page.locator(RESULT_ITEM).count()
        if shown >= total:
            break
        page.locator("[data-dossier-search-more]").scroll_into_view_if_needed()
        page.wait_for_function(
            "([sel, n]) => document.querySelectorAll(sel).length > n",
            arg=[RESULT_ITEM, shown],
        )
    page.evaluate(
        "document.querySelector('[data-dossier-search-scroll]').scrollTo(0, 0)"
    )


def run_search(page, base: str, query: str) -> list[SearchResult]:
    """Type ``query`` into the search box and return all results, best first."""
    if not page.url.startswith(base):
        page.goto(base)
    box = page.locator(SEARCH_INPUT)
    box.click()
    box.fill(query)
    answered(page, query)
    load_all_results(page)
    return read_results(page, base)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the signature http.server calls
        pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve a folder from a background thread; yields its base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(
        target=server.serve_forever, name="site-server", daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
