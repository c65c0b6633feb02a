"""A Korean's name after a body's initials or a firm's name, with no title between:
"the Assembly's Speaker … NA Park Min-seok", "Rector of KNU Dong-hwan Cho"."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "person", "glued"),
    [
        (
            "He was invited by Speaker of the Korean NA Park Min-seok in May.",
            "Park Min-seok",
            "NA Park Min-seok",
        ),
        (
            "Hiệu trưởng KNU Dong-hwan Cho đã ký biên bản.",
            "Dong-hwan Cho",
            "KNU Dong-hwan Cho",
        ),
        (
            "Chủ tịch tập đoàn Hyundai Eui-min Chung, Chủ tịch tập đoàn Lotte đến dự.",
            "Eui-min Chung",
            "Hyundai Eui-min Chung",
        ),
    ],
)
def test_initials_or_a_firm_before_a_korean_name_are_no_part_of_it(
    matcher, text, person, glued
):
    found = proposed_names(matcher, text)
    assert found.get(person) == "leaders"
    assert glued not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a surname of one word before the given name: one person, whole
        ("Dr. Huh Hyang Jin spoke first.", "Huh Hyang Jin"),
        # a caps surname opening the name, as some outlets write it
        ("The award went to KIM Min-ji last week.", "KIM Min-ji"),
    ],
)
def test_a_person_opened_by_a_surname_stays_whole(matcher, text, person):
    assert person in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("VNA Hanoi-Hong Kong flights resumed in May.", "Hanoi-Hong Kong"),
        ("Vietjet Danang-Hong Kong flights resumed in May.", "Danang-Hong Kong"),
        ("Asiana Busan-Hong Kong flights resumed in May.", "Busan-Hong Kong"),
        ("The AHKFTA ASEAN-Hong Kong deal took effect in 2019.", "ASEAN-Hong Kong"),
        ("The VEC Hanoi-Hai Duong section opened.", "Hanoi-Hai Duong"),
    ],
)
def test_a_route_after_initials_or_a_firm_is_no_person(matcher, text, route):
    # two places joined by a hyphen: no given name, though "Kong" and "Duong" are
    # surnames
    assert proposed_names(matcher, text).get(route) != "leaders"


def test_a_given_name_hyphened_in_capitals_is_still_one(matcher):
    found = proposed_names(matcher, "Rector of KNU Dong-Hwan Cho signed it.")
    assert found.get("Dong-Hwan Cho") == "leaders"
