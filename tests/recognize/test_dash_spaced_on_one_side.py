"""A dash some outlets space on one side only ("Korea -Vietnam", "Korean –Vietnamese")
joins two parties of a shared name as a dash spaced on both sides does."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She heads the Korea -Vietnam Friendship Association of the province.",
            "Korea -Vietnam Friendship Association",
        ),
        (
            "Students met at the Korean –Vietnamese Culture Festival last week.",
            "Korean –Vietnamese Culture Festival",
        ),
        (
            "The Vietnam– Korea Business Forum opened in the afternoon.",
            "Vietnam– Korea Business Forum",
        ),
    ],
)
def test_a_one_sided_dash_joins_two_parties(matcher, text, name):
    assert name in proposed_names(matcher, text)


def test_a_person_then_a_one_sided_dash_stays_apart(matcher):
    names = proposed_names(matcher, "Coach Park Hang-seo –Vietnam's hero– arrived.")
    assert "Park Hang-seo" in names


def test_two_bodies_by_a_one_sided_dash_stay_apart(matcher):
    text = "Guests came from Civil Engineering- College of Engineering, the hosts said."
    names = proposed_names(matcher, text)
    assert not any("Engineering- College" in name for name in names)
