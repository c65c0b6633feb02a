"""A Vietnamese byline that names the paper its copy is from ("Theo …": after, according
to) between the writers and the date: "Mai Hương - Theo Tin Mới | 28/06/2014 12:28
AM", "AN HÀ - LÊ MAI (TỪ BUSAN, HÀN QUỐC), Theo Tin Mới 17:35 02/12/2018". A site that
carries other papers' copy signs it so; the paper is the page's outlet. Only a paper
outlets.yml lists, or one on a line Vietnamese letters mark outside it: "Theo" is also
an English first name ("By Anna Lee, Theo Baker | May 14, 2024": a co-writer)."""

from __future__ import annotations

import re

from dossier.clean.metadata import Outlets

MAX_PAPER_WORDS = 6
# the weekday a date may open with ("Chủ Nhật, 12/05/2015"), no word of the paper's
_WEEKDAY = r",?\s+(?i:chủ\s+nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy))\b"
# "- Theo X |", ", Theo X 17:35": after the writers' dash, comma or bar, before the bar,
# the date (or its weekday) or the line's end
_SOURCED = re.compile(
    r"(?:\s[-–]\s+|,\s+|\|\s*)(?P<part>Theo\s+"
    rf"(?P<paper>\S+(?:\s\S+){{0,{MAX_PAPER_WORDS - 1}}}?))"
    rf"(?=\s*\||\s+\d|{_WEEKDAY}|\s*$)"
)
# a letter only Vietnamese writes (ă â đ ê ô ơ ư, a dot below or a hook above); not the
# marks of "Müller" or "Sánchez"
_VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def _capitalised(name: str) -> bool:
    """Every word of a paper's name opens with a capital or a figure ("Tin Mới",
    "VTV24"); not "Theo dòng sự kiện" (follow the story), "Theo ảnh …" (after a
    photo)."""
    return all(word[0].isupper() or word[0].isdigit() for word in name.split())


def sourced_paper(text: str, names: Outlets) -> tuple[str, str] | None:
    """The paper a byline's "Theo X" names, and the line without it (nor the dash,
    comma or bar before it): "Mai Hương | 28/06/2014 12:28 AM"; when ``names`` lists it
    or Vietnamese letters mark the rest of the line."""
    match = _SOURCED.search(text)
    if not match or not _capitalised(match["paper"]):
        return None
    after = text[match.end("part") :]
    if re.match(_WEEKDAY, after):  # "Lan Chi | Chủ Nhật, 12/05/2015": the date's own
        after = f" |{after.removeprefix(',')}"
    rest = f"{text[: match.start()]}{after}"
    listed = names.find(match["paper"])
    if not listed and not _VIETNAMESE_LETTER.search(rest):
        return None  # "By Anna Lee, Theo Baker": a co-writer, no paper
    return match["paper"], rest


def byline_paper(text: str, names: Outlets) -> str | None:
    """The paper a byline line names as its copy's source, as outlets.yml lists it."""
    found = sourced_paper(text, names)
    return (names.find(found[0]) or found[0]) if found else None
