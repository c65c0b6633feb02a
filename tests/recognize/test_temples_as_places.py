"""A pagoda or a temple named with its head noun capitalised ("Hoa Nghiem Pagoda",
"Bongsan Temple") is a place, as the dossier files temples and as the same names with
the kind in lower case are read; the temple whose abbot or monks stand beside it is the
body that acts, an organisation. A church or a monastery stays a body."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pilgrims climbed to Hoa Nghiem Pagoda before dawn.", "Hoa Nghiem Pagoda"),
        (
            "The tour visited three old temples, including Bongsan Temple and "
            "Dal Lim Pagoda, in the hills.",
            "Bongsan Temple",
        ),
        ("Dal Lim Pagoda belongs to an old school of Buddhism.", "Dal Lim Pagoda"),
        (
            "The retreat was held at Sam Kwang Temple, Busan city, Korea in September.",
            "Sam Kwang Temple",
        ),
        # monks or nuns near it who are not its people: a place visited, gathered at
        ("Thousands of monks visited Bongsan Temple in May.", "Bongsan Temple"),
        (
            "Monks and nuns gathered at Bongsan Temple for the ceremony.",
            "Bongsan Temple",
        ),
        (
            "The monks walked from Tay Phuong Pagoda to Bongsan Temple.",
            "Tay Phuong Pagoda",
        ),
        (
            "The monks walked from Tay Phuong Pagoda to Bongsan Temple.",
            "Bongsan Temple",
        ),
        # "venerable" is a title before a person's name, no sign the house acts
        (
            "A monk from Seoul, Venerable Hyewon, taught at Vinh Nghiem Pagoda.",
            "Vinh Nghiem Pagoda",
        ),
    ],
)
def test_a_pagoda_or_a_temple_is_a_place(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "cities"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The trip was led by the abbot of Hoa Nghiem Pagoda last week.",
            "Hoa Nghiem Pagoda",
        ),
        ("The monks of Bongsan Temple handed out rice.", "Bongsan Temple"),
        ("Members of Saerom Church collected books for the school.", "Saerom Church"),
        ("Nuns from Linh Son Monastery taught the children.", "Linh Son Monastery"),
        # its abbot or monks after it
        (
            "Hoa Nghiem Pagoda's abbot, Thich Minh Tri, led the trip.",
            "Hoa Nghiem Pagoda",
        ),
        ("Bongsan Temple monks handed out rice to the poor.", "Bongsan Temple"),
        (
            "Hoa Nghiem Pagoda (abbot Thich Minh Tri) donated 50 tonnes of rice.",
            "Hoa Nghiem Pagoda",
        ),
        # the house that acts: the subject of an acting verb, or after "by"
        (
            "Hoa Nghiem Pagoda runs free Vietnamese classes for the children of "
            "migrant workers.",
            "Hoa Nghiem Pagoda",
        ),
        (
            "Bongsan Temple signed a memorandum with the city to host a templestay "
            "programme.",
            "Bongsan Temple",
        ),
        (
            "Jogye Temple announced that it will donate 100 million won to flood "
            "victims.",
            "Jogye Temple",
        ),
        ("The event was sponsored by Bongsan Temple.", "Bongsan Temple"),
        (
            "The Korean embassy signed an agreement with Bongsan Temple on cultural "
            "exchange.",
            "Bongsan Temple",
        ),
    ],
)
def test_a_house_whose_monks_act_or_a_church_is_a_body(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


def test_a_festival_held_at_a_pagoda_and_organised_by_others_keeps_it_a_place(matcher):
    found = proposed_names(
        matcher,
        "A lantern festival at Tay Phuong Pagoda organised by the city drew crowds.",
    )
    assert found.get("Tay Phuong Pagoda") == "cities"
