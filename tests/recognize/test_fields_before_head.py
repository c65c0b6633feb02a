"""A body or an event named for the fields it covers, listed before its head noun
("Health, Youth and Sports Committee"): one name over the commas, not its scraps; a
list of firms before a group's name is no list of fields."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name", "kind", "scraps"),
    [
        (
            "Park Min-ji, a member of the assembly's Health, Youth, Labour and Welfare "
            "Committee, toured the clinic.",
            "Health, Youth, Labour and Welfare Committee",
            "organizations",
            ("Youth", "Labour and Welfare Committee"),
        ),
        (
            "The fair is part of the Hue-Gimhae Culture, Trade and Tourism Week, "
            "officials said.",
            "Hue-Gimhae Culture, Trade and Tourism Week",
            "events",
            ("Trade and Tourism Week", "Hue-Gimhae Culture"),
        ),
        (
            "Delegates attended the Energy, Science, and Innovation Forum in March.",
            "Energy, Science, and Innovation Forum",
            "events",
            ("Innovation Forum",),
        ),
    ],
)
def test_fields_listed_before_the_head_make_one_name(matcher, text, name, kind, scraps):
    found = proposed_names(matcher, text)
    assert found.get(name) == kind
    assert not any(s in found for s in scraps)


def test_firms_listed_before_a_group_stay_apart(matcher):
    found = proposed_names(
        matcher, "Investors such as Hanmi, Daelim and Kumho Group came to Hue."
    )
    assert "Kumho Group" in found
    assert not any("," in name for name in found)
