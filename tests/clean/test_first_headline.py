"""The page's first line as its headline over a sentence-case deck (``first_headline``):
lines written for the shape, never a page's."""

from __future__ import annotations

from builders import LAST, MORE, STORY, article_from_text

HEAD = "Busan's Window on Hanoi"
DECK = "Port city opens a trade office for small firms in the Vietnamese capital"


def test_the_first_line_over_a_longer_sentence_case_deck_is_the_headline():
    text = f"{HEAD}\n\n{DECK}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == HEAD


def test_a_pictures_credit_between_them_changes_nothing():
    text = (
        f"{HEAD}\n\nCourtesy of Busan City\n\n{DECK}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article_from_text(text).title == HEAD


def test_a_line_over_the_headline_and_its_date_stays_furniture():
    # the line under the top one stands over the date: the headline's place
    top = "Stay Updated on Developing Stories"
    text = f"{top}\n\n{DECK}\n\nMarch 3, 2025\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == DECK


def test_a_title_case_line_under_the_top_one_stays_the_headline():
    head = "Port City Opens Trade Office for Small Firms in Hanoi"
    text = f"Skip to Main Content Now\n\n{head}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == head
