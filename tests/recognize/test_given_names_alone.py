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
