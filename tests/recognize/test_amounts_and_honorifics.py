"""A currency written after an amount is no name; a Vietnamese honorific is no part of
the person it addresses."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("amounts"), ("cities", "seoul", "name: Seoul")
    )


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Tập đoàn đã rót khoảng 12.000 tỷ Won vào nhà máy mới.", "Won"),
        ("Each trainee earns about 85,000 Won a day on the farm.", "Won"),
        (
            "The maker will spend 2.4 trillion South Korean Won on a plant.",
            "South Korean Won",
        ),
        ("That is roughly 1,450,000 Vietnamese Dong a day.", "Vietnamese Dong"),
    ],
)
def test_a_currency_after_an_amount_is_no_name(matcher, text, currency):
    assert currency not in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a year before a name is when, not how much
        ("In 2023 Hanbit Logistics opened a depot in Seoul.", "Hanbit Logistics"),
        # a name seen once after an amount and once elsewhere is still a name
        (
            "Some 1,200 Daehan Textiles workers joined. Daehan Textiles said so.",
            "Daehan Textiles",
        ),
        # a small count, not a sum: no thousands' mark, no scale word
        ("About 300 Hanbit Logistics drivers went on strike.", "Hanbit Logistics"),
    ],
)
def test_a_name_after_a_year_or_beside_another_sighting_stays(matcher, text, name):
    assert name in proposed_names(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chị Hoàng Thị Ngọc Lan (29 tuổi, Bến Tre) sống ở Seoul với chồng.",
        "Chị Hoàng Thị Ngọc Lan cho biết cô rất vui.",
    ],
)
def test_chi_before_a_vietnamese_name_is_no_part_of_it(matcher, text):
    proposed = proposed_names(matcher, text)
    assert proposed.get("Hoàng Thị Ngọc Lan") == "leaders"
    assert not any(name.startswith("Chị") for name in proposed)


@pytest.mark.parametrize(
    "text",
    [
        "He hopes to meet His Excellency Chairman Tran Van Binh soon.",
        "Her Excellency Ambassador Park Min-ji opened the fair.",
    ],
)
def test_excellency_is_a_form_of_address(matcher, text):
    proposed = proposed_names(matcher, text)
    assert not any("Excellency" in name for name in proposed)
    assert any(name in proposed for name in ("Tran Van Binh", "Park Min-ji"))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bà Lê Thị Kim Chi cho biết cô rất vui.", "Lê Thị Kim Chi"),
        ("Ông Pham Huu Chi, giám đốc công ty, phát biểu.", "Pham Huu Chi"),
    ],
)
def test_chi_unmarked_ends_a_name(matcher, text, person):
    # "Chi" without its mark is a given name's syllable, no word of address
    assert person in proposed_names(matcher, text)
