"""An ordinal before a name is the name's own only after "the" and no day's word: "the
2nd Korean Marine Brigade", but not "since March 3rd Vietnam Airlines", "by the 15th
Korea Electric Power Corporation" (days) or "ranked 2nd Vietnam National University"."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Since March 3rd Vietnam Airlines has flown daily to Incheon.",
            "Vietnam Airlines",
        ),
        (
            "By the 15th Korea Electric Power Corporation will submit the plan.",
            "Korea Electric Power Corporation",
        ),
        (
            "Hanoi ranked 2nd Vietnam National University came third in the list.",
            "Vietnam National University",
        ),
    ],
)
def test_a_days_or_a_ranks_ordinal_is_no_part_of_the_name(matcher, text, name):
    names = proposed_names(matcher, text)
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


def test_the_ordinal_of_a_unit_after_the_is_its_own(matcher):
    names = proposed_names(
        matcher, "Park visited the 2nd Korean Marine Brigade on Monday."
    )
    assert "2nd Korean Marine Brigade" in names
