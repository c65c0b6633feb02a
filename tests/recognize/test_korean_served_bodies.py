"""A person named before the body they serve and their title ("김민수 국토부 장관"), and a
title with its rank in figures ("2차관") (recognize/candidates/korean.py,
korean_proper_heads.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("방한한 김구 외교부 장관을 통해 친서를 전달했다.", "김구", "외교부"),
        ("유서현 환경부 2차관, 하노이에서 회의를 열었다.", "유서현", "환경부"),
    ],
)
def test_a_person_before_the_body_and_the_title_is_no_part_of_the_body(
    text, person, body
):
    found = names(text)
    assert found.get(person) == "leaders"
    assert found.get(body) == "organizations"
    assert f"{person} {body}" not in found


def test_a_title_with_its_rank_in_figures_follows_a_name():
    assert names("유서현 2차관은 오늘 오후 대사를 만났다.").get("유서현") == "leaders"


def test_a_proper_noun_before_a_head_is_still_a_body():
    # no title after the head: the firm's hotel, not a person and a body
    assert names("빈펄 호텔에서 만찬이 열렸다.").get("빈펄 호텔") == "organizations"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("하노이 대학교 총장이 말했다.", "하노이 대학교"),
        ("서울 대학교 총장이 말했다.", "서울 대학교"),
        ("베트남 마산 그룹 회장이 말했다.", "마산 그룹"),
        ("한화 그룹 회장은 하노이를 찾았다.", "한화 그룹"),
        ("현대 그룹 회장은 하노이를 찾았다.", "현대 그룹"),
        ("정의선 현대차 그룹 회장이 말했다.", "현대차 그룹"),
        ("신한 은행 행장이 말했다.", "신한 은행"),
        ("하나 은행 행장이 말했다.", "하나 은행"),
        ("신라 호텔 사장이 말했다.", "신라 호텔"),
        ("조선 호텔 대표가 말했다.", "조선 호텔"),
        ("노바 그룹 회장이 말했다.", "노바 그룹"),
        ("유안타 증권 대표가 말했다.", "유안타 증권"),
    ],
)
def test_a_firm_or_a_school_named_before_its_head_and_title_stays_whole(text, body):
    # the word before a firm's or a school's head is its name, not its head's
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("인천지검 1차장검사가 수사를 지휘했다.", "인천지검"),
        ("전주지검 1차장검사가 말했다.", "전주지검"),
        ("제주지검 2차장검사가 말했다.", "제주지검"),
        ("민주당 2최고위원은 말했다.", "민주당"),
    ],
)
def test_a_body_before_a_ranked_title_is_no_person(text, body):
    assert names(text).get(body) != "leaders"
