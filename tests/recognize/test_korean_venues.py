"""A stadium or a convention centre is a place, its name spelt by sound in several words
whole (recognize/candidates/korean_venues.py, korean_cued.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.korean_cued import with_cued_names


def names(text: str) -> dict[str, str]:
    return {
        name: kind for name, kind, _, _ in with_cued_names(text, korean_names(text))
    }


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "대표팀은 5일 말레이시아 쿠알라의 부킷잘릴 스타디움에서 열린 경기에서 졌다.",
            "부킷잘릴 스타디움",
        ),
        (
            "두 정상은 다낭 국제컨벤션센터에서 열린 만찬에 참석했다.",
            "다낭 국제컨벤션센터",
        ),
        (
            "장관은 3일 하이퐁시티 해양컨벤션센터에서 회담을 열었다.",
            "하이퐁시티 해양컨벤션센터",
        ),
    ],
)
def test_a_venue_is_a_place(text, venue):
    assert names(text).get(venue) == "cities"


def test_a_stadium_spelt_in_several_words_is_whole():
    found = names("결승전은 말레이시아 투안쿠 마르데카 스타디움에서 열렸다.")
    assert found.get("투안쿠 마르데카 스타디움") == "cities"
    assert "마르데카 스타디움" not in found


def test_a_one_syllable_word_between_spelt_words_belongs_to_the_name():
    found = names("경기는 태국 방콕의 겔로르 붕 수카르노 스타디움에서 열렸다.")
    assert found.get("겔로르 붕 수카르노 스타디움") == "cities"


@pytest.mark.parametrize(
    "text",
    [
        # the city whose stadium it is, with its particle, stays apart
        "경기는 태국 방콕의 라자망갈라 스타디움에서 열렸다.",
        # a body that is no venue keeps its type
        "하노이 한국문화센터에서 행사가 열렸다.",
    ],
)
def test_the_place_before_stays_apart_and_bodies_keep_their_type(text):
    found = names(text)
    assert "방콕의 라자망갈라 스타디움" not in found
    assert all(kind != "cities" or "센터" not in name for name, kind in found.items())


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a band or a club before the venue, headline style, no particle: not the venue's
        (
            "라일락스 부킷잘릴 스타디움에서 아시아 투어 공연을 열었다.",
            "부킷잘릴 스타디움",
        ),
        (
            "박지성 맨체스터 올드트래퍼드 스타디움에서 골을 넣었다.",
            "올드트래퍼드 스타디움",
        ),
    ],
)
def test_an_act_before_the_venue_is_not_the_venue_s(text, venue):
    found = names(text)
    assert found.get(venue) == "cities"
    assert not any(name.endswith(venue) and name != venue for name in found)


def test_a_convention_centre_acting_as_a_body_stays_one():
    found = names(
        "부산국제컨벤션센터는 7일 베트남 후에시 관광국과 업무협약을 맺었다고 밝혔다."
    )
    assert found.get("부산국제컨벤션센터") == "organizations"


def test_a_convention_centre_described_as_a_place_is_one():
    found = names("하노이 국제컨벤션센터는 5천 명이 들어가는 건물이다.")
    assert found.get("하노이 국제컨벤션센터") == "cities"
