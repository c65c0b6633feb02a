"""Dates in the shapes of a Korean board, a print edition and an English page of a Korean
site: a post date with the year in two digits after its label, a date and the print page,
the day with its weekday in brackets, a journal's print date."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs
from dossier.clean.dates import find_date, is_date_line

HEAD = "Busan port operators study a terminal in the south"
STORY = (
    "A group of port operators from Busan visited the southern coast on Monday to study "
    "a container terminal that has stood unfinished for two years."
)
MORE = "The delegation met the terminal's owners and the provincial authorities."


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2013-09-06 18면", "2013-09-06"),
        ("25(Mon), Apr, 2022", "2022-04-25"),
        ("Print publication date 31 Oct 2020", "2020-10-31"),
    ],
)
def test_a_date_line_dates_the_article_and_is_no_story(line, published):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.published == published
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("작성일 24-07-04 23:35", "2024-07-04"),
        ("• 글쓴날 : [13-09-11 14:43]", "2013-09-11"),
    ],
)
def test_a_boards_post_date_below_the_story(line, published):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{line}\n")
    assert article.metadata.published == published
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "text",
    [
        "24-07-04",  # no label: a score, a code, a phone number's part
        "The 2013 budget had 18 items.",
    ],
)
def test_two_digit_years_need_the_boards_label(text):
    assert find_date(text) is None
    assert not is_date_line(text)
