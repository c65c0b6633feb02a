"""A standfirst of two sentences under the headline whose first sentence a paragraph
below repeats (``caption_copies``): its second sentence is the deck's own, no picture's
credit, so the deck stays story. Sentences written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons

OPENING = "The two cities agreed on Monday to open a joint office for small firms."


@pytest.mark.parametrize(
    "second",
    [
        "Talks resume in May.",
        "The mayors will meet again before the end of the year to sign it.",
    ],
)
def test_a_deck_whose_second_sentence_is_short_stays_story(second):
    deck = f"{OPENING} {second}"
    text = f"{HEAD}\n\n{deck}\n\n{MORE}\n\n{STORY}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [deck, MORE, STORY, LAST]
    assert deck not in reasons(article)


@pytest.mark.parametrize(
    "credit",
    [
        "Screenshot from a city channel on YouTube, 5 May 2024, https://example.org/v",
        "Photo courtesy of the city hall.",
        "Image: City of Busan.",
    ],
)
def test_a_copy_with_a_pictures_credit_after_it_still_goes(credit):
    # dropped as a copy, a deck or a caption: no story paragraph
    caption = f"{OPENING} {credit}"
    text = f"{HEAD}\n\n{caption}\n\n{MORE}\n\n{STORY}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [MORE, STORY, LAST]
