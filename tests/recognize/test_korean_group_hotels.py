"""A Korean group's hotel named by its city, after it ("롯데호텔 하노이에서") or before it
("부산 롯데호텔"): the hotel with its city, not the chain alone. Every text here is
invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def bodies(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("포럼은 지난 5일 롯데호텔 하노이에서 열렸다.", "롯데호텔 하노이"),
        ("환영 만찬이 부산 롯데호텔에서 열렸다.", "부산 롯데호텔"),
        ("베트남 하노이 롯데호텔 하노이에서 설명회가 열렸다.", "롯데호텔 하노이"),
    ],
)
def test_a_group_hotel_with_its_city(text, name):
    found = bodies(text)
    assert name in found
    assert "롯데호텔" not in found  # the chain, not the hotel the story is at


@pytest.mark.parametrize(
    "text",
    [
        "대표단은 베트남 롯데호텔 두 곳을 둘러봤다.",  # a country: the group's hotels there
        "행사는 롯데호텔 연회장에서 열렸다.",  # no city
    ],
)
def test_a_group_hotel_without_a_city(text):
    assert not any(name.startswith("롯데호텔 ") for name in bodies(text))
