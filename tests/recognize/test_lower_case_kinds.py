"""A name whose kind follows it in lower case: "the Halla mountain", "Tan Binh
elementary school"; the capitals alone are no name."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("kinds"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Pilgrims walked up the Palgong mountain on Sunday.",
            "Palgong mountain",
            "cities",
        ),
        (
            "The group landed at Cheongju international airport.",
            "Cheongju international airport",
            "cities",
        ),
        (
            "They met at the Yeosu International airport, then left.",
            "Yeosu International airport",
            "cities",
        ),
        (
            "She won the Golden Voice contest, which drew 300 singers.",
            "Golden Voice contest",
            "events",
        ),
        (
            "Pupils entered the Hanoi-Busan Drawing contest in May.",
            "Hanoi-Busan Drawing contest",
            "events",
        ),
        (
            "Crowds gathered in Seomyeon square to watch the parade.",
            "Seomyeon square",
            "cities",
        ),
        ("The Tho Chu islands are off the coast.", "Tho Chu islands", "cities"),
        (
            "Guests toured the Bai Dai tourist area by bus.",
            "Bai Dai tourist area",
            "cities",
        ),
        (
            "Pupils of Tan Binh elementary school, the winners, sang.",
            "Tan Binh elementary school",
            "organizations",
        ),
        (
            "Donors built classrooms for Cam Ha 2 primary school in March.",
            "Cam Ha 2 primary school",
            "organizations",
        ),
        (
            "At Hoa Mi kindergarten, children drew pictures.",
            "Hoa Mi kindergarten",
            "organizations",
        ),
        (
            "An Phu kindergarten opened a new wing.",
            "An Phu kindergarten",
            "organizations",
        ),
        (
            "Officers of Suwon police station attended.",
            "Suwon police station",
            "organizations",
        ),
        ("Monks of the Jogye Son sect prayed.", "Jogye Son sect", "organizations"),
        (
            "The pair met at the Golden Moon karaoke bar.",
            "Golden Moon karaoke bar",
            "organizations",
        ),
    ],
)
def test_a_kind_in_lower_case_ends_the_name(matcher, text, name, kind):
    found = proposed_names(matcher, text)
    assert found.get(name) == kind
    first = name.split()[0]
    assert first not in found  # not the capitals alone


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi square dancing drew crowds.",  # the kind does not end the noun phrase
        "A South Korean village welcomed them.",  # a nationality is no name
        "The Buddhist kindergarten opened.",
        # (a street the page names alone too is that name: ``test_soft_kinds``)
        "They walked down Kim Ma street to Kim Ma and the Thu Thiem new urban area.",
    ],
)
def test_no_name_without_a_proper_part_or_a_listed_kind(matcher, text):
    found = proposed_names(matcher, text)
    assert not any(
        n.endswith(("square", "village", "kindergarten", "street", "area"))
        for n in found
    )
