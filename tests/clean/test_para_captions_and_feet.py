"""Captions, decks and page feet read as paragraphs on real pages (this branch's round):
each test keeps only one rule's shape, in sentences written for it."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text, captions, paragraphs

HEAD = "Two cities open a joint office"


@pytest.mark.parametrize(
    "caption",
    [
        # a credit's bracket cut where its link stood
        "Deputy Mayor Tran Van Binh hands a gift to the visiting delegation. (source:",
        "The new research building in the park (Source:",
        # who stands where, said in words
        "Chairman of the city's People's Committee (on the right) greets the mayor",
    ],
)
def test_caption_marked_by_a_cut_credit_or_a_side(caption):
    text = f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [caption]


def test_a_deck_between_dashes_may_close_on_an_en_dash():
    deck = (
        "- Vice Minister to visit Hanoi to explore cooperation in health care from "
        "May 3 to 4 -\n"
        "- Signing a memorandum on pensions, attending the opening of a joint clinic –"
    )
    text = f"{HEAD}\n\n{deck}\n\n{STORY}\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE]
