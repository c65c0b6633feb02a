"""Korea's visa classes are codes, no names; a code of another shape stays a name."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    "text",
    [
        "Workers enter on the E-9 visa, and students on the D-2 or D-4 visa.",
        "He applied for the D4-1 visa before the semester began.",
        "외국인 선원은 E-10 비자로, 동포는 F-2-R 비자로 입국했다.",
    ],
)
def test_a_visa_class_is_no_name(matcher, text):
    found = proposed_names(matcher, text)
    assert not [name for name in found if "-" in name and name[0] in "CDEF"]


def test_a_model_or_a_group_of_initials_and_digits_stays_a_name(matcher):
    found = proposed_names(
        matcher, "Leaders of the G20 met as Vietjet flew its new A321 to Busan."
    )
    assert "G20" in found
