"""A Korean body's head named in brackets after the title ("(총장 김철수)"), in the
shapes a name is lost in. Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a surname and a title of two syllables make the name: 전 and 주석
        ("한결대(총장 전주석)가 협약을 맺었다.", "전주석"),
        ("새빛대학교(총장 오회장)는 밝혔다.", "오회장"),
    ],
)
def test_a_name_in_brackets_after_a_title(text, name):
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "새빛조합(이사 조합장)은 밝혔다.",  # a title after a title
        "한결상사(대표 이사장)는 밝혔다.",
    ],
)
def test_no_title_taken_for_a_name(text):
    assert people(text) == []
