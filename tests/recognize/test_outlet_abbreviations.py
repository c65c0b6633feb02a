"""A listed outlet's short abbreviation that is also a firm's ("MTN", a Korean business
channel's) blocks no name built on it. The text is invented."""

from __future__ import annotations

from builders import proposed_names


def test_a_firm_named_by_an_abbreviation_a_station_shares_is_proposed(matcher):
    text = "MTN Group and Viettel compete in Cameroon for mobile money customers."
    assert "MTN Group" in proposed_names(matcher, text)
