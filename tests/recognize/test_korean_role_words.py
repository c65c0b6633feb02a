"""A Korean person named by a role word right after the name that is no office: a
priest's, a doctor's, a courtesy title. Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("미사는 위원장 유재민 신부가 집전했다.", "유재민"),  # a priest
        ("자문을 맡은 홍정우 박사도 참석했다.", "홍정우"),  # a doctor
        ("대통령과 한지숙 여사가 공항에 도착했다.", "한지숙"),  # Mrs
        ("독립운동가 서동원 선생의 뜻을 기렸다.", "서동원"),  # a revered man
        (
            "정태호 교육장은 협약을 환영했다.",
            "정태호",
        ),  # a district's head of education
    ],
)
def test_a_name_before_a_role_word(text, name):
    assert name in people(text)
