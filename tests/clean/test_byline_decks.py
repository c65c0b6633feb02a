"""A headline over a longer deck, the deck right over the byline (``byline_decks``):
lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text

HEAD = "Quiet Diplomacy on the Mekong"


@pytest.mark.parametrize(
    "deck",
    [
        "Busan Delegation Visits Can Tho to Open a Trade Office",
        "Busan's mayor invited Can Tho leaders to open a joint trade office",
    ],
)
def test_the_headline_over_its_deck_and_the_byline_is_the_headline(deck):
    text = f"{HEAD}\n\n{deck}\n\nBy Lee Min-ho\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.author == "Lee Min-ho"


@pytest.mark.parametrize("section", ["Economy - Trade", "News and Events"])
def test_a_sections_name_over_the_headline_stays_no_headline(section):
    head = "Busan Delegation Visits Can Tho to Open a Trade Office"
    text = f"{section}\n\n{head}\n\nBy Lee Min-ho\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == head


def test_a_shorter_line_under_the_headline_is_no_deck():
    head = "Busan Delegation Visits Can Tho to Open a Trade Office"
    text = f"{head}\n\n{HEAD}\n\nBy Lee Min-ho\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == HEAD
