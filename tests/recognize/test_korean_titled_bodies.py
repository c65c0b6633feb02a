"""A registered body's Korean name with an office's title written onto it ("…부장관",
"…의장") names the body, as it does with a space before the title. Invented texts."""

from __future__ import annotations

import pytest
from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text

MATCHER = build_matcher(
    make_registry(
        make_entity(
            "organizations",
            "Ministry of Trade of Viet Nam",
            aliases=["베트남 무역부"],
            country="Viet Nam",
        ),
        make_entity(
            "organizations",
            "Ministry of Oceans (South Korea)",
            native_name="해양수산부",
            country="South Korea",
        ),
        make_entity(
            "organizations",
            "National Council of South Korea",
            native_name="대한민국 평의회",
            country="South Korea",
        ),
        make_entity("cities", "Busan", aliases=["부산"], country="South Korea"),
    )
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, MATCHER, set())]


@pytest.mark.parametrize(
    ("text", "slug", "name"),
    [
        (
            "그는 베트남 무역부장관의 초청으로 하노이를 찾았다.",
            "ministry-of-trade-of-viet-nam",
            "베트남 무역부",
        ),
        (
            "베트남 무역부차관은 협력을 약속했다.",
            "ministry-of-trade-of-viet-nam",
            "베트남 무역부",
        ),
        (
            "해양수산부장관은 항만 협력을 강조했다.",
            "ministry-of-oceans-south-korea",
            "해양수산부",
        ),
        (
            "해양수산부대변인 브리핑에서 밝혔다.",
            "ministry-of-oceans-south-korea",
            "해양수산부",
        ),
        (
            "대한민국 평의회의장 일행이 도착했다.",
            "national-council-of-south-korea",
            "대한민국 평의회",
        ),
    ],
)
def test_a_title_written_onto_a_bodys_korean_name(text, slug, name):
    assert _found(text) == [(slug, name)]


def test_the_same_with_a_space_before_the_title():
    assert _found("베트남 무역부 장관의 초청") == [
        ("ministry-of-trade-of-viet-nam", "베트남 무역부")
    ]


def test_a_single_syllable_head_is_no_title():
    assert _found("부산시장에서 생선을 샀다.") == [("busan", "부산")]
    assert _found("그 무역부장은 말했다.") == []
