"""Accessibility: axe-core finds no serious or critical violation on any kind of page, light or dark.

axe-core (tests/vendor/axe-core, vendored from npm) runs inside chromium on the served site.
The pages: home, an article, one entity of each type, every index and view page the build
has (discovered, so a new view is covered without editing this file), and the About pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from building import ROOT

pytestmark = pytest.mark.browser

AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
ENTITY_TYPES = (
    "leaders",
    "cities",
    "agreements",
    "initiatives",
    "organizations",
    "events",
)
NOT_PAGES = {"assets", "search", "api"}  # folders of files, not pages a reader visits
BLOCKING = ("serious", "critical")


def first_page(site: Path, folder: str) -> str | None:
    pages = sorted(p.parent.name for p in (site / folder).glob("*/index.html"))
    return f"{folder}/{pages[0]}/" if pages else None


def pages_to_check(site: Path) -> list[str]:
    """Home, each top-level index or view page, the About pages, an article and one entity per type."""
    top = sorted(
        p.parent.name
        for p in site.glob("*/index.html")
        if p.parent.name not in NOT_PAGES
    )
    about = sorted(
        f"about/{p.parent.name}/" for p in (site / "about").glob("*/index.html")
    )
    samples = [first_page(site, folder) for folder in ("articles", *ENTITY_TYPES)]
    chosen = ["", *(f"{name}/" for name in top), *about, *(s for s in samples if s)]
    for must in (
        "leaders/to-lam/",
        "cities/hanoi/",
    ):  # the pages the dossier is read through most
        if (site / must / "index.html").exists() and must not in chosen:
            chosen.append(must)
    return chosen


def violations(page, url: str, scheme: str) -> list[dict]:
    page.emulate_media(color_scheme=scheme)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert shown == ("slate" if scheme == "dark" else "default"), (
        f"{url}: Material shows scheme {shown!r} for {scheme}"
    )
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})"
    )
    return [v for v in result["violations"] if v["impact"] in BLOCKING]


def describe(found: list[dict]) -> str:
    lines = []
    for violation in found:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
        )
        for node in violation["nodes"][:5]:
            lines.append(
                f"    {json.dumps(node['target'])}: {node['failureSummary'].splitlines()[-1].strip()}"
            )
    return "\n".join(lines)


def test_axe_is_vendored():
    assert AXE.stat().st_size > 100_000
    assert (AXE.parent / "LICENSE").is_file()


def test_the_pages_cover_every_kind(built):
    chosen = pages_to_check(built.site)
    for expected in (
        "",
        "articles/",
        "leaders/",
        "cities/",
        "leaders/to-lam/",
        "cities/hanoi/",
    ):
        assert expected in chosen
    assert any(c.startswith("articles/") and c != "articles/" for c in chosen)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_axe_violations(
    page, site_url, built, scheme, external_requests
):
    failures = []
    for path in pages_to_check(built.site):
        found = violations(page, site_url + path, scheme)
        if found:
            failures.append(f"/{path} ({scheme}):\n{describe(found)}")
    assert not failures, "axe-core found serious or critical violations:\n" + "\n".join(
        failures
    )
    assert external_requests.attempted == []
