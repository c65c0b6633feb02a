"""Koreans named given name first in an English list: people, whatever the list's words
around them say; a park or Vietnamese syllables of the same shape are not."""

from __future__ import annotations

import pytest
from builders import proposed_names


def test_a_list_of_koreans_named_given_name_first_beside_a_programme(matcher):
    found = proposed_names(
        matcher,
        "Doctors who ran the programme include Minjae Oh, Hyun Sik Gong and Young "
        "Kyun Seo from the surgical department, whose fellowship training began in July.",
    )
    assert found.get("Hyun Sik Gong") == "leaders"
    assert found.get("Young Kyun Seo") == "leaders"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Members met for many activities at Jungoe Park in Gwangju city.",
            "Jungoe Park",
            "cities",
        ),
        (
            "A memorial stands in the Dien An ward of the town, near the old village.",
            "Dien An",
            "cities",
        ),
    ],
)
def test_a_park_or_vietnamese_syllables_keep_their_kind(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind
