"""A term's years after a body ("… Council for the 2020 – 2021 term") are when, not
part of its name."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("terms"), ("cities", "seoul", "name: Seoul")
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Laos sat on the Mekong Water Council for the 2022 – 2023 term.",
            "Mekong Water Council",
        ),
        (
            "She chaired the Asian Rowing Board for the 2019-2021 tenure.",
            "Asian Rowing Board",
        ),
    ],
)
def test_a_term_after_a_body_is_no_part_of_it(matcher, text, body):
    proposed = proposed_names(matcher, text)
    assert body in proposed
    assert not any(name.startswith(body + " ") for name in proposed)


def test_an_edition_before_an_event_stays(matcher):
    # the year before a name says which edition: "the 2027 Asian Rowing Cup"
    proposed = proposed_names(matcher, "Hanoi will host the 2027 Asian Rowing Cup.")
    assert "2027 Asian Rowing Cup" in proposed
