"""A page's date on a line of its own, its numbers set apart by spaces or bars, day first
("19 10 2009", "27 | 07 | 2007"); the same numbers inside a sentence are no date. Every
text here is invented."""

from __future__ import annotations

import pytest
from builders import HEAD, MORE, STORY, article_from_text, paragraphs
from dossier.clean.dates import find_date, is_date_line


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("19 10 2009", "2009-10-19"),
        ("27 | 07 | 2007", "2007-07-27"),
        (" 5 3 2024 ", "2024-03-05"),
    ],
)
def test_a_date_line_of_numbers_set_apart_is_read_day_first(line, date):
    assert is_date_line(line)
    assert find_date(line) == date


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


def test_the_page_date_under_the_headline():
    article = article_from_text(f"{HEAD}\n\n27 | 07 | 2007\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.published == "2007-07-27"
    assert paragraphs(article) == [STORY, MORE]
