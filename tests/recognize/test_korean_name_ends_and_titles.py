"""Korean names cut where they end: a Vietnamese name in Hangul does not take the body's
word that opens its title ("… 국회 외교위원장", "… 당 서기장", "… 빈시 당위원회"), nor a word
glued to a hyphen or a digit ("… 베-한 …", "… 제2차관"); a glued name ending in 이 after an
open syllable keeps it; a Korean name before a deputy's, an aide's, an attaché's or an
athlete's title; a name spelt in brackets before an industrial park or a district is a
place (recognize/candidates/vietnamese_name_ends.py, korean_words.py, filters.py,
glosses.py). Every text here is invented."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "person", "longer"),
    [
        (
            "행사에는 응웬 반 하우 국회 외교위원회 위원장이 참석했다.",
            "응웬 반 하우",
            "응웬 반 하우 국회",
        ),
        ("레 티 란 국회 법사위원장도 자리했다.", "레 티 란", "레 티 란 국회"),
        ("그는 팜 반 떤 당 서기장을 만났다.", "팜 반 떤", "팜 반 떤 당"),
        ("도 티 마이 베-한 친선협회장이 축사를 했다.", "도 티 마이", "도 티 마이 베"),
        ("외교부 호앙 밍 꽝 제2차관을 예방했다.", "호앙 밍 꽝", "호앙 밍 꽝 제"),
        (
            "응우옌 반 꾸옥 빈시 당위원회 부서기장은 말했다.",
            "응우옌 반 꾸옥",
            "응우옌 반 꾸옥 빈시",
        ),
    ],
)
def test_a_vietnamese_name_ends_before_the_body_its_title_opens_with(
    text, person, longer
):
    found = people(text)
    assert person in found
    assert longer not in found


def test_a_name_of_four_words_before_its_title_stays_whole():
    assert "응우옌 티 투 하" in people("응우옌 티 투 하 부위원장이 인사했다.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("국회에서는 김정식 입법차장과 직원들이 맞았다.", "김정식"),
        ("청와대 이민규 정무수석비서관도 배석했다.", "이민규"),
        ("정부 수석대표인 오재석 수석대표가 협상을 이끌었다.", "오재석"),
        ("청사에서 허동민 주베트남 한국 국방무관은 차관과 면담했다.", "허동민"),
        ("장애인 올림픽 금메달리스트 정우진 선수가 함께했다.", "정우진"),
        ("도지사는 쩐반록 빈증성 부서기를 만나 의견을 나눴다.", "쩐반록"),
    ],
)
def test_a_korean_or_vietnamese_name_before_a_title_the_lists_lacked(text, person):
    assert person in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "그를 만난 이래 국가대표 선수로 뛰었다.",  # "since", then an athlete's field
        "공영주차장 이용객이 늘었고 조수석 안전띠 착용도 늘었다.",  # a car park, a seat
        "축구 선수 다섯 명이 입단했다.",
    ],
)
def test_a_field_before_an_athlete_or_a_car_park_names_no_one(text):
    assert people(text) == []


def test_a_glued_name_ending_in_i_after_an_open_syllable_is_proposed(matcher):
    found = proposed_names(
        matcher, "빈롱성 대표단은 르꽝뚜오이 인민위원장을 단장으로 구성됐다."
    )
    assert found.get("르꽝뚜오이") == "leaders"


def test_a_long_word_ending_in_a_subject_particle_is_still_no_name(matcher):
    found = proposed_names(matcher, "대표단은 국제협력위원장이 이끌었다.")
    assert "국제협력위원장이" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("공장은 동나이성 남쪽의 년퐁(Nhon Phong) 공업단지에 들어섰다.", "년퐁"),
        ("2공장은 지아떤(Gia Tan) 지구의 산업단지에 있다.", "지아떤"),
    ],
)
def test_a_spelt_name_before_an_industrial_park_or_a_district_is_a_place(
    matcher, text, place
):
    assert proposed_names(matcher, text).get(place) == "cities"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "환경단체 푸른바다연대(Blue Sea Alliance) 지구 보호 보고서가 나왔다.",
            "푸른바다연대",
        ),
        ("대학생들이 녹색전환(Green Shift) 지구 살리기 운동을 벌였다.", "녹색전환"),
    ],
)
def test_a_glossed_term_before_the_earth_is_no_place(matcher, text, body):
    assert proposed_names(matcher, text).get(body) != "cities"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("하노이의 기업가 팜 반 뚜언 당 씨가 공장을 둘러봤다.", "팜 반 뚜언 당"),
        ("통역은 레 티 투 당 씨가 맡았다.", "레 티 투 당"),
    ],
)
def test_a_name_ending_in_dang_before_mr_keeps_it(text, person):
    found = people(text)
    assert person in found


def test_a_name_before_the_partys_post_still_ends_before_dang():
    found = people("회의는 쩐 반 끄엉 당 서기장 주재로 열렸다.")
    assert "쩐 반 끄엉" in found
    assert "쩐 반 끄엉 당" not in found
