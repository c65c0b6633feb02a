"""A ministry's or an agency's department, named by the ministry and the department's own
name after it: "베트남 농업부 국제협력국", "교통부 도로정책원" (recognize/candidates/
korean_units.py). A ministry's staff or a lawmaker after it is none ("보건부 공무원")."""

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
        ("베트남 공안부 보건당국 관계자가 말했다.", "베트남 공안부 보건당국"),
    ],
)
def test_staff_after_a_ministry_is_no_department(matcher, text, name):
    assert name not in proposed_names(matcher, text)
