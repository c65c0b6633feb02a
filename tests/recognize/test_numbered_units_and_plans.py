"""An ordinal before a unit, a body or a plan is its name's own."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Veterans of the 3rd Korean Engineer Brigade met in Busan.",
            "3rd Korean Engineer Brigade",
            "organizations",
        ),
        (
            "The ministry unveiled the 4th Digital Skills Master Plan last week.",
            "4th Digital Skills Master Plan",
            "initiatives",
        ),
    ],
)
def test_a_numbered_unit_or_plan_keeps_its_number(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


def test_a_festival_is_left_as_written(matcher):
    found = proposed_names(
        matcher, "Crowds came to the 12th Riverside Lantern Festival."
    )
    assert "12th Riverside Lantern Festival" not in found
