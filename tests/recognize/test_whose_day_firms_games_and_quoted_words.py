"""Korean phrases shaped like events that name none: whose day a match was ("…
팬들의 날"), a firm's initials before its games ("…(NC) 게임"), a meeting of the bodies
any meeting gathers ("관계기관 협력회의") or with its time before it ("지난달 …"), and a
common word in quotes after the noun of a kind ("축제 ‘대성공’에")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("결승전이 끝난 밤은 말 그대로 라오스 관중들의 날이었다.", "관중들"),
        ("그 경기는 일본 선수들의 날로 남을 것이다.", "선수들"),
        ("마침내 태국 대표팀의 날이 밝았다.", "대표팀"),
        ("이날은 한국 팬의 날이라 불러도 좋았다.", "팬"),
    ],
)
def test_whose_day_a_match_was_names_no_day(matcher, sentence, topic):
    assert not [n for n in proposed_names(matcher, sentence) if topic in n]


def test_a_day_for_a_country_s_people_is_still_one(matcher):
    found = proposed_names(matcher, "시는 8일 라오스 교사의 날을 맞아 행사를 열었다.")
    assert found.get("라오스 교사의 날") == "events"


@pytest.mark.parametrize(
    "sentence",
    [
        "야구 경기 중계 사이 가나다소프트(GND) 게임 광고가 늘었다.",
        "축구 선수 출신인 그는 넷크래프트(NK) 게임을 즐긴다.",
    ],
)
def test_a_firm_s_initials_before_game_name_no_games(matcher, sentence):
    assert not [n for n in proposed_names(matcher, sentence) if n.endswith("게임")]


def test_the_southeast_asian_games_by_name_and_initials_still_are(matcher):
    found = proposed_names(
        matcher, "그 감독은 대표팀을 동남아시안(SEA) 게임 결승에 올렸다."
    )
    assert found.get("동남아시안(SEA) 게임") == "events"


@pytest.mark.parametrize(
    "sentence",
    [
        "군은 지난달 관계기관 협력회의를 열고 대책을 논의했다.",
        "다음 달 유관기관 협력회의에서 일정을 정한다.",
        "이번 지역사회 협력회의에는 40여 명이 참석했다.",
    ],
)
def test_a_meeting_of_any_bodies_is_no_named_one(matcher, sentence):
    assert not [n for n in proposed_names(matcher, sentence) if "협력회의" in n]


@pytest.mark.parametrize(
    "sentence",
    [
        "양국은 지난달 스마트농업 협력회의를 열었다.",
        "양국은 다음 달 스마트농업 협력회의를 연다.",
    ],
)
def test_a_fielded_meeting_leaves_its_time_out(matcher, sentence):
    found = proposed_names(matcher, sentence)
    assert found.get("스마트농업 협력회의") == "events"
    assert not [n for n in found if "달" in n]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("지난해 축제 ‘대성공’에 힘입어 올해 규모를 키웠다.", "대성공"),
        ("청년 지원 프로그램 '무료'로 진행된다.", "무료"),
        ("그 캠페인 ‘성공’ 이후 후원이 늘었다.", "성공"),
        ("가을 축제 ‘인기’ 속에 막을 내렸다.", "인기"),
    ],
)
def test_a_common_word_in_quotes_after_a_kind_is_no_name(matcher, sentence, word):
    assert word not in proposed_names(matcher, sentence)
