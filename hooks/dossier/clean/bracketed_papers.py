"""What a Korean lead's round brackets before its reporter name ("(한빛데일리) 김철수 기자 =
…"): a paper, the place the story was filed from, both ("(한빛일보 하노이)"), or neither (a
label, an office, a press pool, a date: "(종합)", "(청와대)", "(2024.03.05)"); and whether
the word before 기자 is the reporter's name or a desk, a place or a title ("사회부 기자",
"하노이 특파원", "Reporter Kim 기자")."""

from __future__ import annotations

import re

from dossier.clean.bylines import KOREAN_OUTLET_WORD, KOREAN_SECTIONS, is_korean_name
from dossier.clean.lead_reporters import is_place
from dossier.clean.metadata import outlets
from dossier.places import is_country

# the word a place's name ends in, listed or not: a province, city, county, town, district
PLACE_END = re.compile(r"[성도시군구읍면동주현]$")
_PLACE_BY_ITS_END = re.compile(
    r"[가-힣]{1,8}[성도시군구읍면동주현]"
)  # "박닌성", "한빛시"
_SECTION = re.compile(KOREAN_SECTIONS)  # "(종합)", "(경제)": a page's section, no paper
_DESK = re.compile(r"[가-힣]{1,8}(?:부|팀|취재단)")  # "사회부", "특별취재팀"
_TITLE = re.compile(r"(?i:reporter|correspondent|editor|staff|writer)\b")


def place_or_country(word: str) -> bool:
    return is_place(word) or is_country(word)


def names_a_paper(word: str) -> bool:
    """A paper's name: one a paper's word ends ("연합뉴스", "매일경제"), or a known outlet's
    ("뉴시스"); not a poster's handle ("ppp") nor an announcer ("이화정 아나운서")."""
    return bool(KOREAN_OUTLET_WORD.search(word)) or outlets().find(word) is not None


def _names_the_place(words: str) -> bool:
    """Every word a place, or the place whole: "하노이", "베트남 하노이", "박닌성", "Ha Noi"."""
    return place_or_country(words) or all(
        place_or_country(word) or _PLACE_BY_ITS_END.fullmatch(word)
        for word in words.split()
    )


def _names_the_reporter(name: str) -> bool:
    if not "가" <= name[:1] <= "힣":
        return not _TITLE.match(name)  # "Tran Van Nam", not "Reporter Kim"
    return (
        is_korean_name(name, outlets())
        and not place_or_country(name)
        and not _DESK.fullmatch(name)
        and not _SECTION.fullmatch(name)
    )


def bracketed_paper(
    bracket: str, name: str
) -> tuple[str | None, str | None, str | None]:
    """The place, the paper and the reporter of a lead opening "(bracket) name 기자 = …"."""
    author = name if _names_the_reporter(name) else None
    paper, _, place = bracket.rpartition(" ")
    if _names_the_place(bracket):
        return bracket, None, author
    if paper and names_a_paper(paper) and _names_the_place(place):
        return place, paper, author  # "(한빛일보 하노이)"
    if names_a_paper(bracket) and not _SECTION.fullmatch(bracket):
        return None, bracket, author
    return None, None, author
