"""A Korean name before a title written onto a place or a body ("…군수", "…시장",
"…봉사단장"), or before a body or a post and its title ("… 시의회 부의장", "… 주베트남
대사"), which vouches for a name the model of Korean words reads as a verb's form.
Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("이날 행사에는 조성한 양구군수가 참석했다.", "조성한"),  # a county's head
        ("오진한 강릉시장은 말했다.", "오진한"),  # a city's mayor
        ("정진한 평창군수는 말했다.", "정진한"),
    ],
)
def test_a_name_before_a_title_on_a_place(text, name):
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "기업들이 방문한 수출시장에서 성과를 냈다.",  # a market visited
        "양국 국방장관이 만났다.",  # both countries' ministers
        "행사에는 인천의 국회의원도 참석했다.",  # a place, with its particle
        "최근 방문해 외교장관 회담을 열었다.",  # a verb's form, a title on no body
    ],
)
def test_no_name_before_a_title_on_a_common_word(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("오진한 강릉시의회 의장은 말했다.", "오진한"),  # the council, then its chair
        ("한정의 원주시의회 부의장은 말했다.", "한정의"),
        ("조성한 주베트남 대사가 축사를 했다.", "조성한"),  # the post, then the title
    ],
)
def test_a_name_before_a_body_and_its_title(text, name):
    assert name in people(text)


def test_no_name_before_a_place_with_its_particle():
    # at the weekend, in Ho Chi Minh City: a place with its particle, then a singer
    assert people("지난 주말에 호치민에 가수들이 왔다.") == []
