"""A Vietnamese name in Hangul glued to its spelling in brackets keeps its last syllable:
Korean writes a particle after the closing bracket, not before the opening one
(recognize/candidates/vietnamese_name_ends.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.korean_cued import with_cued_names


def names(text: str) -> dict[str, str]:
    return {
        name: kind for name, kind, _, _ in with_cued_names(text, korean_names(text))
    }


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("응웬 반밧이(NGUYEN VAN BAT) 베트남 상인회 회장은 말했다.", "응웬 반밧이"),
        ("[상인회 회장인 쩐 티 홉이(Tran Thi Hop) 축사]", "쩐 티 홉이"),
    ],
)
def test_the_last_syllable_before_the_spelling_is_the_name_s(text, person):
    found = names(text)
    assert found.get(person) == "leaders"
    assert person[:-1] not in found


def test_a_particle_after_the_name_still_comes_off():
    found = names("응웬 반밧이 회장으로 뽑혔다.")
    assert found.get("응웬 반밧") == "leaders"
