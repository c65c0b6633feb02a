"""A page's date on a line of its own, its numbers set apart by spaces or bars, day first
("19 10 2009", "27 | 07 | 2007"), read only in the page's head, where a date line stands;
the same numbers inside a sentence, or on a line between story paragraphs (a table's row,
a score), are no date. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs
from dossier.clean.dates import find_date, head_date_line, is_date_line, line_date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("19 10 2009", "2009-10-19"),
        ("27 | 07 | 2007", "2007-07-27"),
        (" 5 3 2024 ", "2024-03-05"),
    ],
)
def test_a_date_line_of_numbers_set_apart_is_read_day_first(line, date):
    assert head_date_line(line)
    assert line_date(line) == date


@pytest.mark.parametrize(
    "text",
    [
        "Top 10 5 2020",  # a count before the numbers: no date line
        "10 5 2020 visitors came",
        "32 10 2009",  # no such day
        "19 10 | 2009",  # the gaps unlike
    ],
)
def test_numbers_set_apart_in_other_text_are_no_date(text):
    assert find_date(text) is None
    assert not head_date_line(text)


def test_spaced_numbers_are_no_date_line_outside_the_head():
    # a table's row anywhere: only the page's head reads it as a date
    assert not is_date_line("3 | 1 | 2019")
    assert find_date("12 5 2019") is None


def test_the_page_date_under_the_headline():
    article = article_from_text(f"{HEAD}\n\n27 | 07 | 2007\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.published == "2007-07-27"
    assert paragraphs(article) == [STORY, MORE]


def test_a_row_of_numbers_under_the_first_paragraph_dates_nothing():
    # a table's row after the lead: no date, and the lead stays the story's (no "deck")
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n3 | 1 | 2019\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.metadata.published is None
    assert paragraphs(article) == [STORY, MORE, LAST]


@pytest.mark.parametrize(
    "between",
    [
        "12 5 2019",  # between story paragraphs
        "Final score of the match:\n\n2 1 2019",  # a score under its label
    ],
)
def test_spaced_numbers_between_story_paragraphs_date_nothing(between):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{between}\n\n{LAST}\n")
    assert article.metadata.published is None
    assert STORY in paragraphs(article)
