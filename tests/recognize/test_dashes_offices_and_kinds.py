"""A spaced dash inside one name (a province spelt with one, a body's two fields), a body
named for the office it serves ("… of the President"), and more kinds a page writes in
lower case after a name (a dynasty, a clan, a faculty, a township, a bridge, a basin)."""

from __future__ import annotations

import pytest
from builders import VI_HEAD, VI_LAST, VI_STORY, matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("dashes"),
        ("cities", "seoul", "name: Seoul"),
    )


@pytest.mark.parametrize(
    ("text", "name", "kind", "gone"),
    [
        (
            "Volunteers worked in Ba Ria – Vung Tau province for a week.",
            "Ba Ria – Vung Tau",
            "cities",
            ("Ba Ria", "Vung Tau"),
        ),
        (
            "Đoàn công tác đến thăm tỉnh Bà Rịa – Vũng Tàu vào cuối tuần.",
            "Bà Rịa – Vũng Tàu",
            "cities",
            ("Rịa – Vũng Tàu", "Vũng Tàu"),
        ),
        (
            "Đoàn công tác đến thăm tỉnh Bà Rịa vào cuối tuần.",
            "Bà Rịa",
            "cities",
            ("Rịa",),
        ),
        (
            "Dr. Lim, who heads the Centre for Korea - Japan Studies at the academy, spoke.",
            "Centre for Korea - Japan Studies",
            "organizations",
            ("Centre for Korea", "Japan Studies"),
        ),
        (
            "Pupils from the Institute of Agriculture - Forestry (in the north) took part.",
            "Institute of Agriculture - Forestry",
            "organizations",
            ("Institute of Agriculture",),
        ),
    ],
)
def test_a_spaced_dash_inside_one_name(matcher, text, name, kind, gone):
    found = proposed_names(matcher, f"{VI_HEAD}. {VI_STORY}", text, VI_LAST)
    assert found.get(name) == kind
    assert not set(gone) & set(found)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the dash parts a body from a place, or two places of their own
        (
            "Figures came from the Institute of Economics - Hanoi branch.",
            "Institute of Economics",
        ),
        ("The Ministry of Health - Vietnam issued a notice.", "Ministry of Health"),
        ("Flights on the Hanoi – Da Nang route doubled.", "Da Nang"),
    ],
)
def test_a_dash_between_two_names_parts_them(matcher, text, kept):
    found = proposed_names(matcher, text)
    assert kept in found
    assert not any(" - " in n or " – " in n for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She chairs the Peace Advisory Council of the President and teaches.",
            "Peace Advisory Council of the President",
        ),
        (
            "The Cabinet Office of the Chairman met on Friday.",
            "Cabinet Office of the Chairman",
        ),
    ],
)
def test_a_body_of_an_office_keeps_it(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


def test_no_office_of_half_a_title(matcher):
    found = proposed_names(
        matcher, "He visited the Office of the Prime Minister today."
    )
    assert not any(n.endswith("Prime") for n in found)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "He was a prince of the Tran dynasty in the 13th century.",
            "Tran dynasty",
            "organizations",
        ),
        ("The Quan clan in the province keeps a shrine.", "Quan clan", "organizations"),
        (
            "The dean of the university’s Asian Studies faculty said so.",
            "Asian Studies faculty",
            "organizations",
        ),
        ("She joined the Bomun incubator in May.", "Bomun incubator", "organizations"),
        ("They met in Sancheong township on Monday.", "Sancheong township", "cities"),
        ("Trucks crossed the Tan Thuy bridge at dawn.", "Tan Thuy bridge", "cities"),
        ("They met at the Hwarang relic site in May.", "Hwarang relic site", "cities"),
        (
            "Rain fell over the Mekong River basin last week.",
            "Mekong River basin",
            "cities",
        ),
        (
            "Dams hold water across the Mekong sub-region.",
            "Mekong sub-region",
            "cities",
        ),
    ],
)
def test_more_kinds_in_lower_case(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


def test_a_city_s_incubator_is_no_name(matcher):
    assert "Seoul incubator" not in proposed_names(
        matcher, "She joined a Seoul incubator."
    )
