""" "Jun", a month's short form, is a syllable of a Korean name where no day stands by it:
"Mr. Song Jun Han", "Ambassador to Vietnam Jun Dae Joo" are people, "Jun 5" a date."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Under the training of Mr. Kang Jun Ho, the team won three medals.",
            "Kang Jun Ho",
        ),
        (
            "Korean Ambassador to Vietnam Jun Dae Sung highly valued the plan.",
            "Jun Dae Sung",
        ),
    ],
)
def test_a_korean_name_with_jun(matcher, text, name):
    names = proposed_names(matcher, text)
    assert names.get(name) == "leaders"
    assert not any(n != name and n in name for n in names)  # no scrap of it


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Kim and Hanoi were held on Jun 5 in Seoul.",
        "Exports rose in Jan Kim said on Monday.",  # a month after "in": a date
    ],
)
def test_a_month_stays_a_date(matcher, text):
    names = proposed_names(matcher, text)
    assert not any(n.startswith(("Jun ", "Jan ")) for n in names)
