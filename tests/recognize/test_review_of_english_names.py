"""Names a second review found cut or glued by this session's English rules: a firm or a
paper whose name ends as "-ing" or "-ly" does, a body named by a role word, an airport
after two places and a dash, a division of a country."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daily Harvest reported the recall on Monday.", "Daily Harvest"),
        ("Boeing Vietnam opened a training centre in Hanoi.", "Boeing Vietnam"),
        (
            "The General Staff of the Vietnam People's Army hosted the delegation.",
            "General Staff of the Vietnam People's Army",
        ),
        (
            "The Delegation of the European Union to Vietnam issued a statement.",
            "Delegation of the European Union",
        ),
    ],
)
def test_a_name_that_opens_as_a_verb_or_a_role_does_is_kept_whole(matcher, text, name):
    assert name in proposed_names(matcher, text)


def test_an_airport_after_two_places_and_a_dash_is_the_second_s(matcher):
    found = proposed_names(
        matcher, "The flights connect Hanoi – Busan International Airport handles most."
    )
    assert not [name for name in found if name.startswith("Hanoi –")]


def test_a_country_s_division_is_no_body(matcher):
    found = proposed_names(
        matcher, "Analysts discussed the North-South division of the peninsula."
    )
    assert "North-South division" not in found
