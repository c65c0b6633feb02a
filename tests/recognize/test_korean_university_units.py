"""A Korean university's institute or centre, named after the university's short name
(recognize/candidates/korean_schools.py). Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.korean_schools import universities
from dossier.recognize.candidates.korean_words import WORD


def _words(text: str) -> tuple[list[tuple[str, int, int]], str]:
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)], text


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


# (a rank and 연구원 glued to the university may still be read by another rule; here
# the university is no person's name and is not lost)
@pytest.mark.parametrize(
    ("text", "university"),
    [
        ("부산대 선임연구원 김민수 박사는 하노이를 찾았다.", "부산대"),
        ("솔밭대 책임연구원 이하나 박사가 발표했다.", "솔밭대"),
        ("인천대 객원연구원으로 온 응우옌 교수는 말했다.", "인천대"),
    ],
)
def test_a_researcher_s_rank_is_no_unit_and_the_university_stays(text, university):
    assert names(text).get(university) != "leaders"


def test_a_researcher_s_rank_is_no_unit():
    assert "인천대 객원연구원" not in dict(
        (n, k) for n, k, _, _ in universities(*_words("인천대 객원연구원으로 왔다."))
    )


def test_the_university_is_proposed_with_its_unit():
    found = names("인천대 국제어학원에도 베트남 학생이 늘었다.")
    assert found.get("인천대 국제어학원") == "organizations"
    assert found.get("인천대") == "organizations"
