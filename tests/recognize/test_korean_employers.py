"""The body a person serves, between their name and their title
(recognize/candidates/korean_employers.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("행사에는 박민철 한빛정밀기계 사장과 여러 인사가 참석했다.", "한빛정밀기계"),
        ("오후에는 정수영 동서개발 회장이 인사말을 했다.", "동서개발"),
        ("남궁진 서해아울렛 상무이사는 지원을 약속했다.", "서해아울렛"),
        ("간담회에는 최민호 다낭 코참 회장도 참석했다.", "다낭 코참"),
    ],
)
def test_a_body_between_a_name_and_its_title(text, body):
    assert names(text).get(body) == "organizations"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("박민철 전 사장은 이날 말했다.", "전"),
        ("정수영 해외사업 이사가 설명했다.", "해외사업"),
        ("최민호 인천시 부시장이 방문했다.", "인천시"),
        ("김영수 베트남 축구대표팀 감독이 말했다.", "베트남 축구대표팀"),
        ("이경호 요셉 신부가 미사를 집전했다.", "요셉"),
    ],
)
def test_a_post_s_word_a_field_or_a_place_is_no_body(text, words):
    assert names(text).get(words) != "organizations"


def test_a_name_ending_as_a_district_does_is_no_place_of_the_group():
    # "박삼구": a name ending in 구, as a district's does, before a group and a title
    found = names("오늘 박삼구 한빛그룹 회장이 공장을 찾았다.")
    assert "박삼구 한빛그룹" not in found
    assert found.get("한빛그룹") == "organizations"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("만찬에는 이정호 주호치민 총영사가 함께했다.", "주호치민"),
        ("이정호 주다낭 영사가 인사했다.", "주다낭"),
        ("발표는 이정호 동아시아 연구소장이 맡았다.", "동아시아"),
        ("이정호 동남아 본부장은 수출을 늘리겠다고 했다.", "동남아"),
    ],
)
def test_a_post_in_a_place_or_a_part_of_the_world_is_no_body(text, word):
    assert word not in names(text)
