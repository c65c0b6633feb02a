"""``and`` between two names of events, pacts or programmes, each ending in its own
kind word: "the Hanoi Book Fair and Saigon Poetry Summit" are two."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "She won prizes at the Mekong Asian – Folk Song Festival and Dalat Asian "
            "Music Awards last year.",
            {"Mekong Asian – Folk Song Festival", "Dalat Asian Music Awards"},
        ),
        (
            "Projects included the Laos-Korea Trade Fair and Laos-Korea Startup "
            "Summit in the spring.",
            {"Laos-Korea Trade Fair", "Laos-Korea Startup Summit"},
        ),
        (
            "Experts compared the Korea-Chile FTA and Korea-Peru FTA on duties.",
            {"Korea-Chile FTA", "Korea-Peru FTA"},
        ),
    ],
)
def test_two_kinds_joined_by_and_are_two(matcher, text, names):
    found = proposed_names(matcher, text)
    assert names <= set(found)
    assert not any(" and " in n for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the words after "and" open with a kind of their own: one venue's name
        (
            "The Danang Exhibition and Convention Center opened.",
            "Danang Exhibition and Convention Center",
        ),
        # a single word after "and": the name's second kind
        (
            "The Hue Film Festival and Awards drew crowds.",
            "Hue Film Festival and Awards",
        ),
    ],
)
def test_one_name_with_two_kinds_stays_whole(matcher, text, name):
    assert name in proposed_names(matcher, text)
