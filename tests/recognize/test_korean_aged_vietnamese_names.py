"""A Vietnamese name of several words before an age in brackets: its surname two words
back ("보 티 란(41)"), or its surname's first syllable written apart ("응 웬반탐(35)":
응웬). Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("공장에서 일하는 보 응옥 투옌(41)은 웃으며 말했다.", "보 응옥 투옌"),
        ("응 웬민뚜(35) 씨는 경기도에서 식당을 연다.", "응 웬민뚜"),
        ("응우 옌티프엉(33) 씨는 경기도에서 식당을 연다.", "응우 옌티프엉"),
        ("식당을 하는 쩐 후 뚜언(50)은 웃었다.", "쩐 후 뚜언"),
    ],
)
def test_the_whole_vietnamese_name_before_an_age(text, name):
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word that says "again" before two words: not a surname
        ("우리는 또 응옥 투옌(41)을 만났다.", "투옌"),
        # a Korean's name and a word before it that opens no surname
        ("시장에서 만난 상인 박민호(52)는 말했다.", "박민호"),
        # a Korean word spelt as a surname, a Korean word after it: the Korean's name
        ("당 대표 김민석(60)은 말했다.", "김민석"),
        ("이날 당 대표 김민석(60)은 말했다.", "김민석"),
        ("도 직원 김철수(45)씨는 말했다.", "김철수"),
        ("당시 도 직원 김철수(45)씨는 말했다.", "김철수"),
        ("당 간부 박철민(52)은 말했다.", "박철민"),
        ("도 간부 박철민(52)은 말했다.", "박철민"),
        ("호 선장 김선우(55)는 말했다.", "김선우"),
        ("부 교수 이민호(44)는 말했다.", "이민호"),
        ("하 노인 박순자(80)씨는 말했다.", "박순자"),
        ("리 이장 최영수(66)씨는 말했다.", "최영수"),
        # "다" (all) before a Korean surname: no Đào
        ("이들은 다 오민수(30)씨의 친구다.", "오민수"),
        ("우리는 다 오세진(30)씨를 믿었다.", "오세진"),
        ("모두 다 오현우(25)씨를 따랐다.", "오현우"),
        # "응" (yeah) before a Korean surnamed 오: no Ngô
        ("“응 오민수(30)씨가 먼저 왔어”라고 그는 말했다.", "오민수"),
        ("응 오세진(28)씨도 함께 왔다.", "오세진"),
    ],
)
def test_no_surname_before_keeps_the_aged_word_alone(text, name):
    assert name in people(text)
    assert not [p for p in people(text) if p.endswith(name) and p != name]
