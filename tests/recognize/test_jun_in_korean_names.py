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
        # the surname after a lower-case word or a body's name, no title before it
        (
            "The forum was opened by members of the National Assembly Jun Mi-ran, "
            "Oh Sang-hun and two mayors.",
            "Jun Mi-ran",
        ),
        ("Thủ tướng đã tiếp ông Jun Tae Woo, Đại sứ Hàn Quốc.", "Jun Tae Woo"),
    ],
)
def test_a_korean_name_with_jun(matcher, text, name):
    names = proposed_names(matcher, text)
    assert names.get(name) == "leaders"
    assert not any(n != name and n in name for n in names)  # no scrap of it


def test_jun_opening_a_name_in_a_list_of_people(matcher):
    """The surname is the name's, not dropped as a date (its type is left to the cues
    around it: a list after a colon has none)."""
    names = proposed_names(
        matcher, "Đoàn gồm các nghị sĩ: Jun Minsook, Yoo Jae Hong và nhiều doanh nhân."
    )
    assert "Jun Minsook" in names
    assert "Minsook" not in names


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Kim and Hanoi were held on Jun 5 in Seoul.",
        "Exports rose in Jan Kim said on Monday.",  # a month after "in": a date
        "The fair closed on 5 Jun Hanoi officials said.",  # a day before it
        "The fair runs Jun 5 to Jun 9 in Busan.",
    ],
)
def test_a_month_stays_a_date(matcher, text):
    names = proposed_names(matcher, text)
    assert not any(n.startswith(("Jun ", "Jan ")) for n in names)
