"""A name spelt by sound after the occupation a paper introduces a person by: a singer, an
actor, a film director ("감독 … 과", "가수인 … 과"), the particle on its last word off; not
the common nouns that follow such a word (recognize/candidates/korean_occupations.py).
Every text here is invented."""

from __future__ import annotations

import pytest
from builders import proposed_names
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("축제 무대에는 인기 가수인 탄 뚱과 여러 팀이 올랐다.", "탄 뚱"),
        ("신작은 흥행 감독 로니 응엔과 제작사가 함께 만들었다.", "로니 응엔"),
        ("현지 국민 배우 하이 뚜가 주인공을 맡았다.", "하이 뚜"),
        ("주연은 영화배우 토니 찌엔이 맡았다.", "토니 찌엔"),
    ],
)
def test_a_name_spelt_by_sound_after_an_occupation_is_a_person(matcher, text, person):
    assert person in people(text)
    assert proposed_names(matcher, text).get(person) == "leaders"


@pytest.mark.parametrize(
    "text",
    [
        "학교는 작가 지망 학생을 모집했다.",
        "그는 배우 겸 가수 활동을 이어갔다.",
        "그는 가수 출신 방송인이 됐다.",
        "이번 작품에서 감독 역할 비중이 커졌다.",
        "선수 한 명이 다쳤다.",
        "주연 배우 두 명과 감독 등이 참석했다.",
        # a compound the paper spaced: written together, a word of the language
        "이어 가수 쇼 케이스를 하노이에서 열었다.",
        "배우 굿즈 샵을 찾은 팬들이 줄을 섰다.",
        "감독 차기 작은 다낭에서 촬영한다.",
    ],
)
def test_common_nouns_after_an_occupation_are_no_name(text):
    assert people(text) == []
