"""Korean places named by the word for their kind (korean_kind_places.py): a square, a new
town, a district, an airport after a name of their own, the government's complexes, a
river and its delta; an industrial park or an airport without its province or city
before it; a district after its city; a place listed with villages. And people: a
diplomat before their mission and its minister's title (korean_mission_posts.py), a
title with the copula after it, a complex's head, a Vietnamese surname spelt 잉, a
department no person before a doctor's name."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.korean_cued import with_cued_names


def proposed(matcher, text: str) -> dict[str, str]:
    return proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("시민들은 서울 숭례문 광장에서 모였다.", "숭례문 광장"),
        ("회사는 호이꽝 지구에 공장을 짓는다.", "호이꽝 지구"),
        ("새 지점은 그린레이크 신도시에 들어선다.", "그린레이크 신도시"),
        ("정부는 번떤 신공항 건설을 서두른다.", "번떤 신공항"),
        ("장관은 정부세종청사에서 회의를 열었다.", "정부세종청사"),
        ("유람선은 낙동강을 따라 내려갔다.", "낙동강"),
        ("쌀은 메콩강 삼각주에서 많이 난다.", "메콩강 삼각주"),
    ],
)
def test_a_place_by_the_word_for_its_kind(matcher, text, place):
    assert proposed(matcher, text).get(place) == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("우리는 아름다운 지구를 지켜야 한다.", "지구"),  # the Earth
        ("시민들은 서울 광장에서 모였다.", "서울 광장"),  # any square of the city
        ("정부는 번떤 신공항 건설을 서두른다.", "신공항"),  # the airport's kind alone
        ("두 나라는 전략적 협력 파트너이다.", "전략적"),  # partners, no title
        ("봉사단은 신경외과 이준서 과장과 간호사들로 꾸려졌다.", "신경외과"),
        ("회사는 하노이 연구 결과를 발표했다.", "연구"),
    ],
)
def test_a_common_word_before_or_as_a_kind_is_no_name(matcher, text, word):
    assert word not in proposed(matcher, text)


@pytest.mark.parametrize(
    ("text", "park", "whole"),
    [
        (
            "회사는 박닌성 꾸에보 공단에 공장을 지었다.",
            "꾸에보 공단",
            "박닌성 꾸에보 공단",
        ),
        (
            "회사는 타이빈성 띠엔하이공단에서 준공식을 열었다.",
            "띠엔하이공단",
            "타이빈성 띠엔하이공단",
        ),
        ("여객기는 호치민 떤선녓 공항에 내렸다.", "떤선녓 공항", "호치민 떤선녓 공항"),
    ],
)
def test_a_park_or_an_airport_without_its_province(matcher, text, park, whole):
    names = proposed(matcher, text)
    assert names.get(park) == "cities"
    assert whole not in names


def test_an_airport_named_by_a_common_word_keeps_its_county():
    text = "우리는 양양 국제공항에 내렸다."
    names = [n[0] for n in with_cued_names(text, korean_names(text))]
    assert "양양 국제공항" in names


def test_a_district_after_its_city_and_a_place_listed_with_villages(matcher):
    # the model reads "구" as a prefix of "신도시" here, so the city before says it
    text = "회사는 하노이 꺼우저이구 신도시에 쇼핑몰을 연다."
    assert proposed(matcher, text).get("꺼우저이구") == "cities"
    text = (
        "일행은 하회마을, 청암정, 현충사 등을 둘러봤다."  # "하회마을" no 하회마 and 을
    )
    assert proposed(matcher, text).get("청암정") == "cities"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("행사에는 김도윤 주 태국 한국대사관 공사와 기업인들이 참석했다.", "김도윤"),
        ("이번 회담의 주역은 한지석 주일 한국 대사다.", "한지석"),
        ("삼성전자의 박민호 복합단지장은 투자를 설명했다.", "박민호"),
        ("잉 반 록 다낭시 부위원장은 환영사를 했다.", "잉 반 록"),
        ("김민철 한전 부사장은 계획을 밝혔다.", "김민철"),  # a body's short name after
    ],
)
def test_a_person_before_a_post(matcher, text, person):
    assert proposed(matcher, text).get(person) == "leaders"


def test_an_embassy_and_its_ministers_title_is_no_body(matcher):
    text = "행사에는 김도윤 주 태국 한국대사관 공사와 기업인들이 참석했다."
    assert "한국대사관 공사" not in proposed(matcher, text)
