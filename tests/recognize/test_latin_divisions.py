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


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a body's own head noun says what it is; the kind after it is its place's
        (
            "Staff of the People’s Committee of Dong Xa ward repaired the roof.",
            "People’s Committee of Dong Xa",
            "organizations",
        ),
        (
            "The Farmers’ Union of Binh Lap commune bought seeds.",
            "Farmers’ Union of Binh Lap",
            "organizations",
        ),
        (
            "The Party Committee of Thanh Son district of Hanoi met on Monday.",
            "Party Committee of Thanh Son",
            "organizations",
        ),
        ("Nurses at the Binh Dan Hospital ward for children rested.", None, None),
        # the kind is no place's when a noun follows it, or a verb's particle
        (
            "Hanwha Solutions district heating pipes were laid last year.",
            "Hanwha Solutions",
            "organizations",
        ),
        ("Vietinbank district branches cut their rates.", "Vietinbank", None),
        ("Lotte and Hanwha ward off rivals in the market.", "Lotte", None),
        # a person beside a district's name stays a person
        (
            "Consul Park Min-jae and Cau Giay district leaders toured the site.",
            "Park Min-jae",
            "leaders",
        ),
        (
            "Kim Seong-ho, Mapo district mayor, met traders on Tuesday.",
            "Kim Seong-ho",
            "leaders",
        ),
        (
            "Reporters said Le Van Duc and Thanh Son district officials met.",
            "Le Van Duc",
            "leaders",
        ),
        # an acronym in a list of districts is no district
        (
            "Staff of KOFIH, Ha Lang and Cam Lo districts attended the event.",
            "KOFIH",
            None,
        ),
    ],
)
def test_no_division_by_a_kind_that_is_no_place(matcher, text, name, kind):
    names = proposed_names(matcher, text)
    for found, found_kind in names.items():
        if name is None or found == name:
            assert found_kind != "cities", found
            if kind is not None:
                assert found_kind == kind


@pytest.mark.parametrize(
    "text, name",
    [
        # the body's own complement is no place
        (
            "The Department of Health city inspectors closed a clinic.",
            "Department of Health",
        ),
        # the kind opens a compound: "city centre", "city hall", "city campus"
        (
            "The Korean Cultural Centre in Hanoi city centre held a fair.",
            "Korean Cultural Centre in Hanoi",
        ),
        (
            "The Korean Women’s Club in Seoul city hall meeting drew crowds.",
            "Korean Women’s Club in Seoul",
        ),
        ("The University of Ulsan city campus opened.", "University of Ulsan"),
    ],
)
def test_no_kind_added_to_a_body_but_a_place_s(matcher, text, name):
    names = proposed_names(matcher, text)
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The People’s Committee of Tam Ky town approved the plan.",
            "People’s Committee of Tam Ky town",
        ),
        (
            "The Korean Business Club in Bac Ninh province held a charity run.",
            "Korean Business Club in Bac Ninh province",
        ),
    ],
)
def test_every_kind_ends_a_body_of_a_place(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


def test_a_list_of_districts_shares_the_plural_kind_but_not_with_a_person(matcher):
    names = proposed_names(
        matcher, "Tran Van Nam, Ha Lang and Cam Lo districts signed it."
    )
    assert names.get("Cam Lo") == "cities"
    assert names.get("Ha Lang") == "cities"
    assert names.get("Tran Van Nam") == "leaders"
