"""A quoted title of three words or more is one name though a registered name stands
inside it ("… to Ho Chi Minh City Returns: …", a film); a registered name at the title's
edge, or a short quote, is that name's use, no title."""

from __future__ import annotations

from builders import proposed_names


def test_title_holding_a_registered_name(matcher):
    names = proposed_names(
        matcher,
        'Last year the record went to "Night Bus to Ho Chi Minh City Returns: Dawn," '
        "which sold two million tickets.",
    )
    assert "Night Bus to Ho Chi Minh City Returns: Dawn" in names
    assert "Night Bus" not in names
    assert "Returns" not in names


def test_registered_name_opening_the_quote_is_no_title(matcher):
    names = proposed_names(
        matcher, 'Visitors called it "Ho Chi Minh City Nights" in their reviews.'
    )
    assert not any(name.startswith("Ho Chi Minh City Nights") for name in names)


def test_quoted_speech_holding_a_registered_name_is_no_title(matcher):
    names = proposed_names(
        matcher,
        'The guide said: "Many Visitors from Busan now come to Ho Chi Minh City '
        'Markets First."',
    )
    assert not any("Ho Chi Minh City Markets" in name for name in names)
