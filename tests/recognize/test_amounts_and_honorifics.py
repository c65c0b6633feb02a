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
        # an amount with its currency: what follows is what it buys
        (
            "The two agreed to set up a $300 million Hanbit Minerals Fund.",
            "Hanbit Minerals Fund",
        ),
        # a small count, not a sum: no thousands' mark, no scale word
        ("About 300 Hanbit Logistics drivers went on strike.", "Hanbit Logistics"),
    ],
)
def test_a_name_after_a_year_or_beside_another_sighting_stays(matcher, text, name):
    assert name in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a count of people or things before a name: its last word is no currency
        (
            "More than 12,000 Vietnam Airlines passengers were stranded at Incheon.",
            "Vietnam Airlines",
        ),
        (
            "About 2,500 Samsung Display engineers were moved to the new plant.",
            "Samsung Display",
        ),
        (
            "Some 1.2 million Lotte Mart shoppers used the app in its first month.",
            "Lotte Mart",
        ),
        (
            "Some 6 million Hanbit Card members will get the new benefits.",
            "Hanbit Card",
        ),
        ("Hơn 1.500 Hyosung Việt Nam công nhân được tăng lương.", "Hyosung Việt Nam"),
        (
            "The firm launched its 2.0 Smart Factory Platform in Hanoi.",
            "Smart Factory Platform",
        ),
        ("The ceremony began at 9.30 Lotte Hotel Hanoi time.", "Lotte Hotel Hanoi"),
        (
            "Ngày 15.3 Bộ Ngoại giao Hàn Quốc công bố danh sách mới.",
            "Bộ Ngoại giao Hàn Quốc",
        ),
        # a sum with its currency before a name: the name is what it buys
        (
            "The EU pledged a EUR 200 million Mekong Green Fund for the delta.",
            "Mekong Green Fund",
        ),
        (
            "Seoul and Hanoi launched a $ 500 million Korea-Vietnam Critical Minerals Fund.",
            "Korea-Vietnam Critical Minerals Fund",
        ),
    ],
)
def test_a_name_after_an_amount_that_ends_in_no_currency_stays(matcher, text, name):
    assert name in proposed_names(matcher, text)


@pytest.mark.parametrize(
    ("text", "fund"),
    [
        (
            "Seoul and Hanoi launched a 500 million USD Korea-Vietnam Minerals Fund.",
            "Fund",
        ),
        ("Seoul will set up a 2,000 billion Won Korea Green Fund next year.", "Fund"),
    ],
)
def test_a_name_glued_to_its_currency_is_not_lost(matcher, text, fund):
    # the currency's word may stay glued on, but the name it opens is no currency
    assert any(name.endswith(fund) for name in proposed_names(matcher, text))


def test_a_name_after_counts_thousands_of_times_is_still_a_name(matcher):
    # each sighting looks back a few words for its amount, not to the text's start (its
    # time on such a text: scripts/bench, "hostile lines")
    text = "some 1,000 Hanbit Card members and " * 2900 + "Hanbit Card."
    assert "Hanbit Card" in proposed_names(matcher, text)


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
    ("text", "name"),
    [
        # "Chị" inside a title or before a character's single name is no address
        ("Bộ phim Chị Chị Em Em 2 thu hút khán giả Hàn Quốc.", "Chị Chị Em Em 2"),
        ("Tác phẩm Tắt đèn với nhân vật Chị Dậu được dựng ở Seoul.", "Chị Dậu"),
    ],
)
def test_chi_before_no_full_name_stays_in_the_name(matcher, text, name):
    proposed = proposed_names(matcher, text)
    assert name in proposed
    assert "Em Em 2" not in proposed


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
