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
        ("라오스 증권거래소 설립이 승인됐다.", "라오스 증권거래소"),
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
    ],
)
def test_what_an_exchange_trades_names_none(text):
    assert not [b for b in bodies(text) if b.endswith("거래소")]
