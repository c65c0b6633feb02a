"""A ministry's or an agency's department, named by the ministry and the department's own
name after it: "베트남 농업부 국제협력국", "교통부 도로정책원" (recognize/candidates/
korean_units.py). A ministry's staff or a lawmaker after it is none ("보건부 공무원"), nor
an institution of its own ("문화부 한국영상진흥원": each named apart), a common noun
ending in 원 ("교육부 재정지원") or a second ministry ("기획재정부 산업통상자원부")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "행사에는 베트남 농업부 국제협력국 대표가 참석했다.",
            "베트남 농업부 국제협력국",
        ),
        (
            "베트남 교통부 도로정책연구원 대표단이 서울을 찾았다.",
            "베트남 교통부 도로정책연구원",
        ),
        (
            "회의에는 베트남 건설부 도시계획개발원 관계자도 왔다.",
            "베트남 건설부 도시계획개발원",
        ),
        (
            "행사에는 라오스 교통부 안전개발원 대표가 왔다.",
            "라오스 교통부 안전개발원",
        ),
        (
            "행사에는 기획재무부 해외투자관리부 대표가 왔다.",
            "기획재무부 해외투자관리부",
        ),
    ],
)
def test_a_department_after_its_ministry(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("베트남 보건부 공무원들이 병원을 방문했다.", "베트남 보건부 공무원"),
        ("외교부 국회의원 면담이 열렸다.", "외교부 국회의원"),
        ("보건부 선임연구원 세 명이 왔다.", "보건부 선임연구원"),
        ("베트남 공안부 보건당국 관계자가 말했다.", "베트남 공안부 보건당국"),
    ],
)
def test_staff_after_a_ministry_is_no_department(matcher, text, name):
    assert name not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "kept", "glued"),
    [
        (
            "이 행사는 문화체육관광부 한국콘텐츠진흥원 주최로 하노이에서 열렸다.",
            "한국콘텐츠진흥원",
            "문화체육관광부 한국콘텐츠진흥원",
        ),
        (
            "교육부 국립국제교육원은 장학금을 늘렸다.",
            "",
            "교육부 국립국제교육원",
        ),
        ("이 대학은 교육부 재정지원을 받아 건물을 지었다.", "", "교육부 재정지원"),
        (
            "베트남 보건부 의료지원 덕분에 병원이 문을 열었다.",
            "",
            "베트남 보건부 의료지원",
        ),
        ("행사는 외교부 공식후원으로 열렸다.", "", "외교부 공식후원"),
        ("국방부 인력동원 계획이 나왔다.", "", "국방부 인력동원"),
        (
            "회의에는 기획재정부 산업통상자원부 관계자들이 참석했다.",
            "",
            "기획재정부 산업통상자원부",
        ),
    ],
)
def test_an_own_institution_a_common_noun_or_a_ministry_is_no_department(
    matcher, text, kept, glued
):
    names = proposed_names(matcher, text)
    assert glued not in names
    assert not kept or kept in names
