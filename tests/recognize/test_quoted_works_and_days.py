"""A work's title in quotes after the word for it, filed with the initiatives as the
registry files films and shows: "the film “Autumn Rain.”", "the drama “Will We Meet
Again?”", "bộ phim “Mùa thu Hà Nội”" (recognize/candidates/quoted_kinds.py); and a country's
days held in a city, an initiative as its festival is ("Laos Days in Hue";
candidates.yml)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names
from dossier.recognize.candidates.lowercase import lower_case_names


def names(text: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _, _ in lower_case_names(text)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (  # the sentence's stop set inside the quote
            'It is a remake of the Korean film "Autumn Rain."',
            "Autumn Rain",
        ),
        (  # a question for a title, which opens with a capital
            "The drama “Will We Meet Again?” was filmed in Hoi An.",
            "Will We Meet Again?",
        ),
        ("She sang the song ‘Blue River’ at the gala.", "Blue River"),
        ("Khán giả đón nhận bộ phim “Mùa thu Hà Nội” tại Busan.", "Mùa thu Hà Nội"),
    ],
)
def test_a_quoted_work_is_an_initiative(sentence, name):
    assert (name, "initiatives") in names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        'Of the film he said "it was hard?" and smiled.',  # speech, in lower case
        'The film "was a hit," she said.',
    ],
)
def test_no_work_from_speech(sentence):
    assert names(sentence) == []


def test_a_countrys_days_in_a_city_are_an_initiative(tmp_path):
    text = "The Laos Cultural Days in Hue will open on Friday with food and music."
    names = proposed_names(matcher_with(tmp_path), text)
    assert names["Laos Cultural Days in Hue"] == "initiatives"
