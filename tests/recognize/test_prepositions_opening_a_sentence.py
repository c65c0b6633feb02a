"""A preposition or a conjunction capitalised because it opens a sentence is no part of
the name after it: "Amid the Green Growth Strategy, …" proposes the strategy alone."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Alongside the Blue Harbour Plan, the city drew up a transport scheme.",
            "Blue Harbour Plan",
        ),
        (
            "Amid the Green Growth Strategy, exports of solar panels doubled.",
            "Green Growth Strategy",
        ),
        (
            "Although Mekong Delta Seafood lost orders, it hired more workers.",
            "Mekong Delta Seafood",
        ),
    ],
)
def test_the_opening_word_is_trimmed(matcher, text, name):
    names = proposed_names(matcher, text)
    assert name in names
    assert not any(n.split()[0] in ("Alongside", "Amid", "Although") for n in names)
