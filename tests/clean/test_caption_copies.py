"""A caption over the story that a paragraph further down prints again (``caption_copies``):
sentences written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons

TOLD = (
    "After touring the new office with Mayor Lee Min-ho and meeting the heads of local "
    "firms and the chamber of commerce on Tuesday, the visiting governor said the province "
    "would send its first trade mission to the city in May, with twenty companies."
)
TOLD_ON = TOLD + " The mission will visit three industrial parks and the port."


@pytest.mark.parametrize(
    "caption",
    [
        # the paragraph's sentence, longer than a credit's, with the side the mayor
        # stands on
        TOLD.replace("Lee Min-ho", "Lee Min-ho (left)"),
        # the paragraph's opening, cut with an ellipsis
        TOLD[:110] + "...",
        # the paragraph's sentence and the picture's credit after it
        TOLD + " Photo taken from the city's website, 4 May 2024.",
    ],
)
def test_a_caption_a_paragraph_below_prints_again_is_not_story(caption):
    text = f"{HEAD}\n\n{caption}\n\n{STORY}\n\n{MORE}\n\n{TOLD_ON}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, TOLD_ON, LAST]
    assert reasons(article)[caption] == "caption printed again as a paragraph below"


def test_a_standfirst_that_is_a_paragraphs_own_sentence_stays():
    # the paragraph's first sentence word for word, no caption's mark: a standfirst,
    # which some editors keep
    text = f"{HEAD}\n\n{TOLD}\n\n{STORY}\n\n{MORE}\n\n{TOLD_ON}\n\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [TOLD, STORY, MORE, TOLD_ON, LAST]


def test_an_unended_line_under_the_copy_keeps_it():
    # the line under it would open the story: the copy stays as it was read
    caption = TOLD[:110] + "..."
    sapo = "The governor hopes to sign a wider agreement with the city"
    text = (
        f"{HEAD}\n\n{caption}\n\n{sapo}\n\n{STORY}\n\n{MORE}\n\n{TOLD_ON}\n\n{LAST}\n"
    )
    assert caption in paragraphs(article_from_text(text))


@pytest.mark.parametrize(
    ("top", "below"),
    [
        # the paragraph adds a body in brackets the line above has not
        (
            "The two cities agreed on Monday to open a joint office for small firms.",
            "The two cities agreed on Monday to open a joint office for small firms."
            " The Korea Trade Agency (KOTRA) will run it from next spring.",
        ),
        # a standfirst that goes its own way after the paragraph's opening words
        (
            "The two cities agreed on Monday to open a joint office for small firms in"
            " both of their ports.",
            "The two cities agreed on Monday to open a joint office for small firms,"
            " officials said, and will choose its director in May.",
        ),
    ],
)
def test_an_opening_line_a_paragraph_below_goes_on_from_stays_story(top, below):
    article = article_from_text(
        f"Two ports open an office\n\n{top}\n\n{MORE}\n\n{LAST}\n\n{below}\n"
    )
    assert paragraphs(article) == [top, MORE, LAST, below]
