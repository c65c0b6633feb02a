"""A city in a Korean wire's dateline credit is where the story was filed, not a mention.

Korean papers open (or close) a story with the place and the outlet joined by ``=`` in
brackets: "(서울=연합뉴스)", "【하노이＝가나일보】", or the outlet first with the place and
the reporter: "[인사이드비나=하노이, 홍길동 기자]". The cleaner takes most of them off; one
left in a paragraph names no place the story is about. The shapes are the cleaner's own
(:data:`dossier.clean.byline_wrappers.WIRE_LEAD`,
:data:`dossier.clean.korean_leads.PAPER_PLACE_REPORTER`), so a tally, a route or an index
base in brackets ("(서울=120명, 하노이=80명)", "(출발=하노이)", "(서울=100)") stays a
mention. Only a few characters either side of the name are read.
"""

from __future__ import annotations

from dossier.clean.byline_wrappers import WIRE_LEAD
from dossier.clean.korean_leads import PAPER_PLACE_REPORTER

_OPEN = "([【〔"
# the lenticular brackets and the wide equals sign some wires print ("【서울＝뉴시스】")
_ROUND = str.maketrans("【〔】〕＝", "(())=")
_MOST_BEFORE = 24  # characters between the opening bracket and the place
_MOST_AFTER = 40  # characters after the place: the outlet, or the reporter's name


def in_credit(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is a dateline credit's: the place of a
    wire's dateline ("(서울=연합뉴스)", an outlet's name after "=", not a number), or the
    place after a paper's name and before its reporter ("[가나일보=하노이, 홍길동 기자]")."""
    before = text[max(0, start - _MOST_BEFORE) : start]
    opened = max(before.rfind(mark) for mark in _OPEN)
    if opened < 0:
        return False
    at = start - len(before) + opened
    window = text[at : end + _MOST_AFTER]
    if window[0] == "[":
        cut = end - at
        if window[cut : cut + 1] == ",":  # "[…=하노이, 홍길동 기자]"
            window = window[:cut] + window[cut + 1 :]
        found = PAPER_PLACE_REPORTER.match(window)
        return found is not None and found.start("place") == start - at
    if at + 1 != start:
        return False
    lead = WIRE_LEAD.match(window.translate(_ROUND))
    if lead is None or lead.group().find("=") not in (-1, end - at, end - at + 1):
        return False
    outlet = lead.group().partition("=")[2].strip(" \t)")
    return not outlet[:1].isdigit()
