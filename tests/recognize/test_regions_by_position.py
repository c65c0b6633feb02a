"""A region named by its position and its landform in capitals ("the Central
Highlands") is a place, though each word alone names nothing
(recognize/candidates/regions.py)."""

from __future__ import annotations

from builders import proposed_names
from dossier.recognize.candidates.lexicon import lexicon
from dossier.recognize.candidates.regions import LANDFORMS


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


def test_every_landform_of_a_region_is_a_place(matcher):
    for region in ("Western Lowlands", "Eastern Plateau", "Northern Midlands"):
        found = proposed_names(
            matcher, f"Farmers in the {region} expect a smaller harvest this year."
        )
        assert found.get(region) == "cities", region


def test_each_landform_types_its_region_as_a_place():
    assert lexicon().inside["cities"] >= LANDFORMS
