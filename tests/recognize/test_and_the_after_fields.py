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
