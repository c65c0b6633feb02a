"""A Korean university's institute or centre, named after the university's short name
(recognize/candidates/korean_schools.py). Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("한빛대 국제어학원에도 베트남 학생이 늘었다.", "한빛대 국제어학원"),
        ("솔밭대 국제교류원에는 유학생 80명이 있다.", "솔밭대 국제교류원"),
        (
            "앞으로 한빛대 베트남 한국어교육센터는 학생을 모집한다.",
            "한빛대 베트남 한국어교육센터",
        ),
    ],
)
def test_a_university_s_unit_after_its_short_name(text, unit):
    assert names(text).get(unit) == "organizations"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("역대 연구원들이 한자리에 모였다.", "역대 연구원"),
        ("예산 확대 교육센터 건립이 추진된다.", "확대 교육센터"),
        ("청년세대 연구원들이 모였다.", "청년세대 연구원"),
    ],
)
def test_a_common_word_in_대_before_a_unit_is_no_university(text, words):
    assert words not in names(text)
