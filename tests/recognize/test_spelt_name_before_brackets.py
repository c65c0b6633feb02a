"""A Vietnamese name in Hangul before its spelling in brackets: the last syllable before
the opening bracket is the name's only when the spelling has a word for it; else it is a
particle put before the bracket and comes off (recognize/candidates/vietnamese_name_ends.py)."""

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
        # 팜 / 반 / 밧: three words in the bracket, the 이 has no letters of its own
        ("응웬 반밧이(NGUYEN VAN BAT) 상인회 회장은 말했다.", "응웬 반밧"),
        ("[회장인 쩐 티 홉이(Tran Thi Hop) 축사]", "쩐 티 홉"),
        ("쩐 반 투이가(TRAN VAN THUY) 인사했다.", "쩐 반 투이"),
        ("부 반 꾸옹은(VU VAN CUONG) 웃었다.", "부 반 꾸옹"),
        ("호 반 장을(HO VAN GIANG) 만났다.", "호 반 장"),
    ],
)
def test_a_particle_before_the_spelling_comes_off(text, person):
    found = names(text)
    assert found.get(person) == "leaders"
    assert not any(name.startswith(person) and name != person for name in found)


def test_a_last_syllable_the_spelling_has_a_word_for_stays():
    assert names("응웬 반 하이(NGUYEN VAN HAI) 대표는 말했다.").get("응웬 반 하이") == (
        "leaders"
    )
    # 꽝 / 하 + 이: one syllable, Hai
    assert names("응웬 꽝하이(NGUYEN QUANG HAI) 선수는 말했다.").get("응웬 꽝하이") == (
        "leaders"
    )


def test_a_particle_after_the_name_still_comes_off():
    found = names("응웬 반밧이 회장으로 뽑혔다.")
    assert found.get("응웬 반밧") == "leaders"
