"""Korean exchanges: one is named by its own words opening with a country or a place
("한국거래소", "뉴욕증권거래소"), or by the city or country before what it trades ("하노이
증권거래소"); what an exchange trades or which kind it is names none ("증권거래소",
"해외거래소", "금거래소"), nor a city before the bare head ("서울 거래소")."""

from __future__ import annotations

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import (
    COUNTRY_WORDS,
    HANGUL_COUNTRIES,
    words_of,
)
from dossier.text import name_key

EXCHANGE = "거래소"
_TRADED = frozenset(
    words_of(
        "증권 주식 외환 선물 상품 코인 암호화폐 가상화폐 가상자산 배출권 탄소배출권"
    )
)
_PLACE_SYLLABLES = 2  # a listed place opening the name: "뉴욕", not "금"


def placed_exchange(own: str, before: str) -> bool:
    """``before`` is the city or country whose exchange of ``own`` (what it trades) it
    is: "하노이" of "하노이 증권거래소"."""
    return own in _TRADED and (
        before in HANGUL_COUNTRIES or is_listed_place(name_key(before))
    )


def named_exchange(own: str) -> bool:
    """``own``, before the head, opens with a country or a listed place: "한국" of
    "한국거래소", "뉴욕" of "뉴욕증권거래소" (not "해외", "국내", "비트코인")."""
    return own.startswith(COUNTRY_WORDS) or any(
        is_listed_place(name_key(own[:k]))
        for k in range(_PLACE_SYLLABLES, len(own) + 1)
    )
