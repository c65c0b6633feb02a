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
        (
            "The Korea-Chile FTA and Korea-Peru FTA differ on duties.",
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


@pytest.mark.parametrize(
    ("text", "name", "half"),
    [
        # a nationality or a plain word and a field before "and": the fields one name
        # joins ("Film and Drama"), its kind after them
        (
            "The Korean Film and Drama Festival opened in Hue on Friday.",
            "Korean Film and Drama Festival",
            "Drama Festival",
        ),
        (
            "The Korean Film and Animation Festival returns to Hue in October.",
            "Korean Film and Animation Festival",
            "Animation Festival",
        ),
        (
            "Officials attended the Korea-Laos Foreign Policy and Security Dialogue.",
            "Korea-Laos Foreign Policy and Security Dialogue",
            "Security Dialogue",
        ),
        (
            "The National Programme and Action Plan on rivers were adopted in 2020.",
            "National Programme and Action Plan",
            "Action Plan",
        ),
        # a common word and a kind after "and": the name's second kind, no name alone
        (
            "Laos updated its National Wetland Strategy and Action Plan in 2023.",
            "National Wetland Strategy and Action Plan",
            "Action Plan",
        ),
        (
            "Guests came to the Opening Ceremony and Gala Concert downtown.",
            "Opening Ceremony and Gala Concert",
            "Gala Concert",
        ),
        (
            "The Laos Motor Show and Auto Expo drew crowds in Vientiane.",
            "Laos Motor Show and Auto Expo",
            "Auto Expo",
        ),
    ],
)
def test_a_generic_half_after_and_is_no_name(matcher, text, name, half):
    found = proposed_names(matcher, text)
    assert half not in found
    assert name in found
