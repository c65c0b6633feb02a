"""An agreement named by its kind and the two countries it is between."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Korvan Arms has sealed a government-to-government agreement worth $90 million.",
            "government-to-government agreement",
        ),
        (
            "The state-to-state deal, valued at $40 million, covers six patrol boats.",
            "state-to-state deal",
        ),
    ],
)
def test_an_agreement_named_by_its_two_kinds_of_party_is_one_name(tmp_path, text, name):
    assert proposed_names(matcher_with(tmp_path), text).get(name) == "agreements"


def test_a_hyphened_phrase_of_no_parties_is_no_agreement():
    text = "The firms reached a face-to-face agreement on prices last week."
    assert not [n for n, _, _, _ in lower_case_names(text) if "face" in n]


@pytest.mark.parametrize(
    "text",
    [
        "LG Chem and Vingroup struck a business-to-business deal on battery supply "
        "last week, the firms said.",
        "Samsung said the company-to-company contract was worth $2 billion.",
        "The two cities signed a city-to-city agreement on sister ties, and the "
        "provinces a province-to-province pact.",
        "The ministry described it as a people-to-people agreement rather than a treaty.",
        "Samsung said the government-to-government contract was worth $2 billion.",
    ],
)
def test_a_deal_between_parties_other_than_governments_is_no_name(tmp_path, text):
    found = proposed_names(matcher_with(tmp_path), text)
    assert not [name for name in found if "-to-" in name]
