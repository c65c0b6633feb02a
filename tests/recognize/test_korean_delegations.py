"""A Korean exchange delegation (교류단) named by its own words ("국제친선교류단") or by
the city or county before it, though its own word is only a kind ("영천시 우호교류단");
never a kind of one alone ("우호교류단", "문화교류단"). Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def bodies(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("이날 영천시 우호교류단은 꽝응아이성을 찾았다.", "영천시 우호교류단"),
        ("열 명으로 꾸린 국제친선교류단은 다낭에 도착했다.", "국제친선교류단"),
        ("봉화군 우호교류단이 도착했다.", "봉화군 우호교류단"),
        ("꽝남성 청소년교류단이 왔다.", "꽝남성 청소년교류단"),
        ("다낭청소년교류단이 왔다.", "다낭청소년교류단"),
        ("베트남우호교류단이 왔다.", "베트남우호교류단"),
    ],
)
def test_a_delegation_named_by_its_place_or_own_words(text, name):
    assert name in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "우호교류단이 박물관을 둘러봤다.",
        "문화교류단이 하노이에 도착했다.",
        "양국 청소년 교류단이 만났다.",
        "기술교류단을 파견했다.",
        "스포츠교류단이 왔다.",
        "농업교류단이 왔다.",
        "봉사교류단이 왔다.",
        "민간교류단이 왔다.",
        "의료교류단이 왔다.",
        "경주시 교류단이 왔다.",
        "당시 우호교류단이 왔다.",
        "서울도 교류단을 보냈다.",
        # a delegation's kind or a sentence word glued to it, no place opening it
        "예술교류단을 파견했다.",
        "교사교류단을 파견했다.",
        "평화교류단을 파견했다.",
        "친선교류단을 파견했다.",
        "방문교류단을 파견했다.",
        "한일교류단을 파견했다.",
        "양국교류단이 만났다.",
        "이번교류단은 30명이다.",
    ],
)
def test_a_kind_of_delegation_alone_names_none(text):
    assert not [b for b in bodies(text) if b.endswith("교류단")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("다낭 시민도서관에서 열렸다.", "다낭 시민도서관"),
        ("서울 시민합창단이 공연했다.", "서울 시민합창단"),
        ("빈증 학생합창단이 공연했다.", "빈증 학생합창단"),
        ("호찌민 문화예술단이 공연했다.", "호찌민 문화예술단"),
    ],
)
def test_a_city_troupe_or_library_keeps_its_name(text, name):
    assert name in bodies(text)


def test_a_kind_of_volunteers_stays_unnamed_after_a_province():
    assert not [b for b in bodies("닥락성 해외봉사단이 왔다.") if "봉사단" in b]
