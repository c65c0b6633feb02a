"""A region named by its position and its landform in capitals ("the Central
Highlands") is a place, though each word alone names nothing
(recognize/candidates/regions.py)."""

from __future__ import annotations

from builders import proposed_names


def test_a_position_and_a_landform_name_a_region(matcher):
    found = proposed_names(
        matcher, "Coffee growers in the Central Highlands expect a smaller harvest."
    )
    assert found.get("Central Highlands") == "cities"


def test_a_region_after_a_country_possessive(matcher):
    found = proposed_names(
        matcher, "Rice farms in Vietnam’s Central Delta lost a third of their crop."
    )
    assert found.get("Central Delta") == "cities"


def test_a_position_before_a_body_word_is_no_region(matcher):
    found = proposed_names(
        matcher, "The Central Committee met on Monday in a Central Province town."
    )
    assert "Central Committee" not in found
    assert "Central Province" not in found
