"""Korean exchanges: one is named by its own words, a country alone ("한국거래소") or a
country or a listed place and what it trades ("뉴욕증권거래소", "한국증권선물거래소"), or
by the listed city before the securities, shares, goods or futures it trades ("하노이
증권거래소"). What an exchange trades or which kind it is names none ("증권거래소",
"해외거래소", "금거래소"), nor a country before what it trades ("일본 증권거래소": any
of its exchanges), nor a place opening a common word ("부산물거래소", "청주거래소")."""

from __future__ import annotations

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, words_of
from dossier.text import name_key

EXCHANGE = "거래소"
_TRADED = frozenset(
    words_of(
        "증권 주식 외환 선물 상품 코인 암호화폐 가상화폐 가상자산 배출권 탄소배출권 "
        "금속 전력"
    )
)
# what a city's exchange is named by when the city is written apart ("하노이 증권거래소")
_TRADED_BY_A_CITY = frozenset(words_of("증권 주식 상품 선물"))


def placed_exchange(own: str, before: str) -> bool:
    """``before`` is the listed city whose exchange of ``own`` (securities, shares,
    goods, futures) it is: "하노이" of "하노이 증권거래소"; not "미국" of "미국
    코인거래소", "인천" of "인천 코인거래소"."""
    return own in _TRADED_BY_A_CITY and is_listed_place(name_key(before))


def named_exchange(own: str) -> bool:
    """``own``, before the head, is a country ("한국" of "한국거래소"), or a country or a
    listed place then what it trades ("뉴욕증권", "한국증권선물"); not "해외", "부산물",
    "청주" (a place alone glued to the head is a word: rice wine)."""
    if own in HANGUL_COUNTRIES:
        return True
    whose = own
    while goods := [t for t in _TRADED if whose.endswith(t) and len(whose) > len(t)]:
        whose = whose[: -len(max(goods, key=len))]
    return whose != own and (
        whose in HANGUL_COUNTRIES or is_listed_place(name_key(whose))
    )
