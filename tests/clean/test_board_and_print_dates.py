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


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        (
            "Today (January 3, 2020) a delegation from Busan visited the southern "
            "coast to study a container terminal.",
            "2020-01-03",
        ),
        (
            "Hôm nay, ngày 17/05/2016, tại Hà Nội, đoàn công tác của thành phố Busan "
            "đã làm việc với lãnh đạo cảng.",
            "2016-05-17",
        ),
    ],
)
def test_a_story_opening_with_todays_date_is_dated_by_it(opening, published):
    article = article_from_text(f"{HEAD}\n\n{opening}\n\n{MORE}\n")
    assert article.metadata.published == published
    assert paragraphs(article) == [opening, MORE]


def test_a_date_stated_on_the_page_wins_over_the_openings():
    opening = "Today (January 3, 2020) a delegation from Busan visited the coast."
    article = article_from_text(
        f"{HEAD}\n\nPosted: 2020-01-05\n\n{opening}\n\n{MORE}\n"
    )
    assert article.metadata.published == "2020-01-05"


def test_today_without_a_date_dates_nothing():
    opening = "Today, a delegation from Busan said it would return in 2021."
    article = article_from_text(f"{HEAD}\n\n{opening}\n\n{MORE}\n")
    assert article.metadata.published is None
