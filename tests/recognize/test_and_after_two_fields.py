"""A body named for two fields joined by "and" ("Ministry of Industry and Trade") is
whole; a second "and" after it opens another name: "… and PVN"."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Officials met representatives of Laos’s Ministry of Mines and Energy "
            "and PVX to discuss the pipeline.",
            "Ministry of Mines and Energy",
            "PVX",
        ),
        (
            "Guests came from the Ministry of Planning and Investment and VKIST.",
            "Ministry of Planning and Investment",
            "VKIST",
        ),
        (
            "The deal with the Ministry of Industry and Trade and Electricity of "
            "Cambodia was signed on Monday.",
            "Ministry of Industry and Trade",
            "Electricity of Cambodia",
        ),
    ],
)
def test_two_names(matcher, text, first, second):
    names = proposed_names(matcher, text)
    assert names.get(first) == "organizations"
    assert second in names


@pytest.mark.parametrize(
    "name",
    [
        # a third field of common words
        "Institute of Energy and Environment Science and Technology",
        # the second "and" inside a field after "for"
        "Institute of Policy and Strategy for Agriculture and Rural Development",
    ],
)
def test_one_name(matcher, name):
    assert name in proposed_names(matcher, f"The {name} opened a new office.")
