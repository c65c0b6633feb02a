"""A Vietnamese name spelt syllable by syllable before 전 (former) and a title ("… 전
대사", "… 전 베트남 국가주석"): 전 is the title's, not the name's last syllable. Every text
here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("지난해 응우옌 쑤언 빈 전 베트남 국가주석이 방한했다.", "응우옌 쑤언 빈"),
        ("이날 팜 반 득 전 대사와 만났다.", "팜 반 득"),
    ],
)
def test_former_is_no_syllable_of_the_name(text, name):
    assert people(text) == [name]
