"""A land called by what it is known for ("xứ sở Kim Chi", Korea) names no person
(recognize/candidates/vietnamese_epithets.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("vietnamese-epithets"),
        ("cities", "hanoi", "name: Hanoi\naliases: [Hà Nội]"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sau mười năm theo chồng sang xứ sở Kim Chi, chị Lan mở một quán ăn nhỏ ở Hà Nội.",
        "Nhiều sinh viên muốn tới xứ Kim Chi để học tiếng và làm việc.",
    ],
)
def test_the_land_of_kimchi_is_no_person(matcher, text):
    assert "Kim Chi" not in proposed_names(matcher, text)


def test_a_person_of_the_same_name_elsewhere_stays(matcher):
    found = proposed_names(
        matcher, "Bà Kim Chi, giám đốc công ty, đã ký hợp đồng với đối tác tại Hà Nội."
    )
    assert found.get("Kim Chi") == "leaders"
