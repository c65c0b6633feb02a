"""A Korean exchange named by its place or its own words ("다낭 증권거래소",
"한국선물거래소"), never what any exchange trades alone ("증권거래소", "코인거래소").
Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def bodies(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "올해 다낭 증권거래소(DSX)와 껀터 증권거래소가 문을 열었다.",
            "다낭 증권거래소",
        ),
        (
            "올해 다낭 증권거래소(DSX)와 껀터 증권거래소가 문을 열었다.",
            "껀터 증권거래소",
        ),
        ("두 회사는 한국금속선물거래소와 손을 잡았다.", "한국금속선물거래소"),
        ("그는 하노이 증권거래소에 상장했다.", "하노이 증권거래소"),
        ("그는 한국증권선물거래소에 상장했다.", "한국증권선물거래소"),
        ("그는 하노이증권거래소에 상장했다.", "하노이증권거래소"),
        ("그는 호찌민 증권거래소를 찾았다.", "호찌민 증권거래소"),
        ("그는 다낭 주식거래소를 찾았다.", "다낭 주식거래소"),
        ("그는 한국거래소를 찾았다.", "한국거래소"),
        ("그는 뉴욕증권거래소에 상장했다.", "뉴욕증권거래소"),
    ],
)
def test_an_exchange_named_by_its_place_or_own_words(text, name):
    assert name in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "그는 증권거래소에 상장하는 방안을 검토했다.",
        "암호화폐거래소 두 곳이 하노이에 진출했다.",
        "외환거래소를 통해 달러를 사들였다.",
        "두 거래소는 내년에 합쳐진다.",
        # a common noun before the head: which kind, not whose
        "해외거래소를 통해 코인을 샀다.",
        "국내거래소 다섯 곳이 문을 닫았다.",
        "주요거래소가 상장을 거부했다.",
        "우리는 불법거래소를 단속했다.",
        "금거래소에서 금을 샀다.",
        "비트코인거래소가 해킹당했다.",
        "가상통화거래소 규제가 강화됐다.",
        "디지털자산거래소를 세운다.",
        "탄소거래소를 열었다.",
        "원자재거래소와 손잡았다.",
        "파생상품거래소를 세운다.",
        "증권선물거래소에 상장했다.",
        "중앙화거래소와 탈중앙화거래소가 있다.",
        # a city before the bare head: which exchange is unsaid
        "서울 거래소에서 거래됐다.",
        "부산 거래소 관계자는 말했다.",
        "그는 하노이 거래소 관계자를 만났다.",
        # the city is no part of it: a particle, or a word of time before
        "하노이에 증권거래소가 생긴다.",
        "하노이의 증권거래소가 커졌다.",
        # a country before what it trades: a kind of exchange, not one
        "미국 코인거래소 다섯 곳이 문을 닫았다.",
        "일본 증권거래소 규정은 엄격하다.",
        "중국 가상화폐거래소를 단속했다.",
        "라오스 증권거래소 설립이 검토됐다.",
        # a city before what no city's exchange is named by
        "인천 코인거래소 관계자가 말했다.",
        # a place opening a common word, or a city alone glued to the head
        "부산물거래소를 세운다.",
        "경주마거래소가 문을 열었다.",
        "청주거래소가 열렸다.",
        "대전력거래소",
        "당시 증권거래소는 문을 닫았다.",
        "이날 거래소는 문을 닫았다.",
    ],
)
def test_what_an_exchange_trades_names_none(text):
    assert not [b for b in bodies(text) if b.endswith("거래소")]
