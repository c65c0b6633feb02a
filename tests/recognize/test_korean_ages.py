"""A person Korean names by their age in brackets after the name
(recognize/candidates/korean_named_people.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("봉사에 나선 주부 응웬티마이(41)씨는 웃었다.", "응웬티마이"),
        ("마을에 사는 박서윤(여.52)씨가 말했다.", "박서윤"),
        ("공격수 반 또안(23, 하노이 FC)이 골을 넣었다.", "반 또안"),
    ],
)
def test_a_person_by_the_age_after_the_name(text, person):
    assert names(text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("총 사업비는 3억 달러(2,840억원)다.", "달러"),
        ("한국인이 된 판민(31)씨는 웃었다.", "된 판민"),
    ],
)
def test_a_sum_in_brackets_or_a_verb_before_a_name_is_no_person(text, word):
    assert word not in names(text)
