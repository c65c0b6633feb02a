"""A body's possessive before another body: two names, not one."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("owners"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Students from Hue University’s Faculty of Fisheries came.",
            {"Hue University", "Faculty of Fisheries"},
        ),
        (
            "He thanked the Ministry of Labour and Welfare’s Bureau of Overseas Workers.",
            {"Ministry of Labour and Welfare", "Bureau of Overseas Workers"},
        ),
        (
            "The Ministry of Finance and Japan’s Ministry of Economy, Trade and Industry met.",
            {"Ministry of Finance", "Ministry of Economy, Trade and Industry"},
        ),
    ],
)
def test_a_body_that_owns_another_is_its_own_name(matcher, text, names):
    found = proposed_names(matcher, text)
    assert names <= set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Quang Tri People’s Committee met.", "Quang Tri People’s Committee"),
        (
            "Officials of the Ministry of Finance and the People’s Council of Binh Duong came.",
            "People’s Council of Binh Duong",
        ),
        (
            "The Friendship Association of Vietnam and Korea met.",
            "Friendship Association of Vietnam and Korea",
        ),
    ],
)
def test_a_name_with_a_possessive_or_parties_inside_stays_whole(matcher, text, name):
    assert name in proposed_names(matcher, text)
