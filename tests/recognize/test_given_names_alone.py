"""A person called again by the given name ("Viet Phong" after "Nguyen Viet Phong") is
the same person, not a new name."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("tails"), ("cities", "seoul", "name: Seoul")
    )


def test_a_person_called_again_by_the_given_name_is_one_name(matcher):
    text = (
        "Chairman Nguyen Van Khoa and student leader Truong Minh Duc spoke at the club "
        "in Seoul. Minh Duc thanked the members, and Van Khoa agreed."
    )
    proposed = proposed_names(matcher, text)
    assert proposed.get("Nguyen Van Khoa") == "leaders"
    assert proposed.get("Truong Minh Duc") == "leaders"
    assert "Minh Duc" not in proposed and "Van Khoa" not in proposed


def test_a_name_opening_a_longer_run_stays(matcher):
    # the longer run is the one that is wrong: "Park Hang-seo" beside "Park Hang-seo Ho"
    text = "Coach Park Hang-seo Ho Chi Minh trip ended. Park Hang-seo smiled."
    assert "Park Hang-seo" in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Vice chairman Tran Nam Dinh met the Korean investors. "
            "Nam Dinh will host the new Korean textile plant.",
            "Nam Dinh",
        ),
        (
            "Ms Nguyen Thanh Hoa, head of the trade office, spoke in Seoul. "
            "Thanh Hoa province hosts two Korean shoe makers.",
            "Thanh Hoa",
        ),
        (
            "Mr Nguyen Hai Duong said the talks went well. "
            "The plant is in Hai Duong, near the capital.",
            "Hai Duong",
        ),
        (
            "Director Nguyen Thai Binh welcomed the delegation. "
            "Thai Binh will get a new Korean garment plant.",
            "Thai Binh",
        ),
        (
            "Deputy Prime Minister Nguyen Hoa Binh met the Korean ambassador. "
            "A Korean firm will build a plant in Hoa Binh.",
            "Hoa Binh",
        ),
        (
            "Chairman Le Hai Phong greeted the guests. Hai Phong will host the LG plant.",
            "Hai Phong",
        ),
        (
            "Mr Tran Vinh Phuc spoke first. "
            "Vinh Phuc province has drawn many Korean firms.",
            "Vinh Phuc",
        ),
        ("Hoang Anh Gia Lai signed a Korean coach. Gia Lai fans cheered.", "Gia Lai"),
    ],
)
def test_a_place_sharing_an_officials_given_name_stays(matcher, text, place):
    # a province or city of the gazetteer is a place, whoever bears its name
    assert place in proposed_names(matcher, text)


def test_a_name_inside_a_glued_run_of_two_names_stays(matcher):
    # "Lee Jae Myung To Lam" is two people run together, not one called "To Lam"
    text = (
        "President Lee Jae Myung To Lam talks ended in Hanoi. "
        "General Secretary To Lam said ties were strong."
    )
    assert "To Lam" in proposed_names(matcher, text)


def test_a_person_called_by_the_names_after_the_surname_is_one_name(matcher):
    # a four-word name with a Western given name last: the Vietnamese ones follow the surname
    text = "Ms Nguyen Le Hoa Sophia teaches in Seoul. Le Hoa said she loved the city."
    proposed = proposed_names(matcher, text)
    assert "Nguyen Le Hoa Sophia" in proposed
    assert "Le Hoa" not in proposed
