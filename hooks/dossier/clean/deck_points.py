"""A Korean page's deck printed as points above its lead: the story's summary in a few
short lines, each led by a bullet or a dash, none ending a sentence ("- 대외경제정책연구원,
하노이에서 세미나 개최" / "- 양국 연구기관 간 MOU 개정" / "대외경제정책연구원(KIEP)은 3일 …
밝혔다."). A list inside the story comes after its lead; these stand above it."""

from __future__ import annotations

import re

from dossier.clean.lines import HANGUL
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

# "- …", "• …", "▶ …", "ㆍ…": the mark leading each point
_POINT = re.compile(r"[-–•◦●▪■□▶▷►ㆍ]\s?(?=\S)")
# a point may run longer than a heading, never a paragraph's length
MAX_POINT_WORDS = 30
# a Korean sentence's end: "…했다", "…합니다."; a deck's point ends on a noun or a quote
_KOREAN_SENTENCE_END = re.compile(r"[다요죠][.!?]?[\"”’)]?$")


def _is_point(unit: Unit) -> bool:
    """One short line in Korean, led by a point's mark, no sentence ended."""
    text = unit.text.strip()
    point = _POINT.match(text)
    if point is None or len(unit.lines) != 1 or unit.caption:
        return False
    rest = text[point.end() :]
    letters = sum(1 for ch in rest if ch.isalpha())
    return (
        len(rest.split()) <= MAX_POINT_WORDS
        and len(HANGUL.findall(rest)) * 2 >= letters > 0
        and not rest.endswith((".", "!", "?"))
        and _KOREAN_SENTENCE_END.search(rest) is None
    )


def is_deck_point(units: list[Unit], index: int) -> bool:
    """The unit at ``index`` is one of a run of deck points (``_is_point``) with nothing
    but such points between it and the lead below: a paragraph in Korean, led by no mark.
    The caller asks only above the story's first paragraph."""
    if not _is_point(units[index]):
        return False
    below = index + 1
    while below < len(units) and (units[below].caption or _is_point(units[below])):
        below += 1  # (a picture's caption may stand between the points and the lead)
    if below >= len(units):
        return False
    lead = units[below]
    return (
        paragraph_like(lead)
        and _POINT.match(lead.text.strip()) is None
        and HANGUL.search(lead.text) is not None
    )
