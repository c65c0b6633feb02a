"""A business named with its kind in lower case after it ("the Quan Nhu restaurant",
"Pho Lan cafe"): the name is the business's, not a place's its Vietnamese syllables
spell, nor a person's."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Diners queued outside the Quan Nhu restaurant on Sunday.", "Quan Nhu"),
        ("They met at Pho Lan cafe near the lake.", "Pho Lan"),
        ("The Bich Tram bakery sold out by noon.", "Bich Tram"),
    ],
)
def test_a_business_kind_after_the_name_makes_it_an_organization(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"
