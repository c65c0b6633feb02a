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
    ],
)
def test_a_house_whose_monks_act_or_a_church_is_a_body(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"
