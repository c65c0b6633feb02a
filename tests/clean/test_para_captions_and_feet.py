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


ECHOED = (
    "On the afternoon of March 3, Tran Van Binh, member of the provincial Party "
    "Committee, Permanent Vice-Chairman of the provincial People's Committee received "
    "and worked with Lee Min-ho, Deputy Mayor of Sejong city in South Korea, and his "
    "delegation of twelve officials."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Tran Van Binh, member of the provincial Party Committee, Permanent "
        "Vice-Chairman of the provincial People's Committee receives Lee Min-ho, "
        "Deputy Mayor of Sejong city.",
        "Lee Min-ho, Deputy Mayor of Sejong city in South Korea, and his delegation "
        "of twelve officials at the provincial People's Committee.",
    ],
)
def test_a_line_telling_again_what_a_paragraph_told_is_its_caption(caption):
    text = f"{HEAD}\n\n{ECHOED}\n\n{caption}\n\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [ECHOED, MORE, LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "line",
    [
        # a pronoun goes on from the sentence above
        "He praised the deputy mayor of Sejong city in South Korea and his delegation "
        "of twelve officials.",
        # who attended: a story's sentence
        "Attending the talks was Tran Van Binh, Permanent Vice-Chairman of the "
        "provincial People's Committee.",
        # a subheading, no full stop
        "Lee Min-ho, Deputy Mayor of Sejong city in South Korea",
    ],
)
def test_a_story_line_sharing_a_paragraph_s_words_stays(line):
    text = f"{HEAD}\n\n{ECHOED}\n\n{line}\n\n{MORE}\n\n{LAST}\n"
    assert line not in captions(article_from_text(text))
