"""A people's association or a farmers' union by its country (and the places it serves)
before its head word (recognize/candidates/korean_associations.py)."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "최근 대구–경북 필리핀 교민회는 모금 행사를 열었다.",
            "대구–경북 필리핀 교민회",
        ),
        ("행사에는 필리핀 중앙 농민회 관계자도 함께했다.", "필리핀 중앙 농민회"),
        ("울산 태국 교민회가 바자회를 열었다.", "울산 태국 교민회"),
        ("몽골 교민회 회원들이 모였다.", "몽골 교민회"),
    ],
)
def test_an_association_by_its_country_and_places(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("교민회 회원들이 모였다.", "교민회"),  # whose, unsaid
        ("그는 농민회에 가입한 뒤 필리핀 교민회의 일을 도왔다.", "가입한"),
        ("지역 농민회 관계자들이 참석했다.", "지역 농민회"),  # any area's
    ],
)
def test_an_association_of_no_country_is_no_name(matcher, text, word):
    assert not any(
        name == word or name.startswith(word) for name in proposed_names(matcher, text)
    )


def test_an_association_listed_after_a_comma(matcher):
    found = proposed_names(
        matcher, "관계자들, 필리핀 중앙 농민회, 방송국 관계자 등이 왔다."
    )
    assert found.get("필리핀 중앙 농민회") == "organizations"
