"""An academy named by its owner (recognize/candidates/korean_academies.py), and an
agreement only described by what it is for in one word (korean_described.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "academy"),
    [
        ("대표단은 라오스 국방 아카데미를 찾았다.", "라오스 국방 아카데미"),
        ("그는 베트남외교아카데미(DAV)에서 강연했다.", "베트남외교아카데미"),
        ("장관은 캄보디아 군사과학 아카데미에 들렀다.", "캄보디아 군사과학 아카데미"),
        ("행사는 하노이 국가 행정아카데미에서 열렸다.", "하노이 국가 행정아카데미"),
    ],
)
def test_an_academy_after_its_owner_is_a_body(matcher, text, academy):
    assert proposed_names(matcher, text).get(academy) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "그는 외교아카데미에서 오래 가르쳤다.",
        "그는 외교 아카데미 원장을 지냈다.",
        "아이들은 축구아카데미에서 공을 찼다.",
        "영화는 태국 아카데미상을 받았다.",
        "학생들은 베트남의 외교아카데미를 방문했다.",
    ],
)
def test_an_academy_without_its_owner_is_none(matcher, text):
    assert not [n for n in proposed_names(matcher, text) if "아카데미" in n]


@pytest.mark.parametrize(
    "text",
    [
        "두 대학은 학술교류를 위한 양해각서(MOU)를 맺었다.",
        "시는 자매도시와 우호증진을 위한 협약을 체결했다.",
        "양 기관은 인재양성에 관한 협정을 맺었다.",
    ],
)
def test_an_agreement_told_by_one_purpose_is_none(matcher, text):
    names = proposed_names(matcher, text)
    assert not [n for n in names if n.endswith(("양해각서", "협약", "협정"))]


def test_an_agreement_with_its_field_before_its_purpose_stays(matcher):
    text = "양측은 해양수산 분야 협력을 위한 양해각서를 맺었다."
    names = proposed_names(matcher, text)
    assert names.get("해양수산 분야 협력을 위한 양해각서") == "agreements"
