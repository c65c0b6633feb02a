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


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Kế hoạch và Đầu tư tại Seoul cho biết.",
        "Phái đoàn Bộ Kế hoạch và Đầu tư tại Seoul đã thăm một nhà máy.",
    ],
)
def test_a_ministry_in_another_capital_is_not_linked_to_that_countrys(text):
    # its delegation there, most often: the seat withholds the link, names no owner
    assert _found(text) == [("seoul", "Seoul")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("베트남 기획투자부장관은 서울에서 회의를 주재했다.", VIETNAMESE),
        ("베트남 기획투자부는 서울에서 회의를 열었다.", VIETNAMESE),
        ("베트남 기획투자부차관이 서울을 찾았다.", VIETNAMESE),
        ("한국 기획투자부장관이 하노이를 찾았다.", KOREAN),
        ("기획투자부장관은 회의를 주재했다.", KOREAN),
    ],
)
def test_a_korean_name_with_a_particle_or_title_onto_it_keeps_the_country_before(
    text, body
):
    assert [slug for slug, _ in _found(text) if slug != "seoul"] == [body]


def test_a_korean_name_with_a_third_country_before_it_glued_is_not_linked():
    assert _found("태국 기획투자부장관은 방콕에서 회의를 열었다.") == []


@pytest.mark.parametrize(
    "text",
    [
        "기획투자부 베트남 사무소는 다음 달 문을 연다.",
        "기획투자부 베트남 방문단이 도착했다.",
    ],
)
def test_a_country_after_a_korean_name_qualifies_the_next_noun(text):
    assert _found(text) == [(KOREAN, "기획투자부")]


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
