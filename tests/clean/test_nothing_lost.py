"""Nothing lost: every non-blank line of every seed is on its article page or in the dropped list.

Lines are compared whitespace-normalised against the text of each page's HTML (markup removed;
the page rendered by the render stage and converted as MkDocs converts it, ``page_html``),
so a line shown as text — not interpreted as markup — is found, and a line swallowed by a
rendering bug is not. A dropped line must be logged with its number and must appear, with its
reason, on the editorial report a reviewer reads.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from builders import ROOT, page_html
from dossier.read.seeds import decode
from dossier.render.article import render_article
from dossier.render.report import render_report

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


class _Text(HTMLParser):
    """The text a reader sees in the page's main content (no scripts, no styles)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())


def squash(line: str) -> str:
    return " ".join(line.split())


def shown(line: str, page: str) -> bool:
    """The line is on the page, maybe with the word hyphenated at its end made whole."""
    if line in page:
        return True
    return line.endswith("-") and line[-2:-1].isalpha() and line[:-1] in page


@pytest.fixture(scope="module")
def report(bundled) -> str:
    return visible_text(page_html(render_report(bundled), bundled))


def test_there_are_seeds_to_check():
    assert len(SEEDS) >= 5


def test_every_seed_has_an_article(bundled):
    sources = {a.source for a in bundled.articles}
    missing = [
        p.relative_to(ROOT).as_posix()
        for p in SEEDS
        if p.relative_to(ROOT).as_posix() not in sources
    ]
    assert not missing, f"seeds without an article page: {missing}"


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_every_line_is_on_the_page_or_dropped(seed: Path, bundled):
    source = seed.relative_to(ROOT).as_posix()
    article = next(a for a in bundled.articles if a.source == source)
    text, _ = decode(seed.read_bytes(), source)
    assert text is not None
    page = visible_text(page_html(render_article(article, bundled), bundled))
    dropped = {d.line: d for d in article.dropped}
    lost = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if number in dropped:
            assert dropped[number].text == squash(line), (
                f"{source}:{number}: the dropped list holds other text"
            )
            continue
        if not shown(squash(line), page):
            lost.append(f"{source}:{number}: {line.strip()[:100]}")
    assert not lost, (
        "lines neither on the article page nor in the dropped list:\n" + "\n".join(lost)
    )


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_dropped_lines_are_on_the_editorial_report(seed: Path, bundled, report):
    source = seed.relative_to(ROOT).as_posix()
    article = next(a for a in bundled.articles if a.source == source)
    section = report.split(source, 1)
    assert len(section) == 2, f"{source} is not on the editorial report"
    shown = section[1].split("seeds/", 1)[0]  # up to the next article's seed path
    missing = [
        f"line {d.line} ({d.reason}): {d.text[:80]}"
        for d in article.dropped
        if squash(d.text) not in shown or d.reason not in shown
    ]
    assert not missing, (
        f"{source}: dropped lines missing from the report:\n" + "\n".join(missing)
    )
