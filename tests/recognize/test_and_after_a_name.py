"""``and`` after a complete name (initials, a brand) and before a body of its own."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("ands"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The loan came from the IFC and Shinhan Development Bank last year.",
            {"IFC", "Shinhan Development Bank"},
        ),
        (
            "Funds such as MekongCapital and Saigon Asset Management invested.",
            {"MekongCapital", "Saigon Asset Management"},
        ),
        (
            "The merger of Hyundai E&C and Dongbu Heavy Industries failed.",
            {"Hyundai E&C", "Dongbu Heavy Industries"},
        ),
    ],
)
def test_a_name_and_a_body_are_two(matcher, text, names):
    found = proposed_names(matcher, text)
    assert names <= set(found)
    assert not any(" and " in n for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Sanitary and Phytosanitary Solutions office opened.",
            "Sanitary and Phytosanitary Solutions",
        ),
        (
            "The Saigon Exhibition and Convention Center opened.",
            "Saigon Exhibition and Convention Center",
        ),
        ("The Kim Jang Lee and Partners firm won.", "Kim Jang Lee and Partners"),
    ],
)
def test_one_name_with_and_inside_stays_whole(matcher, text, name):
    assert name in proposed_names(matcher, text)
