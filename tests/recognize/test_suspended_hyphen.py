"""A suspended hyphen inside a name: "Small- and Medium-sized Enterprises" shares
"-sized" between two words, so "Small-" and what follows are one name, not two scraps."""

from __future__ import annotations

from builders import proposed_names


def test_a_suspended_hyphen_keeps_the_name_whole(matcher):
    text = "The Mekong Union of Small- and Medium-sized Farms met in Cần Thơ."
    names = proposed_names(matcher, text)
    assert names.get("Mekong Union of Small- and Medium-sized Farms") == "organizations"
    assert "Medium-sized Farms" not in names
