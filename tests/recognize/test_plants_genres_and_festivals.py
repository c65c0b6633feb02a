"""A power plant named with its kind in lower case ("the Vung Ang III thermal power
plant"), a name opening with a genre ("the K-pop Dream Festival"), and a festival written
in lower case after its parties ("the Laos-Korea culture exchange festival"), filed as
initiatives as the registry files festivals (recognize/candidates/lowercase_heads.py,
genre_names.py, lowercase.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names
from dossier.recognize.candidates.lowercase import lower_case_names


def names(text: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, _, _ in lower_case_names(text)]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "The firm will build the Vung Ang III thermal power plant by 2028.",
            "Vung Ang III thermal power plant",
            "initiatives",
        ),
        (  # "thermo", as Vietnamese outlets write "thermal"
            "The firm built the Cam Pha 3 thermo power plant in Quang Ninh province.",
            "Cam Pha 3 thermo power plant",
            "initiatives",
        ),
        (
            "It also invested in Phu My solar power plant in Ba Ria province.",
            "Phu My solar power plant",
            "initiatives",
        ),
        (
            "The group was licensed to run a KTX solar power project at the port.",
            "KTX solar power project",
            "initiatives",
        ),
        (
            "Fans will meet at the K-pop Dream Festival in Hue on Sunday.",
            "K-pop Dream Festival",
            "initiatives",
        ),
        (  # a capitalised word opening the sentence is none of the name's
            "The K-pop Dream Festival opened in Hue.",
            "K-pop Dream Festival",
            "initiatives",
        ),
        (
            "Eight teams reached the final of the K-pop Street Dance Contest 2025.",
            "K-pop Street Dance Contest 2025",
            "events",
        ),
        (
            "Children played games at the Laos-Korea culture exchange festival.",
            "Laos-Korea culture exchange festival",
            "initiatives",
        ),
    ],
)
def test_a_plant_a_genre_and_a_festival(sentence, name, kind):
    assert names(sentence) == [(name, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The country's largest solar power plant is in Ninh Thuan.",  # described
        "The new power plant was built in 2020.",
        "K-pop fans gathered at the Festival.",  # the genre, no name after it
        "K-pop Star Kim will sing at the festival.",
        # a longer name the genre stands inside, which the reader finds whole
        "Teams met at the Changwon K-pop World Festival in October.",
    ],
)
def test_no_plant_or_genre_name_without_its_proper_words(sentence):
    assert names(sentence) == []


def test_a_movement_in_korean_romanized_is_an_initiative(tmp_path):
    # "Undong" (a movement) ends in "dong", as a Korean city's neighbourhood does
    text = "The province studied the Gyeonghwa Undong before it began its own scheme."
    names = proposed_names(matcher_with(tmp_path), text)
    assert names["Gyeonghwa Undong"] == "initiatives"
