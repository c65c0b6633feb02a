"""A body's name that carries its country in Korean or Vietnamese is found with any of the
ways that language names the country, in that language's order: Korean puts the country
first ("한국 국회", "대한민국 국회", "한국의 국회"), Vietnamese after ("Quốc hội Hàn Quốc",
"Quốc hội Đại Hàn Dân Quốc"). The texts are invented."""

from __future__ import annotations

import pytest
from builders import make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_in_text
from dossier.recognize.native_variants import native_variants

ASSEMBLY = "national-assembly-of-south-korea"
PARTY = "communist-party-of-vietnam"

ASSEMBLY_ENTITY = make_entity(
    "organizations",
    "National Assembly of South Korea",
    slug=ASSEMBLY,
    aliases=["Quốc hội Hàn Quốc"],
    native_name="대한민국 국회",
    country="South Korea",
)
PARTY_ENTITY = make_entity(
    "organizations",
    "Communist Party of Vietnam",
    slug=PARTY,
    aliases=["베트남 공산당"],
    native_name="Đảng Cộng sản Việt Nam",
    country="Viet Nam",
)
FOUNDATION_ENTITY = make_entity(
    "organizations",
    "Seoul Welfare Foundation",
    native_name="서울복지재단",
    country="South Korea",
)
MATCHER = build_matcher(make_registry(ASSEMBLY_ENTITY, PARTY_ENTITY, FOUNDATION_ENTITY))


def _found(text: str) -> list[tuple[str, str]]:
    return [(slug, text[a:b]) for slug, a, b in find_in_text(text, MATCHER, set())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("한국 국회는 지난달 법안을 통과시켰다.", "한국 국회"),
        ("대한민국 국회가 회의를 열었다.", "대한민국 국회"),
        ("한국의 국회에서 연설했다.", "한국의 국회"),
        ("Ông Kim, đại biểu Quốc hội Hàn Quốc, phát biểu.", "Quốc hội Hàn Quốc"),
        ("Đoàn Quốc hội Đại Hàn Dân Quốc thăm Hà Nội.", "Quốc hội Đại Hàn Dân Quốc"),
        ("Đoàn Quoc hoi Han Quoc tới thăm.", "Quoc hoi Han Quoc"),
    ],
)
def test_the_country_in_the_language_s_own_order_names_the_body(text, name):
    assert _found(text) == [(ASSEMBLY, name)]


def test_a_vietnamese_name_ending_in_its_country_takes_its_other_forms():
    assert "Quốc hội Đại Hàn Dân Quốc" in native_variants(ASSEMBLY_ENTITY)
    assert "한국 국회" in native_variants(ASSEMBLY_ENTITY)


def test_the_body_alone_or_a_word_built_on_it_is_not_the_body():
    # "국회" alone may be any country's; "국회의원" is a lawmaker
    assert _found("국회는 지난달 법안을 통과시켰다.") == []
    assert _found("한국 국회의원 세 명이 방문했다.") == []
    # Vietnamese puts the country after: "Hàn Quốc" before the words is another phrase's
    assert _found("Tại Hàn Quốc Quốc hội đã họp.") == []


def test_a_name_without_its_country_takes_no_country():
    assert native_variants(FOUNDATION_ENTITY) == []


CONSULATE = make_entity(
    "organizations",
    "Vietnamese Consulate General in Daegu",
    aliases=["주대구 베트남 총영사관"],
    country="Viet Nam",
)


def test_a_korean_mission_s_name_without_its_word_for_stationed_in():
    matcher = build_matcher(make_registry(CONSULATE))
    text = "대사관은 대구 베트남 총영사관과의 첫 협의회를 열었다."
    found = [(s, text[a:b]) for s, a, b in find_in_text(text, matcher, set())]
    assert found == [(CONSULATE.slug, "대구 베트남 총영사관")]


def test_a_body_s_word_opening_with_the_syllable_is_kept_whole():
    # "주민 센터" (a residents' centre): no mission, nothing taken off
    entity = make_entity(
        "organizations",
        "Hanoi Residents Centre",
        aliases=["주민 센터"],
        country="Viet Nam",
    )
    assert native_variants(entity) == []


@pytest.mark.parametrize(
    "text",
    [
        # a list of bodies and countries: the country and the body are two items
        "행사에는 베트남, 한국, 국회 관계자들이 참석했다.",
        "정부·한국·국회가 나섰다.",
        "한국, 국회 그리고 정부.",
        "한국/국회 공동 자료.",
        # two countries joined: the pair's group or meeting, not one country's assembly
        "베트남·한국 국회 의원친선협회 회장이 말했다.",
        "베트남-한국 국회 의장 회담이 열렸다.",
        # the joiner set apart by spaces, or a slash or a plus between the countries
        "베트남 - 한국 국회 포럼이 열렸다.",
        "베트남 · 한국 국회 포럼이 열렸다.",
        "베트남/한국 국회 포럼",
        "베트남+한국 국회",
    ],
)
def test_a_country_beside_the_body_in_a_list_or_a_pair_is_not_its_name(text):
    assert ASSEMBLY not in [slug for slug, _ in _found(text)]


def test_the_registered_name_still_reads_across_a_line_break():
    assert _found("대한민국\n국회가 회의를 열었다.") == [(ASSEMBLY, "대한민국\n국회")]


def test_the_variants_leave_out_the_names_registered_already():
    assert "Quốc hội Hàn Quốc" not in native_variants(ASSEMBLY_ENTITY)


@pytest.mark.parametrize(
    "text",
    [
        "경북, 대구, 베트남 총영사관 관계자들이 참석했다.",
        "대구·베트남 총영사관 공동 행사가 열렸다.",
        "대구-베트남 총영사관 협력 강화.",
        "대구 / 베트남 총영사관 제공",
    ],
)
def test_a_city_listed_or_paired_before_a_mission_is_no_stationed_in(text):
    matcher = build_matcher(make_registry(CONSULATE))
    assert CONSULATE.slug not in [s for s, _, _ in find_in_text(text, matcher, set())]


def test_a_variant_with_a_title_written_on_is_the_office_holder():
    # "한국 국회의장": the speaker, a person; the particle alone keeps the body
    assert ASSEMBLY not in [slug for slug, _ in _found("김도윤 한국 국회의장이 왔다.")]
    assert _found("한국 국회의 결정을 따랐다.") == [(ASSEMBLY, "한국 국회")]
