"""A dateline a site decorated with a pictograph between the wire's bracketed tag and the
dash (``Seoul (VNA)💙 – …``): the pictograph is read as a space, so the dateline comes off."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean.pictographs import PICTOGRAPH_CHARS

# A pictograph between a known outlet's bracketed tag and the dash (before the dash only:
# one after it may open the story, "Hanoi (VNA) – 💦The …"; after a place alone or an
# unknown bracket, "Hội An (Quảng Nam) 😍 - …", it is a reader's post, no dateline)
_PICTOGRAPH = re.compile(
    f"\\((?P<tag>[^()\\n]{{1,40}})\\)\\s*(?P<mark>[{PICTOGRAPH_CHARS}]+)(?=\\s*[-–—])"
)
MAX_DECORATED = 60  # characters of a paragraph's start a dateline may stand in


def undecorated(paragraph: str, outlet_names: meta.Outlets) -> str:
    """``Seoul (VNA)💙 – …``: the pictograph after a known outlet's tag read as a space,
    one character for one, so every length found holds on the text as written."""
    head = paragraph[:MAX_DECORATED]
    if not (found := _PICTOGRAPH.search(head)) or not outlet_names.find(found["tag"]):
        return paragraph
    start, end = found.span("mark")
    return head[:start] + " " * (end - start) + head[end:] + paragraph[MAX_DECORATED:]
