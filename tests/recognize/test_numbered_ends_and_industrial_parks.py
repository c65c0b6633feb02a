"""Two English shapes of one name the capitals alone cut short: a works, unit or venue
numbered after "No." ("… Factory No. 2", "Construction Corporation No.1"), and an
industrial park or zone with its kind in lower case ("the Gian Khau industrial park"),
its first syllable no title where written without a title's marks ("Ba Thien II …")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The carmaker put the Kestrel Motor Assembly Factory No. 2 into operation.",
            "Kestrel Motor Assembly Factory No. 2",
            "organizations",
        ),
        (
            "The bridge was built by Vietnam’s Harbour Construction Corporation No.4 "
            "last year.",
            "Harbour Construction Corporation No.4",
            "organizations",
        ),
        (
            "The final was played at Stadium of Army No.9 in Hue.",
            "Stadium of Army No.9",
            None,
        ),
    ],
)
def test_the_number_after_no_is_the_names(matcher, text, name, kind):
    found = proposed_names(matcher, text)
    assert name in found
    assert kind is None or found[name] == kind
    assert not any(n.endswith(" No") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lotus Motors is the No. 2 carmaker in the region.",
        "It was set out by Decree No. 12/ND-CP of the Government.",
        "Under Resolution No. 36, the port grew.",
    ],
)
def test_a_rank_or_a_document_number_is_no_numbered_name(matcher, text):
    found = proposed_names(matcher, text)
    assert not any("No. " in n or "No.1" in n for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Its plant in the Dong Lam industrial park in Kim Son employs 900.",
            "Dong Lam industrial park",
        ),
        (
            "The Phu Thai II industrial zone of Kim Son grew.",
            "Phu Thai II industrial zone",
        ),
        # "Ba" written without its marks: a syllable of the name, not the title "Bà"
        (
            "Firms at the Ba Tri II industrial zone of Kim Son grew.",
            "Ba Tri II industrial zone",
        ),
    ],
)
def test_an_industrial_park_with_its_kind_in_lower_case(matcher, text, name):
    found = proposed_names(matcher, text)
    assert found.get(name) == "cities"
    assert " ".join(name.split()[:2]) not in found


def test_two_bodies_joined_by_and_stay_two(matcher):
    found = proposed_names(
        matcher,
        "The pier was built by the Lotus Group and Harbour Construction Corporation "
        "No. 3 last year.",
    )
    assert found.get("Lotus Group") == "organizations"
    assert found.get("Harbour Construction Corporation No. 3") == "organizations"
    assert not any(" and " in n for n in found)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # a document's kind before the number, however it is qualified
        ("Under Politburo Resolution No. 41 on trade, the port grew.", "Politburo"),
        ("The city sent Official Letter No. 318 to the consulate last week.", None),
        # a flight's: the airline stays, its flight is no name
        ("The team flew on Kestrel Air Flight No. 207 to Hue.", "Kestrel Air"),
        # a rank: a verb before the number, a word it qualifies after it
        (
            "Lotus Electronics Remains No. 1 Exporter, the ministry said.",
            "Lotus Electronics",
        ),
        ("Lotus Electronics Becomes No. 1 in the region.", "Lotus Electronics"),
    ],
)
def test_a_document_a_flight_or_a_rank_is_no_numbered_name(matcher, text, left):
    found = proposed_names(matcher, text)
    assert not any("No" in n.split() or "No." in n for n in found)
    assert not any(
        n.endswith(("Resolution", "Letter", "Flight", "Remains")) for n in found
    )
    assert left is None or left in found


@pytest.mark.parametrize(
    "text",
    [
        # a province's (a listed place's) parks: "Hai Phong" is the place, no park's name
        "Korean investors prefer the Hai Phong industrial park to those in the south.",
        # a company's: the company, no park's name
        "Samsung expanded its plant in the Samsung industrial zone last year.",
    ],
)
def test_a_listed_place_or_a_company_before_industrial_park_names_no_park(
    matcher, text
):
    found = proposed_names(matcher, text)
    assert not any("industrial" in n for n in found)
