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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a space before the comma, spaces inside the brackets
        ("새빛재단(한국교류재단 , 이사장 조영호 )이 밝혔다.", "조영호"),
        # a footnote's mark on the body's initials
        ("한결연구원(HKRI*, 원장 윤정호)과 공동으로 열었다.", "윤정호"),
    ],
)
def test_a_name_after_a_body_and_a_comma_in_brackets(text, name):
    assert name in people(text)


def test_no_name_after_a_comma_outside_brackets():
    # a sentence's list, no brackets open: a title and a word, no head named
    assert people("학부모 , 교장 선생님, 학생 등이 참석했다.") == []
