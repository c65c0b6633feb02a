"""An agreement named by its kind and the two countries it is between."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.lowercase import lower_case_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Since 2016 the Free Trade Agreement between Vietnam and South Korea has cut tariffs.",
            "Free Trade Agreement between Vietnam and South Korea",
        ),
        (
            "Officials reviewed the Investment Treaty between Korea and Viet Nam (KVIT) last week.",
            "Investment Treaty between Korea and Viet Nam",
        ),
        (
            "Exports grew under the Korea-Vietnam free-trade agreement since 2015.",
            "Korea-Vietnam free-trade agreement",
        ),
    ],
)
def test_an_agreement_between_two_countries_is_one_name(text, name):
    assert (name, "agreements") in [(n, k) for n, k, _, _ in lower_case_names(text)]


def test_an_agreement_between_two_cities_is_not_read_so():
    text = "They praised the Trade Agreement between Hanoi and Seoul last year."
    assert not [n for n, _, _, _ in lower_case_names(text) if "between" in n]
