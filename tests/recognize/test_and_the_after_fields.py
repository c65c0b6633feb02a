"""A ministry named by two fields joined by "and", then "and the" and a second body:
the "and the" parts the two names, the fields' "and" stays inside the first
(recognize/candidates/and_splits.py)."""

from __future__ import annotations

from builders import proposed_names


def test_two_fields_then_and_the_second_body(matcher):
    found = proposed_names(
        matcher,
        "The seminar was held by the Ministry of Fisheries and Rural Affairs and the "
        "Korea Trade Agency in Hanoi.",
    )
    assert "Ministry of Fisheries and Rural Affairs" in found
    assert "Korea Trade Agency" in found
    assert "Ministry of Fisheries" not in found


def test_a_head_then_a_second_body_with_its_head_still_parts(matcher):
    found = proposed_names(
        matcher,
        "Funds came from the Mekong Fisheries Agency and Saigon Marine Bank and the "
        "Pacific Ocean Fund this year.",
    )
    assert "Mekong Fisheries Agency" in found
    assert "Saigon Marine Bank" in found


def test_a_second_body_named_by_two_fields_is_not_glued_to_the_first(matcher):
    cases = {
        "Funding came from the Vietnam Trade Promotion Agency and Food and Agriculture "
        "Organization last year.": (
            "Vietnam Trade Promotion Agency",
            "Food and Agriculture Organization",
        ),
        "Officials from the Korea Trade Agency and Trade and Investment Promotion "
        "Agency met in Hanoi.": (
            "Korea Trade Agency",
            "Trade and Investment Promotion Agency",
        ),
        "Support came from the Korea Forest Service and Forest Science and Technology "
        "Agency in Seoul.": (
            "Korea Forest Service",
            "Forest Science and Technology Agency",
        ),
        "The Korea Maritime Institute and Ocean and Fisheries Agency met in Busan on "
        "Monday.": ("Korea Maritime Institute", "Ocean and Fisheries Agency"),
    }
    for sentence, (first, second) in cases.items():
        found = proposed_names(matcher, sentence)
        assert first in found, sentence
        assert second in found, sentence
        assert f"{first} and {second}" not in found


def test_fields_then_and_a_ministry_part_at_the_ministry(matcher):
    found = proposed_names(
        matcher,
        "The plan was drafted by the Ministry of Agriculture and Rural Development and "
        "Ministry of Finance in Hanoi.",
    )
    assert "Ministry of Agriculture and Rural Development" in found
    assert "Ministry of Finance" in found
