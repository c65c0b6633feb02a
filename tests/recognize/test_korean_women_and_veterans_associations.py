"""A women's or a veterans' association named in one word by the place or the people it
serves: "다낭한인여성회", "하노이여성회", "베트남참전회" (like "…참전자회", "…한인회"); the
kind alone or a women's conference is none. Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def bodies(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "대상은 다낭국제학교(20가구), 다낭한인여성회(5가구) 등이다.",
            "다낭한인여성회",
        ),
        ("하노이여성회와 함께 바자를 열었다.", "하노이여성회"),
        ("베트남참전회 회원 30명이 모였다.", "베트남참전회"),
        ("울산참전회가 성금을 냈다.", "울산참전회"),
    ],
)
def test_an_association_named_by_its_place_or_people(text, body):
    assert body in bodies(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("여성회 회원들이 모였다.", "여성회"),
        ("참전회 회원들이 모였다.", "참전회"),
        ("그는 세계여성회의에 참석했다.", "세계여성회"),  # a women's conference
        ("지역여성회가 나섰다.", "지역여성회"),  # any area's
        ("2001년 베이징여성회의 이후 정책이 달라졌다.", "베이징여성회"),  # a conference
        ("아시아참전회의 참가국이 늘었다.", "아시아참전회"),
        ("한인여성회가 김장을 했다.", "한인여성회"),  # the Koreans' anywhere
        ("이주여성회가 바자를 열었다.", "이주여성회"),  # a kind of women
        ("전우참전회가 모였다.", "전우참전회"),
    ],
)
def test_the_kind_alone_or_a_conference_is_no_association(text, word):
    assert word not in bodies(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("박민호 참전회 회장이 말했다.", "박민호 참전회"),  # a person, then the title
        ("이날 박민호 참전회 사무총장이 참석했다.", "박민호 참전회"),
        ("최은정 여성회 부회장이 인사했다.", "최은정 여성회"),
        ("대풍 여성회가 바자를 열었다.", "대풍 여성회"),  # a firm's club
    ],
)
def test_no_name_glued_before_the_kind_written_apart(text, word):
    assert word not in {name for name, _, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    "text",
    [
        "1995년 베이징여성회의, 2000년 유엔 특별총회를 거쳤다.",
        "제4차 베이징여성회의(1995년)에서 행동강령이 채택됐다.",
        "‘베이징여성회의’ 30주년을 맞았다.",
        '"베이징여성회의" 30주년을 맞았다.',
        "다낭여성회의. 회의가 열렸다.",
    ],
)
def test_a_womens_conference_before_punctuation_is_no_association(text):
    assert not [b for b in bodies(text) if b.endswith("여성회")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("월남참전회의 회원들이 성명을 냈다.", "월남참전회"),  # the possessive
        ("월남전참전회 회원들이 모였다.", "월남전참전회"),
    ],
)
def test_a_veterans_association_before_its_possessive_or_by_its_war(text, body):
    assert body in bodies(text)
