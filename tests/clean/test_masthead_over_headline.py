"""A site's name in title case over a short headline in sentence case: the headline, no
deck (``first_headline``): lines written for the shape, never a page's."""

from __future__ import annotations

from builders import article_from_text

SITE = "Voices of the Mekong Delta"
HEAD = "Korean lenders step up loans to exporters"
STORY = (
    "Two banks from Seoul said on Monday they would double their credit lines to small "
    "manufacturers in the south, citing strong orders from abroad."
)
MORE = (
    "The banks expect to lend about twice as much as last year, their officials said."
)
LAST = "Both said the first loans would be paid out before the end of the month."


def test_a_sites_name_over_a_short_sentence_case_headline_is_no_headline():
    text = f"{SITE}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == HEAD


def test_a_first_line_naming_the_story_stays_the_headline_over_its_deck():
    top = "Seoul Banks' Bet on Exporters"
    story = STORY.replace("Two banks from Seoul", "Two Seoul banks")
    text = f"{top}\n\n{HEAD}\n\n{story}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == top
