"""Real-browser fixtures: the built site served on 127.0.0.1, Debian's chromium driven by Playwright.

- ``site_url``: the site of the session's ``built`` fixture (one strict build), served by a
  background ``http.server`` thread on a free port.
- ``browser``: headless chromium (``/usr/bin/chromium`` or ``$DOSSIER_CHROMIUM``). Without a
  browser the tests skip with the reason — except when ``CI=true``, where that is a failure.
- ``page``: a fresh wide page whose requests to anything but 127.0.0.1 are blocked and recorded
  in ``external_requests`` (the site must work offline).
- ``search``: types into Material's search box and returns every result, in order.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDE = {
    "width": 1400,
    "height": 1000,
}  # Material shows its search box in the header from 1220 px
SEARCH_INPUT = "input[data-md-component=search-query]"
RESULT_META = ".md-search-result__meta"
RESULT_ITEM = ".md-search-result__item"
TIMEOUT_MS = 15_000


def chromium_path() -> str | None:
    candidate = (
        os.environ.get("DOSSIER_CHROMIUM")
        or shutil.which("chromium")
        or "/usr/bin/chromium"
    )
    return candidate if Path(candidate).is_file() else None


def no_browser(reason: str) -> None:
    """Skip locally; in CI (``CI=true``) a missing browser fails the run instead of hiding the tests."""
    message = f"browser tests need Debian's chromium and Playwright for Python: {reason} (install with `apt-get install chromium`)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: {message}", pytrace=False)
    pytest.skip(message)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the signature http.server calls
        pass


@pytest.fixture(scope="session")
def site_url(built) -> Iterator[str]:
    """Base URL of the built site, served from a background thread until the session ends."""
    handler = functools.partial(_QuietHandler, directory=str(built.site))
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


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        no_browser("no chromium executable found")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        no_browser(f"cannot import playwright ({error})")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


@dataclass
class ExternalRequests:
    """Blocks every request that does not go to 127.0.0.1 and records its URL."""

    attempted: list[str] = field(default_factory=list)

    def attach(self, target) -> ExternalRequests:
        """Route a Playwright Page or BrowserContext through the guard."""
        target.route("**/*", self._handle)
        return self

    def _handle(self, route) -> None:
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            self.attempted.append(url)
            route.abort()


@pytest.fixture
def external_requests() -> ExternalRequests:
    return ExternalRequests()


@pytest.fixture
def page(browser, external_requests):
    context = browser.new_context(viewport=WIDE, service_workers="block")
    external_requests.attach(context)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


@dataclass(frozen=True)
class SearchResult:
    path: str  # site-relative URL path, e.g. "leaders/to-lam/"
    title: str
    labels: tuple[str, ...]  # the tag chips of the page's result: "Leader · Viet Nam"
    text: str  # everything the result shows, sections included
    highlight: str  # the ?h= terms Material passes to the page for highlighting
    marked: tuple[str, ...]  # words shown inside <mark>


def _results(page, base: str) -> list[SearchResult]:
    rows = page.eval_on_selector_all(
        RESULT_ITEM,
        """items => items.map(item => {
            const link = item.querySelector(':scope > a')
            return {
                href: link.href,
                title: (link.querySelector('h1, h2') || link).textContent.trim(),
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
                parse_qs(url.query).get("h", [""])[0],
                tuple(row["marked"]),
            )
        )
    return found


# Material loads more results when the list *reaches* its end: leave the end first, one frame apart.
_REACH_THE_END = """async el => {
    const frame = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
    el.scrollTo(0, 0)
    await frame()
    el.scrollTo(0, el.scrollHeight)
    await frame()
}"""


def run_search(page, base: str, query: str) -> list[SearchResult]:
    """Type ``query`` into Material's search box and return all results (scrolling loads them all)."""
    if not page.url.startswith(base):
        page.goto(base)
    box = page.locator(SEARCH_INPUT)
    box.click()
    placeholder = page.evaluate(
        "JSON.parse(document.getElementById('__config').textContent).translations['search.result.placeholder']"
    )
    box.fill("")
    box.press("End")  # Material reads the query on keyup
    page.wait_for_function(
        "([sel, text]) => document.querySelector(sel).textContent.trim() === text",
        arg=[RESULT_META, placeholder],
    )
    box.fill(query)
    box.press("End")
    answered = "([sel, text]) => { const shown = document.querySelector(sel).textContent.trim(); return shown && shown !== text }"
    page.wait_for_function(answered, arg=[RESULT_META, placeholder])
    meta = page.locator(RESULT_META).inner_text()
    count = re.search(r"\d[\d,]*", meta)
    total = (
        int(count.group().replace(",", ""))
        if count
        else (1 if page.locator(RESULT_ITEM).count() else 0)
    )
    scroller = page.locator(".md-search__scrollwrap")
    for _ in range(
        total
    ):  # Material renders 10 results, then 4 more each time the list reaches its end
        shown = page.locator(RESULT_ITEM).count()
        if shown >= total:
            break
        scroller.evaluate(_REACH_THE_END)
        page.wait_for_function(
            "([sel, n]) => document.querySelectorAll(sel).length > n",
            arg=[RESULT_ITEM, shown],
        )
    page.evaluate("document.querySelector('.md-search__scrollwrap').scrollTo(0, 0)")
    return _results(page, base)


@pytest.fixture
def search(page, site_url) -> Callable[[str], list[SearchResult]]:
    """``search("Hà Nội")`` → the results Material shows for it, best first."""
    return functools.partial(run_search, page, site_url)
