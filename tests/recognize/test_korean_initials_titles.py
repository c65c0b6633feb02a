"""A Korean person named before a body's initials and the title they hold there ("…
LH 사장", "… aT 식품수출이사"), or before a dean's title ("… 학장"). Every text here is
invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a body's initials of two or three letters alone between name and title
        ("문재석 LH 사장은 “협력을 넓히겠다”고 말했다.", "문재석"),
        ("한도윤 aT 사장이 딸기를 홍보했다.", "한도윤"),
        ("윤태호 VTC 온라인 부사장은 계획을 밝혔다.", "윤태호"),
        # the initials, then a firm's letters joined by &
        ("김서진 CJ E&M 해외영업팀장은 말했다.", "김서진"),
    ],
)
def test_a_person_before_a_bodys_initials_and_their_title(text, name):
    assert people(text) == [name]


def test_a_fields_director_after_the_bodys_initials():
    """ "…이사" is a director's title for a field where a body stands between it and the
    name."""
    assert people("신도윤 aT 식품수출이사는 “수출이 늘었다”고 말했다.") == ["신도윤"]


@pytest.mark.parametrize(
    "text",
    [
        "신세계 I&C 대표는 말했다.",  # a firm named in Hangul and letters joined by &
        "베트남 LNG 시장이 커지고 있다.",  # a country, then a market
        "하나 UBS 대표는 말했다.",
    ],
)
def test_a_firm_or_a_place_before_letters_and_a_title_is_no_person(text):
    assert people(text) == []


def test_a_fields_director_right_after_a_name_is_not_read():
    """ "…이사" right after the name, no body between, is not taken for a title."""
    assert people("행사에는 노을빛 공보이사가 함께했다.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("방문단은 공민서 학장 등 6명으로 구성됐다.", "공민서"),
        ("오하린 간호대학장은 협력을 약속했다.", "오하린"),  # the college's dean
    ],
)
def test_a_deans_title_after_the_name(text, name):
    assert people(text) == [name]
