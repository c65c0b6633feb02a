"""What a Korean lead's round brackets before its reporter name ("(한빛데일리) 김철수 기자 =
…"): a paper, the place the story was filed from, both ("(한빛일보 하노이)"), or neither (a
label, an office, a press pool, a date: "(종합)", "(포토뉴스)", "(글로벌 경제)", "(청와대)",
"(2024.03.05)"); and whether the word before 기자 is the reporter's name or a desk, a place,
a post or a title ("사회부 기자", "도쿄 특파원", "Reporter Kim 기자")."""

from __future__ import annotations

import re
from typing import NamedTuple

from dossier.clean.bylines import (
    KOREAN_OUTLET_WORD,
    KOREAN_SECTIONS,
    SECTION_NAME,
    is_korean_name,
)
from dossier.clean.lead_reporters import is_place
from dossier.clean.metadata import outlets
from dossier.places import gazetteer, is_country, is_listed_place
from dossier.text import name_key

# the word a place's name ends in, listed or not: a province, city, county, town, district
PLACE_END = re.compile(r"[성도시군구읍면동주현]$")
_SECTION = re.compile(KOREAN_SECTIONS)  # "(종합)", "(경제)": a page's section, no paper
_DESK = re.compile(r"[가-힣]{1,8}(?:부|팀|취재단)")  # "사회부", "특별취재팀"
_TITLE = re.compile(
    r"(?i:reporter|correspondent|editor|staff|writer|bureau|desk|news)\b"
)
# a correspondent's post, not a name ("도쿄 특파원", "현지 특파원", "주재 기자"): where
# Korean papers keep correspondents abroad, the gazetteer knowing only this region's places
_POSTS = frozenset(
    [
        "현지",
        "주재",
        "도쿄",
        "베이징",
        "상하이",
        "홍콩",
        "워싱턴",
        "뉴욕",
        "로스앤젤레스",
        "파리",
        "런던",
        "베를린",
        "브뤼셀",
        "모스크바",
        "제네바",
        "방콕",
        "자카르타",
        "싱가포르",
        "뉴델리",
        "시드니",
        "두바이",
        "카이로",
        "북미",
        "남미",
        "중남미",
        "중동",
        "유럽",
        "동남아",
        "아프리카",
    ]
)


class Bracketed(NamedTuple):
    place: str | None
    outlet: str | None
    author: str | None


def place_or_country(word: str) -> bool:
    return is_place(word) or is_country(word)


def names_a_paper(word: str) -> bool:
    """A paper's name: one a paper's word ends ("연합뉴스", "매일경제"), or a known outlet's
    ("뉴시스"); not a poster's handle ("ppp") nor an announcer ("이화정 아나운서")."""
    return bool(KOREAN_OUTLET_WORD.search(word)) or outlets().find(word) is not None


def _listed(word: str) -> bool:
    return (
        is_listed_place(name_key(word))
        or word in gazetteer().suffixed
        or is_country(word)
    )


def _a_listed_place(word: str) -> bool:
    """A listed place, or one with the word for its kind glued on ("박닌성"); not a label
    ending as a place does ("국방성", "이번주") nor an hour ("3시")."""
    return _listed(word) or bool(PLACE_END.search(word) and _listed(word[:-1]))


def _names_the_place(words: str) -> bool:
    """Every word a place, or the place whole: "하노이", "베트남 하노이", "박닌성", "Ha Noi"."""
    return _a_listed_place(words) or all(map(_a_listed_place, words.split()))


def _a_paper(word: str) -> bool:
    """One word naming a paper: not a section ("종합", "포토뉴스") nor a paper's word
    alone ("뉴스", "경제")."""
    return (
        names_a_paper(word)
        and not _SECTION.fullmatch(word)
        and not SECTION_NAME.fullmatch(word)
        and not KOREAN_OUTLET_WORD.fullmatch(word)
    )


def _the_paper(bracket: str) -> str | None:
    """The paper the brackets name: one word, or words a known outlet's ("(MBC 뉴스투데이)":
    MBC's programme; not a column's label, "(글로벌 경제)", "(뉴스 포커스)")."""
    if " " not in bracket:
        return bracket if _a_paper(bracket) else None
    if outlets().find(bracket) is not None:
        return bracket
    first = bracket.split()[0]
    return first if outlets().find(first) is not None else None


def _names_the_reporter(name: str) -> bool:
    if not "가" <= name[:1] <= "힣":
        return not _TITLE.search(name)  # "Tran Van Nam", not "Reporter Kim"
    return (
        is_korean_name(name, outlets())
        and name not in _POSTS
        and not place_or_country(name)
        and not _DESK.fullmatch(name)
        and not _SECTION.fullmatch(name)
    )


def bracketed_paper(bracket: str, name: str) -> Bracketed:
    """The place, the paper and the reporter of a lead opening "(bracket) name 기자 = …"."""
    author = name if _names_the_reporter(name) else None
    paper, _, place = bracket.rpartition(" ")
    if _names_the_place(bracket):
        return Bracketed(bracket, None, author)
    if paper and _a_paper(paper) and _names_the_place(place):
        return Bracketed(place, paper, author)  # "(한빛일보 하노이)"
    return Bracketed(None, _the_paper(bracket), author)
