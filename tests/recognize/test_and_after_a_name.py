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


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday the Kim Van of and City Ho met in the hall.",
        "Officials of and Representatives of the Port met on Friday.",
        "The Board of the and Council of Busan met.",
    ],
)
def test_of_and_with_nothing_between_them_proposes_without_error(matcher, text):
    """ "of" followed at once by "and": no body stands between them (an IndexError
    before); the words on either side are still read."""
    names = proposed_names(matcher, text)
    assert "Yesterday" not in names
    assert names  # the capitalised words around "of and" are still sought
