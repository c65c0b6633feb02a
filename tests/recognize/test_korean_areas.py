"""A place spelt by sound before the word for an area or its surroundings
(recognize/candidates/korean_areas.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("봉사단은 올해 베트남 북부 디엔쩌우 지역에서 진료를 했다.", "디엔쩌우"),
        ("회사는 몽즈엉 지역에 공장을 짓는다.", "몽즈엉"),
        ("새 다리는 락소이 인근을 잇는다.", "락소이"),
    ],
)
def test_a_place_spelt_by_sound_before_an_area_s_word(text, place):
    assert names(text).get(place) == "cities"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("농촌 지역에 학교를 지었다.", "농촌"),
        ("돌담길 인근에서 축제가 열렸다.", "돌담길"),
        ("베트남 북중부 지역의 날씨가 좋다.", "북중부"),
        ("행사에는 오세철 지역위원장이 참석했다.", "오세철"),
    ],
)
def test_words_of_the_language_or_a_person_are_no_place(text, word):
    assert names(text).get(word) != "cities"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("코참 일대 회원사들이 함께했다.", "코참"),
        ("호찌민 코참 인근에서 모임이 열렸다.", "코참"),
        ("비엣젯 지역 노선이 새로 생겼다.", "비엣젯"),
    ],
)
def test_an_area_s_word_never_retypes_a_body(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("인도태평양 지역의 평화가 중요하다.", "인도태평양"),
        ("중앙아시아 지역에 수출이 늘었다.", "중앙아시아"),
        ("환태평양 일대에 지진이 잦다.", "환태평양"),
    ],
)
def test_a_part_of_the_world_is_no_place_to_propose(text, region):
    assert region not in names(text)
