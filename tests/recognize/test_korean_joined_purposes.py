"""A Korean agreement's purpose that joins two things before "위한" or "관한": "A와 B를
위한 협정", "A 및 B 협력에 관한 협약", "A·B을 위한 양해각서" name the agreement from the
first of them; a partner before "와" is no part of its purpose
(recognize/candidates/korean_kinds.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "두 대학은 국제 연구교류와 교수교류를 위한 협정을 맺었다.",
            "국제 연구교류와 교수교류를 위한 협정",
        ),
        (
            "시는 청년인턴 파견 및 수용 협력에 관한 협약을 체결했다.",
            "청년인턴 파견 및 수용 협력에 관한 협약",
        ),
        (
            "학교는 현지 학교와 교류·협력을 위한 양해각서를 맺었다.",
            "교류·협력을 위한 양해각서",
        ),
    ],
)
def test_a_joined_purpose_names_the_agreement_whole(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "agreements"


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        (
            "시는 라오스와 협력을 위한 양해각서를 체결했다.",
            "협력을 위한 양해각서",
            "라오스와 협력을 위한 양해각서",
        ),
        (
            "기관은 현지 대학과 인재양성을 위한 협약을 맺었다.",
            "인재양성을 위한 협약",
            "현지 대학과 인재양성을 위한 협약",
        ),
    ],
)
def test_a_partner_before_and_is_no_part_of_the_purpose(matcher, text, name, partner):
    names = proposed_names(matcher, text)
    assert partner not in names
