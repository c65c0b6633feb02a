"""A writer's name beside the date and its time (a board post's details too), and the
strips above a headline that name no outlet: a clock's line, a section's tabs, a tool
strip."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

HEAD = "Port operators look south to a new container terminal"
STORY = (
    "A group of port operators from Busan visited the southern coast on Monday to study "
    "a container terminal that has stood unfinished for two years."
)
MORE = "The delegation met the terminal's owners and the provincial authorities."


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        # the writer, a label, then the date and its time (the label is no name)
        (
            "Lena Marsh  Published 2019.04.15  17:42  Updated 2019.04.15 17:42",
            "Lena Marsh",
            "2019-04-15",
        ),
        # "By", the writer, then the date's label (no part of the name)
        (
            "By Lena Marsh Posted : January 21, 2016, 14:32 Updated : January 21, 2016",
            "Lena Marsh",
            "2016-01-21",
        ),
        # the date and its time, then the writer
        ("Wednesday, October 19, 2011, 10:45:43 Owen Hale", "Owen Hale", "2011-10-19"),
    ],
)
def test_a_writer_beside_the_date_and_its_time(line, author, published):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.author == author
    assert article.metadata.published == published
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "Wednesday, October 19, 2011, 10:45 Hanoi Time",
        "Wednesday, October 19, 2011, 10:45 Updated Today",
    ],
)
def test_furniture_after_a_time_is_no_writer(line):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.author is None
    assert article.metadata.published == "2011-10-19"


@pytest.mark.parametrize(
    "strip",
    [
        "Last Updated : 07:56 AM",  # the page's clock
        "Ports Ports Ports Ports",  # a section's tabs
        "E-mail Corrections Print",  # a tool strip
    ],
)
def test_a_strip_above_the_headline_names_no_outlet(strip):
    text = f"Monday, May 25, 2020\n{strip}\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert article.metadata.outlet is None
    assert paragraphs(article) == [STORY, MORE]


def test_a_masthead_above_the_headline_still_names_the_outlet():
    text = f"Harbour Weekly\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).metadata.outlet == "Harbour Weekly"


BOARD_HEAD = "Hospital hosts a closing ceremony for visiting trauma fellows"


@pytest.mark.parametrize(
    ("details", "author"),
    [
        ("최고관리자 작성일19-10-08 13:49 Hit126", None),  # the board's account
        ("김장현 작성일19-10-08 13:49 조회 126", "김장현"),
    ],
)
def test_a_board_post_s_details_with_its_counts_give_the_date_not_the_title(
    details, author
):
    text = f"News & Media\n\n{BOARD_HEAD}\n\n페이지 정보\n\n{details}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == BOARD_HEAD
    assert article.metadata.published == "2019-10-08"
    assert article.author == author
    assert paragraphs(article) == [STORY, MORE]


KO_HEAD = "베트남 방송사, 한국 드라마 판권 확보"
KO_STORY = "베트남의 한 제작사는 최근 한국 방송사로부터 드라마 리메이크 판권을 사들였다고 밝혔다."
KO_MORE = "제작사는 내년 초 촬영을 시작해 하반기에 방송할 계획이다."


def test_a_blog_s_byline_in_hangul_gives_its_date_and_the_blog_as_outlet():
    line = "by 하노이 소식통 2006. 12. 25."
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.published == "2006-12-25"
    assert article.metadata.outlet == "하노이 소식통"
    assert paragraphs(article) == [KO_STORY, KO_MORE]
