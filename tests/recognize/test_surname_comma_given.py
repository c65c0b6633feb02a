"""A Korean's name written surname first with a comma, after a title, is one person:
"Mr. Yoon, Sang Ho, Chairman of …", "Vice Minister Kim, Ganglip will …"."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guests included Mr. Choi, Min Ho, Chairman of the Korean Business Club.",
            "Choi, Min Ho",
        ),
        ("The agency (Vice Minister Park, Gangsu) said it would help.", "Park, Gangsu"),
        ("Vice Minister Lee, Ganglip will lead the team to Hanoi.", "Lee, Ganglip"),
        ("The fund (Chairman SHIN, Dong-woo) opened an office.", "SHIN, Dong-woo"),
        ("Mr. Kang, Suk Jin, the chief researcher, presented it.", "Kang, Suk Jin"),
        (
            "Đoàn do ông Jang, Ba Doo – Phó Tổng giám đốc công ty dẫn đầu.",
            "Jang, Ba Doo",
        ),
    ],
)
def test_one_person(matcher, text, name):
    names = proposed_names(matcher, text)
    assert names.get(name) == "leaders"
    assert name.split(",")[0] not in names  # no lone surname beside it


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Kim, Lee, and Park met the delegation.",  # three people
        "President Moon, Trump and Xi met in Osaka.",  # no given name: a list
        "In Seoul, Kim Min-jae signed for the club.",  # no title before the surname
    ],
)
def test_a_list_of_people_is_no_one_name(matcher, text):
    assert not any("," in name for name in proposed_names(matcher, text))
