"""Vietnamese districts, communes and wards written in English without marks, and a body
of a place whose name ends in the place's kind ("People's Committee of … province";
recognize/candidates/scoring.py, extended_names.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("latin-divisions"),
        ("cities", "hanoi", "name: Hanoi\naliases: [Ha Noi]"),
    )


@pytest.mark.parametrize(
    "text, name",
    [
        # named like a person (a surname first), a district by the word after it
        (
            "The fund signed an accord with Phung Thuan district in the Mekong Delta.",
            "Phung Thuan",
        ),
        (
            "He rents a flat in Hanoi’s Nam Tu Son district, near the lake.",
            "Nam Tu Son",
        ),
        ("Officials from Ly Nhan ward met the team on Friday.", "Ly Nhan"),
        (
            "Doctors from Seoul treated people in Tran Lam commune last week.",
            "Tran Lam",
        ),
        # a list of districts: the plural word after the last one names them all
        ("The plan runs in Ha Lang, Trieu Son and Cam Lo districts.", "Trieu Son"),
        ("The plan runs in Ha Lang, Trieu Son and Cam Lo districts.", "Ha Lang"),
    ],
)
def test_a_division_by_the_word_after_it(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "cities"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Nguyen Van Hai, chairman of the district board, spoke first.",
            "Nguyen Van Hai",
        ),
        ("Tran Thi Mai said the district would build a school.", "Tran Thi Mai"),
    ],
)
def test_a_person_near_the_word_stays_a_person(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "leaders"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The People’s Committee of Lang Son province and Gimpo signed a deal.",
            "People’s Committee of Lang Son province",
        ),
        (
            "Officials met the Northern District Office of Daegu city on Monday.",
            "Northern District Office of Daegu city",
        ),
        (
            "The Centre for Child Care in Ben Tre province received gifts.",
            "Centre for Child Care in Ben Tre province",
        ),
    ],
)
def test_a_body_of_a_place_ends_in_the_kind(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


@pytest.mark.parametrize(
    "text, name",
    [
        # the kind opens another "of": the place's own description, no part of the body
        (
            "The Youth Centre of Daegu city of Korea sent staff.",
            "Youth Centre of Daegu",
        ),
        # a place alone keeps its name without the kind
        ("The team flew to Gimpo city on Monday.", "Gimpo"),
        # a person of a place: no body
        ("Tran Van Binh of Lang Son province spoke.", "Tran Van Binh"),
    ],
)
def test_no_kind_added_elsewhere(matcher, text, name):
    names = proposed_names(matcher, text)
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


def test_the_place_inside_the_body_stays_a_name(matcher):
    names = proposed_names(
        matcher, "The Centre for Child Care in Ben Tre province received gifts."
    )
    assert names.get("Centre for Child Care in Ben Tre province") == "organizations"
    assert names.get("Ben Tre") == "cities"
