"""Real-browser fixtures: the built site served on 127.0.0.1, Debian's chromium driven by Playwright.

- ``site_url``: the site of the session's ``built`` fixture (one strict build), served by a
  background ``http.server`` thread on a free port.
- ``browser``: headless chromium (``/usr/bin/chromium`` or ``$DOSSIER_CHROMIUM``). Without a
  browser the tests skip with the reason — except when ``CI=true``, where that is a failure.
- ``page``: a fresh wide page whose requests to anything but 127.0.0.1 are blocked and recorded
  in ``external_requests`` (the site must work offline).
- ``search``: types into the search box (Pagefind, in Material's look) and returns every
  result, in order (``searching.py``).
- ``synthetic_site``: a small synthetic dossier (``scripts/synthetic.py``: dated articles,
  countries, years), built once and served, for the facets and the sort by date.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from building import ROOT, run_build
from searching import SearchResult, run_search, served

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
TIMEOUT_MS = 15_000
SYNTHETIC = {
    "articles": 40,
    "entities": 30,
}  # enough for every type, several years and dates


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


@pytest.fixture(scope="session")
def site_url(built) -> Iterator[str]:
    """Base URL of the built site, served from a background thread until the session ends."""
    with served(built.site) as url:
        yield url


@dataclass(frozen=True)
class SyntheticSite:
    project: Path
    site: Path
    url: str


@pytest.fixture(scope="session")
def synthetic_site(tmp_path_factory) -> Iterator[SyntheticSite]:
    """A small synthetic dossier (dated articles, several countries and years), built strictly
    with the project's hooks and served."""
    from synthetic import generate

    work = tmp_path_factory.mktemp("synthetic")
    project = work / "dossier"
    generate(ROOT, project, SYNTHETIC["articles"], SYNTHETIC["entities"])
    build = run_build(project, work / "site")
    assert build.returncode == 0, build.output
    with served(build.site) as url:
        yield SyntheticSite(project, build.site, url)


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


@pytest.fixture
def search(page, site_url) -> Callable[[str], list[SearchResult]]:
    """``search("Hà Nội")`` → the results the box shows for it, best first."""
    return functools.partial(run_search, page, site_url)
