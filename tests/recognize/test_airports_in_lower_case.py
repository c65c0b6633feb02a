"""An English page's airport named for its town with "airport" in lower case after it
("flights from Phu Cat airport"), the kind's word alone as much as after "international"
("Dong Hoi International airport"): the airport, a place, not the town alone."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("airports"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Charter flights leave from Phu Cat airport to Seoul.", "Phu Cat airport"),
        ("The tour lands at the Cheongju airport, then goes on.", "Cheongju airport"),
        (
            "Visitors came through Dong Hoi International airport.",
            "Dong Hoi International airport",
        ),
        (
            "Guests reached Gimhae international airport.",
            "Gimhae international airport",
        ),
    ],
)
def test_an_airport_with_its_kind_in_lower_case(matcher, text, name):
    found = proposed_names(matcher, text)
    assert found.get(name) == "cities"
    assert name.split()[0] not in found


def test_the_airport_words_alone_name_nothing(matcher):
    found = proposed_names(matcher, "The airport and a South Korean airport reopened.")
    assert not any(n.endswith("airport") for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Groups may enter via Phu Cat airport until June.", "Phu Cat airport"),
        ("Hikers climb the Dobong mountain through the winter.", "Dobong mountain"),
        ("Crowds filled Hoan Kiem square while the band played.", "Hoan Kiem square"),
    ],
)
def test_until_through_or_while_ends_the_noun_phrase(matcher, text, name):
    assert name in proposed_names(matcher, text)
