"""A body named by common words alone, which "the" before it defines."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Exports rose 9 percent, according to the General Statistics Office.",
            "General Statistics Office",
        ),
        (
            "Pledges doubled last year, the Foreign Investment Agency said on Monday.",
            "Foreign Investment Agency",
        ),
        (
            "Seeds were tested by the Rural Development Administration in spring.",
            "Rural Development Administration",
        ),
        (
            "Talks were hosted by the International Labour Organization in Geneva.",
            "International Labour Organization",
        ),
    ],
)
def test_an_office_the_article_defines_is_a_name(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "Officials of the Joint Committee met on Monday.",  # a meeting of members
        "The General Statistics Office opened early.",  # "The" opens the sentence
        "Most staff work in the Head Office now.",  # two words
    ],
)
def test_common_words_without_an_office_the_article_defines_are_none(matcher, text):
    assert not proposed_names(matcher, text)
