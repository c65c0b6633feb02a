"""A country's missions abroad in Korean, whose names open with where they are stationed:
주 ("resident in") and the country or the city ("주한 베트남 대사관", "주호치민 총영사관",
"주 호치민 총영사관"), or the place and 주재 ("stationed in") before them ("베트남 주재
한국대사관")."""

from __future__ import annotations

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    RESIDENT,
    STATIONED,
    adjacent,
    stationed_in,
    words_of,
)
from dossier.recognize.candidates.lexicon import name_key

MISSIONS = ("대사관", "영사관", "대표부", "문화원")
CULTURAL_CENTRE = (
    "문화원"  # "(주 베트남) 한국 문화원": a country's cultural centre abroad
)
# words before 주 when it is the week: "이번 주", "지난 주", "다음 주"
_WEEK_BEFORE = frozenset(
    words_of(
        "이번 지난 다음 오는 지지난 다다음 금 전 매 한 두 세 첫 첫째 둘째 셋째 넷째 마지막 "
        "같은 그 이 요 저"
    )
)


def is_seat(word: str) -> bool:
    """``word`` says where a mission after it is: "주호치민", "호치민", "주한베트남"."""
    return (
        stationed_in(word)
        or is_listed_place(name_key(word))
        or word.removeprefix(RESIDENT + "한") in HANGUL_COUNTRIES
    )


def seat_before(words: list[tuple[str, int, int]], i: int) -> int | None:
    """The word of where a mission (word ``i``) is stationed, when 주재 (stationed in)
    stands between, the mission's country maybe after it: "베트남 주재 한국대사관",
    "하노이 주재 일본 대사관"."""
    for k in (i - 1, i - 2):
        if k >= 1 and words[k][0] == STATIONED and adjacent(words, k - 1, i):
            seat = words[k - 1][0]
            if seat in HANGUL_COUNTRIES or is_listed_place(name_key(seat)):
                return k - 1
    return None


def resident_opening(words: list[tuple[str, int, int]], first: int) -> int:
    """``first``, or the word 주 before it where a mission's name opens: "주 베트남 한국"
    (the country between), "주 호치민" (주 apart from the city; not "지난 주", last
    week), "주한 베트남"."""
    if (
        first >= 2
        and adjacent(words, first - 2, first)
        and words[first - 2][0] == RESIDENT
        and stationed_in(RESIDENT + words[first - 1][0])
    ):
        return first - 2
    if (
        first
        and adjacent(words, first - 1, first)
        and words[first - 1][0] == RESIDENT
        and stationed_in(RESIDENT + words[first][0])
        and not (first >= 2 and words[first - 2][0] in _WEEK_BEFORE)
    ):
        return first - 1
    if (
        first
        and adjacent(words, first - 1, first)
        and stationed_in(words[first - 1][0])
    ):
        return first - 1
    return first
