"""A registered body's name written with another country's words beside it names that
country's body by the same name, when the registry holds one. The texts are invented."""

from __future__ import annotations

import pytest
from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text

KOREAN = "ministry-of-planning-and-investment-south-korea"
VIETNAMESE = "ministry-of-planning-and-investment-viet-nam"

MATCHER = build_matcher(
    make_registry(
        make_entity(
            "cities",
            "Seoul",
            aliases=["서울"],
            country="South Korea",
            kind="capital city",
        ),
        make_entity(
            "organizations",
            "Ministry of Planning and Investment (South Korea)",
            slug=KOREAN,
            native_name="기획투자부",
            country="South Korea",
        ),
        make_entity(
            "organizations",
            "Ministry of Planning and Investment (Viet Nam)",
            slug=VIETNAMESE,
            native_name="Bộ Kế hoạch và Đầu tư",
            country="Viet Nam",
        ),
        make_entity(
            "organizations",
            "Ministry of Fisheries of Viet Nam",
            aliases=["Ministry of Fisheries"],
            native_name="Bộ Thủy sản",
            country="Viet Nam",
        ),
    )
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, MATCHER, set())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đại diện Bộ Kế hoạch và Đầu tư Hàn Quốc phát biểu.", "Bộ Kế hoạch và Đầu tư"),
        (
            "Thứ trưởng Bộ Kế hoạch và Đầu tư Hàn Quốc; đại diện sở.",
            "Bộ Kế hoạch và Đầu tư",
        ),
    ],
)
def test_a_vietnamese_name_with_korea_beside_it_is_the_korean_ministry(text, name):
    assert _found(text) == [(KOREAN, name)]


def test_a_korean_name_with_vietnam_before_it_is_the_vietnamese_ministry():
    text = "그는 하노이에서 베트남 기획투자부 차관을 만났다."
    assert _found(text) == [(VIETNAMESE, "기획투자부")]
    assert _found("베트남 기획투자부, 박닌성의 협력") == [(VIETNAMESE, "기획투자부")]


def test_each_ministry_keeps_its_own_name_without_another_country():
    assert _found("기획투자부는 발표했다. Bộ Kế hoạch và Đầu tư cho biết.") == [
        (KOREAN, "기획투자부"),
        (VIETNAMESE, "Bộ Kế hoạch và Đầu tư"),
    ]


def test_the_ministry_of_a_field_in_another_capital_is_that_countrys_counterpart():
    assert _found("Bộ Kế hoạch và Đầu tư tại Seoul cho biết.") == [
        (KOREAN, "Bộ Kế hoạch và Đầu tư"),
        ("seoul", "Seoul"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Ministry of Planning and Investment issued a statement.",
        "Bộ Thủy sản Hàn Quốc cho biết hai bên sẽ gặp lại.",
        "The Korean Ministry of Fisheries issued a statement.",
    ],
)
def test_a_country_with_no_such_body_registered_gets_no_link(text):
    assert _found(text) == []
