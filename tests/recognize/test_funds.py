"""A fund is a body that holds and lends money: editors file it as an organisation."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The bridge is financed by the Economic Development Cooperation Fund.",
            "Economic Development Cooperation Fund",
        ),
        (
            "The Mekong Water Trust Fund will pay for the new pumping stations.",
            "Mekong Water Trust Fund",
        ),
    ],
)
def test_a_fund_is_an_organisation(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


def test_a_programme_stays_an_initiative(matcher):
    text = "Students joined the Mekong Water Programme last spring."
    assert proposed_names(matcher, text).get("Mekong Water Programme") == "initiatives"
