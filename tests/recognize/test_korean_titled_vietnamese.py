"""A Vietnamese name spelt in Hangul right after the title of the one named, a list's
comma or a particle after it ("부회장 보 응옥 투옛, …"), as papers list a delegation;
not a title followed by words the language reads as its own
(recognize/candidates/korean_occupations.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "지난달 부회장 보 타인 뚜옌, 커뮤니티 홍보 담당 투 란 등 임원단이 학교를 찾았다.",
            "보 타인 뚜옌",
        ),
        ("이날 사무총장 쩐 티 뚜옛과 회원들이 성금을 전했다.", "쩐 티 뚜옛"),
        ("행사에는 회장 레 꾸옥 빈이 참석했다.", "레 꾸옥 빈"),
    ],
)
def test_a_vietnamese_name_after_its_title(matcher, text, person):
    assert proposed_names(matcher, text).get(person) == "leaders"


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("회장 또 한 번, 회원들에게 감사를 전했다.", "또 한 번"),
        ("위원장 도 함께, 대표단은 학교를 찾았다.", "도 함께"),
    ],
)
def test_no_name_after_a_title(matcher, text, not_a_person):
    assert not_a_person not in proposed_names(matcher, text)
