"""A place written as a name and its day without the year before a double or long dash
(``Hanoi, March 20 -- The …``) is the dateline the story is filed under, as the same place
before the whole date is; a single hyphen after a yearless day stays story text. Every text
here is made up."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs

LAST = "Both sides said they would review the office's work at the end of the year."


@pytest.mark.parametrize("dash", ["--", "—", "–"])
def test_a_place_and_a_yearless_day_before_a_long_dash_is_a_dateline(dash):
    text = f"Hanoi, March 20 {dash} {STORY}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert article.metadata.dateline == "Hanoi"
    assert article.title is None or not article.title.startswith("Hanoi")


def test_a_yearless_day_before_an_apposition_stays_story_text():
    opening = (
        "Hanoi, March 20 — the day the office opened — was a busy one for the staff."
    )
    article = article_from_text(f"{opening}\n\n{MORE}\n\n{LAST}\n")
    assert opening in paragraphs(article)
    assert article.metadata.dateline is None


def test_a_word_not_a_place_before_a_yearless_day_is_no_dateline():
    opening = f"Tuesday, March 20 -- {STORY}"
    article = article_from_text(f"{opening}\n\n{MORE}\n\n{LAST}\n")
    assert article.metadata.dateline is None
