"""A digest's standfirst naming who wrote the report it sums up: "…, writes Han Soo-min for
The Example Times." closing the story's first paragraph. The writer is the author; the
paper after "for" is where the report ran, not the page's outlet (the digest's site). The
words anywhere else (a later paragraph citing another writer) or inside a quote sign
nothing."""

from __future__ import annotations

import re

from dossier.clean.bylines import PERSON
from dossier.clean.metadata import Outlets, byline
from dossier.model import PARAGRAPH, Passage

_WRITES = re.compile(
    rf",\s+writes\s+(?P<name>{PERSON})\s+(?:for|in)\s+[A-Z][^,.;:!?“”\"]{{1,60}}\.$"
)


def digest_writer(passages: list[Passage], names: Outlets) -> str | None:
    """The writer the story's first paragraph closes on naming, outside any quote."""
    first = next((p.text for p in passages if p.kind == PARAGRAPH), "")
    found = _WRITES.search(first)
    if not found or _open_quote(first[: found.start()]):
        return None
    writers = byline(found["name"], names, alone=True)
    return ", ".join(writers) if writers else None


def _open_quote(text: str) -> bool:
    """A quote opened and not closed before the words."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1
