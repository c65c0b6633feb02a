"""A Vietnamese byline that names the paper its copy is from ("Theo …": after, according
to) between the writers and the date: "Mai Lan - Theo Tin Mới | 28/06/2014 12:28 AM",
"AN HÀ - LÊ MAI (TỪ BUSAN, HÀN QUỐC), Theo Tin Mới 17:35 02/12/2018". A site that
carries other papers' copy signs it so; the paper is the page's outlet."""

from __future__ import annotations

import re

from dossier.clean.metadata import Outlets

MAX_PAPER_WORDS = 6
# "- Theo X |", ", Theo X 17:35": after the writers' dash, comma or bar, before the bar,
# the date or the line's end
_SOURCED = re.compile(
    r"(?:\s[-–]\s+|,\s+|\|\s*)(?P<part>Theo\s+"
    rf"(?P<paper>\S+(?:\s\S+){{0,{MAX_PAPER_WORDS - 1}}}?))(?=\s*\||\s+\d|\s*$)"
)


def _capitalised(name: str) -> bool:
    """Every word of a paper's name opens with a capital or a figure ("Tin Mới",
    "VTV24"); not "Theo dòng sự kiện" (follow the story), "Theo ảnh …" (after a photo)."""
    return all(word[0].isupper() or word[0].isdigit() for word in name.split())


def sourced_paper(text: str) -> tuple[str, str] | None:
    """The paper a byline's "Theo X" names, and the line without it (nor the dash,
    comma or bar before it): "Mai Lan | 28/06/2014 12:28 AM"."""
    match = _SOURCED.search(text)
    if not match or not _capitalised(match["paper"]):
        return None
    return match["paper"], f"{text[: match.start()]}{text[match.end('part') :]}"


def byline_paper(text: str, outlets: Outlets) -> str | None:
    """The paper a byline line names as its copy's source, as outlets.yml lists it."""
    found = sourced_paper(text)
    return (outlets.find(found[0]) or found[0]) if found else None
