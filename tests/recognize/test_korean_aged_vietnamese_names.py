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
    ],
)
def test_no_surname_before_keeps_the_aged_word_alone(text, name):
    assert name in people(text)
