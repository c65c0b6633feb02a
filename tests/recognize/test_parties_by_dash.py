"""Two parties joined by a spaced dash, then the name of what they share."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("parties"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Funds went to the Korea – Viet Nam Clean Water Village Project last year.",
            "Korea – Viet Nam Clean Water Village Project",
        ),
        (
            "Visitors toured the Vietnam – Republic of Korea Peace Park in May.",
            "Vietnam – Republic of Korea Peace Park",
        ),
        (
            "Chefs cooked at the Vietnamese – Korean Street Food & Music Festival.",
            "Vietnamese – Korean Street Food & Music Festival",
        ),
    ],
)
def test_two_parties_and_what_they_share_are_one_name(matcher, text, name):
    assert name in proposed_names(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        # more than a party before the dash
        "Guests of Liberation Day Vietnam – Asia Clean Water Village Project met.",
        # a place and a country are no two parties of one kind
        "Guests of Busan – Vietnam Clean Water Village Project met.",
    ],
)
def test_no_shared_name_without_two_parties_of_one_kind(matcher, text):
    assert not any("–" in n for n in proposed_names(matcher, text))
