"""The edges of the Korean rules of paired bodies, sights, units, anniversaries and an
event's year, narrowed: each sentence in the shape that read wrong."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("한-베 정상회담 직후 현대자동차는 공장 증설을 알렸다.", "현대자동차"),
        ("한-베 교역 확대 한국무역협회 주도로 열렸다.", "한국무역협회"),
        ("한국-베트남 관계 코이카 사업이 늘었다.", "코이카"),
        ("한-베 정상회담 기념 한국관광공사 사장이 말했다.", "한국관광공사"),
    ],
)
def test_a_proper_named_body_after_the_pair_is_its_own(text, body):
    """A body with a proper name of its own after "한-베 …" is no pair's body, nor are
    the countries' ties, talks or trade its name's words."""
    found = names(text)
    assert found.get(body) == "organizations"
    assert not any(name.startswith(("한-", "한국-")) and body in name for name in found)


def test_a_pair_then_its_particle_is_no_body():
    """ "한-베트남과 …": the countries with a particle, then a body of no name."""
    found = names("정부는 한-베트남과 기술교육센터를 함께 세운다.")
    assert not any(name.startswith("한-") for name in found)


@pytest.mark.parametrize(
    ("text", "temple"),
    [
        ("경북 주지사는 석굴암과 불국사를 둘러봤다.", "불국사"),
        ("주지의 사실이지만 해인사는 대장경을 지켜 왔다.", "해인사"),
        ("민간인 사찰 논란 속에 조계사는 말을 아꼈다.", "조계사"),
    ],
)
def test_a_temple_is_a_place_unless_its_monks_stand_beside_it(text, temple):
    assert names(text).get(temple) == "cities"


def test_a_temple_with_its_abbot_is_a_body():
    assert (
        names("해인사 주지 현응스님은 기자들을 만났다.").get("해인사")
        == "organizations"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("미국 보잉사는 항공기 20대를 인도했다.", "보잉사"),
        ("소니사와 파나소닉사는 공장을 늘렸다.", "소니사"),
        ("박은식의 한국통사는 고전이다.", "한국통사"),
        ("그 건설사는 자회사를 세웠다.", "건설사"),
        ("그 건설사는 자회사를 세웠다.", "자회사"),
        ("학생들은 세계사 수업을 들었다.", "세계사"),
    ],
)
def test_a_firm_a_book_or_a_common_word_is_no_sight(text, word):
    assert word not in names(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("한국무역협회 회원지회 대표들이 모였다.", "한국무역협회 회원지회"),
        ("삼성전자 온라인캠퍼스에서 교육을 받았다.", "삼성전자 온라인캠퍼스"),
        ("회사는 UAE 현지지부를 통해 수출한다.", "UAE 현지지부"),
        ("MBA 온라인캠퍼스 과정이 개설됐다.", "MBA 온라인캠퍼스"),
        ("회사는 DX 혁신캠퍼스를 열었다.", "DX 혁신캠퍼스"),
    ],
)
def test_a_chapter_or_a_campus_named_by_no_place_is_no_unit(text, unit):
    assert unit not in names(text)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("대한노인회 경남지회 회원들이 모였다.", "대한노인회 경남지회"),
        ("교육은 LG전자 평택캠퍼스에서 열렸다.", "LG전자 평택캠퍼스"),
    ],
)
def test_a_chapter_or_a_campus_named_by_its_place(text, unit):
    assert names(text).get(unit) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "부부는 결혼 30주년 기념 행사를 열었다.",
        "회사는 베트남 진출 20주년 기념 간담회를 열었다.",
        "입사 20주년 기념 세미나가 열렸다.",
    ],
)
def test_a_private_milestone_names_no_event(text):
    assert not any(kind == "events" for kind in names(text).values())


def test_an_event_marking_a_pairs_anniversary_keeps_its_name():
    found = names("두 도시는 대구-다낭 자매결연 20주년 기념 행사를 열었다.")
    assert found.get("대구-다낭 자매결연 20주년 기념 행사") == "events"


def test_an_events_year_at_the_end_of_a_sentence():
    found = names("올해 행사는 하노이투자포럼2024.")
    assert found.get("하노이투자포럼2024") == "events"
    assert "하노이투자포럼" not in found


def test_a_date_after_an_event_is_not_its_year():
    assert "하노이투자포럼2024" not in names("행사는 하노이투자포럼2024.5.3 열렸다.")
