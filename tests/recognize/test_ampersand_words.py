"""A brand or an abbreviation written with "&" and no space ("Mo&Ka Media",
"B&Lumen", "KHXH&NV"): one word, so the name holds all of it, not the part after "&"."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The show was made with Vietnam’s Mo&Ka Media last year.", "Mo&Ka Media"),
        ("The clinic chain B&Lumen opened a branch in Da Nang.", "B&Lumen"),
        ("Students of the Faculty of KHXH&NV joined the camp.", "Faculty of KHXH&NV"),
    ],
)
def test_a_word_joined_by_an_ampersand_stays_whole(matcher, text, name):
    found = proposed_names(matcher, text)
    assert name in found
    assert not any(n in found for n in ("Ka Media", "Lumen", "NV"))


def test_an_ampersand_between_spaced_words_still_joins_a_name(matcher):
    found = proposed_names(matcher, "Officials of Ernst & Young Vietnam attended.")
    assert "Ernst & Young Vietnam" in found
