"""What a page runs on into the text under it, with no space: the note where an
advertisement breaks the story ("Article continues after this advertisementAccording to
…"); the text stays, the part goes. Every text is invented; each test keeps only the
shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    LAST,
    MORE,
    STORY,
    article_from_text,
    paragraphs,
)


@pytest.mark.parametrize(
    "note",
    [
        "Article continues after this advertisement",
        "Story continues below",
        "Continue reading after the ad",
    ],
)
def test_an_advertisement_note_run_on_into_a_paragraph_leaves_the_paragraph(note):
    text = f"{HEAD}\n\n{STORY}\n\n{note}{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_sentence_opening_with_those_words_stays_whole():
    told = "The story continues below the surface of the harbour, the diver said."
    text = f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, told, MORE]
