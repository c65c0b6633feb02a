"""Golden pages: a few pages of the bundled dossier, rendered as the site renders them, compared
whole with the files in ``tests/render/golden/``.

The pages (one article, one leader, one city, the timeline) are made by
``dossier.render.site`` from the dossier built in memory from ``seeds/`` and ``docs/`` (no
MkDocs). Each golden file is the page as a Markdown file with its front matter
(``RenderedPage.file_text``), stored under the page's path (``golden/leaders/to-lam.md``).

The comparison is exact; a difference fails the test with a diff (cut at tags, to be read). When a change to the pages is intended (a renderer,
a template, a seed or an entity file changed), rewrite the golden files and review the diff
before committing them::

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/render/test_golden.py

With ``UPDATE_GOLDEN=1`` set the test writes the files and is reported as skipped.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from builders import ROOT
from dossier.model import Dossier
from dossier.render.page import RenderedPage
from dossier.render.site import enrich, generated_pages
from dossier.render.timeline import TIMELINE_URI

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    "articles/to-lam-concludes-state-visit-to-south-korea.md",
    "leaders/to-lam.md",
    "cities/hanoi.md",
    TIMELINE_URI,
]


def rendered(uri: str, dossier: Dossier) -> RenderedPage:
    """The page as the site makes it: generated, or a hand-written page enriched."""
    source = ROOT / "docs" / uri
    if source.is_file():
        page = enrich(uri, source.read_text(encoding="utf-8"), dossier)
    else:
        page = next((p for p in generated_pages(dossier) if p.uri == uri), None)
    assert page is not None, f"the site renders no page {uri}"
    return page


def readable(text: str) -> list[str]:
    """Lines cut after every tag as well, so a diff of long HTML lines shows what changed."""
    return text.replace(">", ">\n").splitlines()


@pytest.mark.parametrize("uri", PAGES)
def test_page_matches_its_golden_file(uri, bundled):
    text = rendered(uri, bundled).file_text()
    golden = GOLDEN / uri
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        pytest.skip(f"UPDATE_GOLDEN=1: wrote {golden.relative_to(ROOT)}")
    assert golden.is_file(), (
        f"no golden file {golden.relative_to(ROOT)}: run with UPDATE_GOLDEN=1"
    )
    expected = golden.read_text(encoding="utf-8")
    if text != expected:
        diff = difflib.unified_diff(
            readable(expected),
            readable(text),
            f"golden/{uri}",
            f"rendered {uri}",
            n=2,
            lineterm="",
        )
        shown = "\n".join(list(diff)[:80])
        pytest.fail(
            f"{uri} differs from its golden file (UPDATE_GOLDEN=1 rewrites it):\n{shown}",
            pytrace=False,
        )
