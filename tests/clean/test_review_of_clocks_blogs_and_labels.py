"""Shapes a review found read wrong by this session's rules: a reporter's byline read as
a blog, a country or a pair of countries taken for a label, a place or a button after a
time read as a writer, a word in capitals after an initial read as a signature, an
outlet's address after a comma, a short opening paragraph taken for a tagline."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs
from dossier.clean.metadata import byline, outlets

HEAD = "Port operators look south to a new container terminal"
STORY = (
    "A group of port operators from Busan visited the southern coast on Monday to study "
    "a container terminal that has stood unfinished for two years."
)
MORE = "The delegation met the terminal's owners and the provincial authorities."
KO_HEAD = "베트남 방송사, 한국 드라마 판권 확보"
KO_STORY = "베트남의 한 제작사는 최근 한국 방송사로부터 드라마 리메이크 판권을 사들였다고 밝혔다."
KO_MORE = "제작사는 내년 초 촬영을 시작해 하반기에 방송할 계획이다."


@pytest.mark.parametrize(
    ("line", "author"),
    [("by 김철수 기자 2020. 3. 5.", "김철수"), ("by 관리자 2020. 1. 5.", None)],
)
def test_a_reporter_or_the_admin_after_by_is_no_blog(line, author):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.metadata.outlet is None
    assert article.author == author


@pytest.mark.parametrize(
    "head",
    [
        "Korea: Vietnam is our most important partner in ASEAN",
        "China: Vietnam and Korea must not interfere in sea dispute",
    ],
)
def test_a_speaker_before_the_headline_stays_in_it(head):
    article = article_from_text(f"{head}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == head


def test_two_countries_paired_before_a_korean_headline_stay_in_it():
    head = "한국/베트남 교역 1000억 달러 돌파"
    article = article_from_text(f"{head}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert article.title == head


@pytest.mark.parametrize(
    "line",
    [
        "Wednesday, October 19, 2011, 10:45:43 Seoul Korea",
        "March 5, 2020 10:45 Hanoi Vietnam",
        "March 5, 2020 10:45 Font Size",
    ],
)
def test_a_place_or_a_button_after_the_time_is_no_writer(line):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.author is None


@pytest.mark.parametrize("foot", ["E.MAIL", "V.LEAGUE", "K.POP"])
def test_an_initial_and_a_word_in_capitals_that_no_one_signs(foot):
    assert byline(foot, outlets(), alone=True) is None


def test_an_outlet_s_address_after_a_comma_still_leaves_the_headline():
    article = article_from_text(
        f"Korean tourists flock to Da Nang, vtv.vn/world\n\n{STORY}\n\n{MORE}\n"
    )
    assert article.title == "Korean tourists flock to Da Nang"


def test_a_short_first_paragraph_under_the_site_s_name_stays_a_paragraph():
    lede = "We spent a week in the city this spring."
    sub = "Korean Restaurants Are Everywhere In Hanoi Now"
    text = f"Hanoi Diaries\n\n{lede}\n\n{sub}\n\n{STORY}\n\n{MORE}\n"
    assert lede in paragraphs(article_from_text(text))
