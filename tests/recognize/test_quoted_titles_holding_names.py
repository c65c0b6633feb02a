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


def test_a_drama_named_before_its_title(matcher):
    names = proposed_names(
        matcher,
        'She starred in the drama "Summer Rain in Ho Chi Minh City Harbour" last year.',
    )
    assert "Summer Rain in Ho Chi Minh City Harbour" in names


def test_a_greeting_with_a_comma_is_no_title(matcher):
    names = proposed_names(
        matcher,
        'Pupils lined the road and shouted "Welcome to Ho Chi Minh City, Aunt Sun" '
        "as the bus went by.",
    )
    assert not any(name.startswith("Welcome to Ho Chi Minh City") for name in names)


def test_a_chant_is_no_title(matcher):
    names = proposed_names(
        matcher,
        'Supporters sang "Hey Ho Chi Minh City Hey" all through the second half.',
    )
    assert "Hey Ho Chi Minh City Hey" not in names


def test_a_cited_headline_is_no_title(matcher):
    names = proposed_names(
        matcher,
        'Its front page story "Why Retirees Now Pick Ho Chi Minh City for Winter" was read '
        "widely.",
    )
    assert not any("Pick Ho Chi Minh City" in name for name in names)


def test_a_place_inside_a_report_title_is_still_proposed(matcher):
    names = proposed_names(
        matcher,
        'The study, titled "Korean Shipyards in Ho Chi Minh City and the Mekong Delta", came '
        "out on Monday.",
    )
    assert not any(
        name.startswith("Korean Shipyards") and "Delta" in name for name in names
    )
    assert "Mekong Delta" in names
