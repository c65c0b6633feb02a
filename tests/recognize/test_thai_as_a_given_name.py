"""Thái and Lào are Vietnamese given names too: "Dinh Quoc Thai" is a person, not what
people are ("Thai", "Southeast Asian")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chairman Pham Quoc Thai thanked the visiting delegation.", "Pham Quoc Thai"),
        ("Ms. Vo Thi Thai, 45, runs a noodle shop in the market.", "Vo Thi Thai"),
        ("Mr. Tran Van Lao welcomed the guests at the gate.", "Tran Van Lao"),
    ],
)
def test_a_person(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "leaders"


@pytest.mark.parametrize(
    "text",
    [
        "Many South Korean and Thai tourists came to the beach.",
        "Han Chinese workers arrived at the plant on Monday.",
    ],
)
def test_what_people_are_is_no_name(matcher, text):
    assert not proposed_names(matcher, text)
