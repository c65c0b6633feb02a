"""Where a registered name on a page means something else: a body whose country the text
names in one more way than a country word right beside it (Korean's possessive particle,
a list of bodies joined by middle dots, a country in brackets, the initials in brackets
before "of" and the country, another country's capital as the owner); a city in a Korean
wire's dateline credit; the man Ho Chi Minh City is named after, by his works; and a city
after the prefix for "stationed in". The texts and entities are invented."""

from __future__ import annotations

import pytest
from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text

MATCHER = build_matcher(
    make_registry(
        make_entity("cities", "Hanoi", aliases=["하노이"], country="Viet Nam"),
        make_entity(
            "cities", "Seoul", aliases=["서울"], country="South Korea", kind="capital"
        ),
        make_entity(
            "cities",
            "Ho Chi Minh City",
            aliases=["호찌민", "호치민"],
            country="Viet Nam",
        ),
        make_entity("cities", "Busan", aliases=["부산"], country="South Korea"),
        make_entity("organizations", "Song Ha Trading", country="Viet Nam"),
        make_entity(
            "organizations",
            "Ministry of Fisheries and Forests (South Korea)",
            aliases=["수산산림부", "Bộ Thủy sản và Lâm nghiệp"],
            country="South Korea",
        ),
        make_entity(
            "organizations",
            "Ministry of Fisheries and Forests (Viet Nam)",
            country="Viet Nam",
        ),
        make_entity(
            "organizations",
            "Ministry of Ports of Viet Nam",
            aliases=["Ministry of Ports"],
            country="Viet Nam",
        ),
    )
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, MATCHER, set())]


_KOREAN = "ministry-of-fisheries-and-forests-south-korea"
_VIETNAMESE = "ministry-of-fisheries-and-forests-viet-nam"


@pytest.mark.parametrize(
    "text",
    [
        "이번 행사는 베트남의 수산산림부가 주최했다.",  # the country's possessive particle
        "이번 행사는 베트남 농림개발부·수산산림부가 주최했다.",  # a dotted list
        "이번 행사는 베트남 정부 수산산림부가 주최했다.",  # before its government
        "Sự kiện do Bộ Thủy sản và Lâm nghiệp (Việt Nam) chủ trì.",  # in brackets
    ],
)
def test_a_country_named_another_way_gives_its_own_body(text):
    assert [slug for slug, _ in _found(text)] == [_VIETNAMESE]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Ministry of Ports (MOP) of Korea said so.",
        "The Ministry of Ports (MOP) of Korea, which hosted the talks, said so.",
        "The Ministry of Ports (MOP) of Korea and the Korea Foundation met.",
        "A spokesman for Seoul's Ministry of Ports said so.",
        "Một quan chức Ministry of Ports (Hàn Quốc) cho biết.",
    ],
)
def test_another_countrys_body_by_a_shared_name_is_not_linked(text):
    assert "ministry-of-ports-of-viet-nam" not in [slug for slug, _ in _found(text)]


def test_the_body_of_its_own_country_or_none_named_is_still_linked():
    assert [s for s, _ in _found("한국의 수산산림부와 Ministry of Ports (MOP)")] == [
        _KOREAN,
        "ministry-of-ports-of-viet-nam",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "(서울=가나통신) 김철수 기자 = 회의가 열렸다.",
        "[가나일보=하노이, 이영희 기자] 회의가 열렸다.",
        "【하노이＝가나일보】 회의가 열렸다.",
    ],
)
def test_a_city_in_a_korean_wires_dateline_credit_is_no_mention(text):
    assert _found(text) == []


def test_a_city_in_brackets_elsewhere_is_a_mention():
    assert _found("대표단은 수도(서울)와 항구 도시(하노이)를 찾았다.") == [
        ("seoul", "서울"),
        ("hanoi", "하노이"),
    ]


@pytest.mark.parametrize(
    "text", ["대학은 '호찌민 옥중일기 서예전'을 열었다.", "광장의 호치민 동상 앞에서"]
)
def test_the_mans_works_and_statues_are_not_the_city(text):
    assert _found(text) == []


def test_a_city_after_the_prefix_for_stationed_in_is_the_city():
    assert _found("주호치민 총영사관과 주하노이 대사관 직원") == [
        ("ho-chi-minh-city", "호치민"),
        ("hanoi", "하노이"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "주한 베트남 대사관·수산산림부가 함께 연 박람회",  # the embassy is Vietnam's only
        "베트남 상인·수산산림부 간담회가 열렸다.",  # traders, no body
        "한국과 베트남의 수산산림부 장관이 만났다.",  # both countries' ministers
        "베트남 대표부·수산산림부가 공동 주최했다.",  # a mission, no ministry
    ],
)
def test_a_country_qualifying_another_word_or_joined_to_another_keeps_the_body(text):
    assert [slug for slug, _ in _found(text)] == [_KOREAN]


def test_initials_of_two_joined_countries_name_no_single_owner():
    text = "Envoys of the Ministry of Ports (MOP) of Korea and Vietnam talked."
    assert "ministry-of-ports-of-viet-nam" in [slug for slug, _ in _found(text)]


def test_a_capitals_possessive_before_a_firm_keeps_the_firm():
    assert [s for s, _ in _found("Seoul's Song Ha Trading office grew fast.")] == [
        "seoul",
        "song-ha-trading",
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("지역별 방문객(서울=300명, 하노이=90명)을 셌다.", ["seoul", "hanoi"]),
        ("새 노선(출발=하노이)은 매주 뜬다.", ["hanoi"]),
        ("물가 지수(기준=서울)로 비교했다.", ["seoul"]),
        ("지수 (서울=100) 기준으로 계산했다.", ["seoul"]),
    ],
)
def test_a_tally_a_route_or_an_index_base_in_brackets_keeps_its_city(text, places):
    assert [slug for slug, _ in _found(text)] == places


@pytest.mark.parametrize("text", ["주부산악회 모임이 열렸다.", "주부산업 전시회"])
def test_a_word_opening_with_the_syllable_and_a_city_is_not_the_city(text):
    assert _found(text) == []


def test_a_city_glued_to_a_mission_after_the_prefix_is_the_city():
    assert _found("주하노이대사관 직원") == [("hanoi", "하노이")]


@pytest.mark.parametrize("text", ["호찌민 묘를 찾았다.", "호치민 묘에 헌화했다."])
def test_the_mans_tomb_with_its_particle_is_not_the_city(text):
    assert _found(text) == []


def test_a_word_opening_with_the_tombs_syllable_is_no_tomb():
    assert _found("호찌민 묘미를 즐겼다.") == [("ho-chi-minh-city", "호찌민")]
