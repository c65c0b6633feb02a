"""A plural without a final "s" ("Women's", "Children's", "People's") inside a name,
before the head noun of the body it names: the possessive is the name's, as "Growers'"
is; another possessive still says whose the next name is."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("members"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She chairs the Mekong Senior Women's Tennis Association now.",
            "Mekong Senior Women's Tennis Association",
        ),
        (
            "They founded the Hue Children's Music Club last year.",
            "Hue Children's Music Club",
        ),
        ("The People's Rights Fund paid for the lawyers.", "People's Rights Fund"),
    ],
)
def test_a_members_plural_stays_in_the_body_it_names(matcher, text, name):
    assert name in proposed_names(matcher, text)


def test_a_possessive_before_no_head_noun_still_cuts(matcher):
    found = proposed_names(matcher, "They met the Hue Women's Choir Leaders on Friday.")
    assert not any("Women's" in n for n in found)
