"""A brand and a firm's registered name joined by "and"; a summit named for its body in
lower case; agreements written in lower case as protocols or after the parties' year."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("firms"),
        ("cities", "hanoi", "name: Hanoi"),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The plan sets up a joint venture between Sonwha and Minh Tam Trade And "
            "Logistics Co., Ltd. in the north.",
            {"Sonwha", "Minh Tam Trade And Logistics Co., Ltd."},
        ),
        (
            "Orkan Marine and Binh An Shipbuilding Industry Corporation signed the deal.",
            {"Orkan Marine", "Binh An Shipbuilding Industry Corporation"},
        ),
    ],
)
def test_a_brand_and_a_registered_firm_are_two(matcher, text, names):
    found = proposed_names(matcher, text)
    assert names <= set(found)
    assert all(found[n] == "organizations" for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ocean Science and Technology Corporation opened.",
            "Ocean Science and Technology Corporation",
        ),
        ("The Pham and Lo Co. won the case.", "Pham and Lo Co."),
    ],
)
def test_a_firm_with_and_inside_stays_whole(matcher, text, name):
    assert name in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The two leaders met on the sidelines of the OPEX summit last year.",
            "OPEX summit",
        ),
        (
            "Ministers prepared the Asia Ocean Partnership summit in Manila.",
            "Asia Ocean Partnership summit",
        ),
    ],
)
def test_a_summit_named_for_its_body_is_an_event(matcher, text, name):
    found = proposed_names(matcher, text)
    assert found.get(name) == "events"
    assert name.split()[0] not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Laos-Thailand summit ended without a statement.",
        "Reporters waited outside the Hanoi summit venue. The Hanoi summit ended early.",
    ],
)
def test_a_summit_of_two_parties_or_a_place_is_no_name(matcher, text):
    assert not any(n.endswith(" summit") for n in proposed_names(matcher, text))


@pytest.mark.parametrize(
    "text",
    [
        "Delegates flew in before the Friday summit opened.",
        "Few expected much from the November summit at the resort.",
        "The agenda of the Putin Xi summit was kept short.",
    ],
)
def test_a_summit_named_for_a_day_or_its_leaders_is_no_event(matcher, text):
    assert not any(n.endswith(" summit") for n in proposed_names(matcher, text))


def test_a_leader_before_summit_is_still_proposed(matcher):
    found = proposed_names(
        matcher, "Observers said the Orbanov summit had raised hopes in the region."
    )
    assert found.get("Orbanov") == "leaders"
    assert not any(n.endswith(" summit") for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders gathered for the G9 summit on Tuesday.", "G9 summit"),
        (
            "Envoys prepared the Pacific Rim Cooperation summit in Lima.",
            "Pacific Rim Cooperation summit",
        ),
    ],
)
def test_a_summit_of_initials_or_a_grouping_stays_an_event(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "events"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ministers also signed a protocol on transferred prisoners in Seoul.",
            "protocol on transferred prisoners",
        ),
        (
            "They agreed to update the two sides' 2014 memorandum of understanding on "
            "port security and explore new areas of work.",
            "2014 memorandum of understanding on port security",
        ),
    ],
)
def test_lower_case_protocols_and_dated_memoranda_are_agreements(matcher, text, name):
    found = proposed_names(matcher, text)
    assert found.get(name) == "agreements"
    assert not any(n.startswith(name) and n != name for n in found)
