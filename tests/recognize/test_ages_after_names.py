"""A person's age or year of birth right after a name makes it a person's: "…, 20, of
…", "… (22 years old, …)", "…(13)", "… (SN 1995)"; not a decimal share nor an item
number opening the next title."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bich Lien, 24, of Nam Dinh found work at a bakery.", "Bich Lien"),
        ("Workers Minh Hoa, 31, and Quoc Viet, 29, were hired.", "Quoc Viet"),
        ("Last spring Thu Ha (26 years old, from Hue) moved to Busan.", "Thu Ha"),
        (
            "Two boys, Kim Seyun(9) and Dohan(7) with heart defects, flew in.",
            "Kim Seyun",
        ),
        ("Trong số đó có Bảo Ngọc (SN 1998) quê Thái Bình.", "Bảo Ngọc"),
    ],
)
def test_an_age_after_a_name_names_a_person(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "leaders"


def test_a_share_in_brackets_is_no_age(matcher):
    text = "Hàn Quốc dẫn đầu, Thái Lan đứng thứ tư (9,0%) và Tân Cương (7,1%) thứ năm."
    assert proposed_names(matcher, text).get("Tân Cương") != "leaders"


def test_a_numbered_title_after_a_name_is_no_age(matcher):
    text = "Series: Market Outlook and Regional Plans (3) Talent Pools: A Survey."
    assert proposed_names(matcher, text).get("Regional Plans") != "leaders"


def test_a_year_of_birth_is_no_name(matcher):
    names = proposed_names(matcher, "Trong số đó có Bảo Ngọc (SN 1998) quê Thái Bình.")
    assert "SN 1998" not in names
