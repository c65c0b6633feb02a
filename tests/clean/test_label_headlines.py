"""A header whose only headline-like lines are a site's labels (``label_headlines``):
lines written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text

KOREAN_STORY = (
    "부산시는 베트남 하노이에 중소기업을 위한 무역사무소를 열기로 했다고 3일 밝혔다.\n\n"
    "사무소는 현지 협력사를 찾는 기업에 통역과 계약 검토를 지원한다.\n\n"
    "시 관계자는 내년 봄 첫 사업을 시작할 계획이라고 말했다.\n"
)


@pytest.mark.parametrize("label", ["Sports", "Vietnam - Business", "Korea – Companies"])
def test_a_label_alone_over_the_story_is_no_headline(label):
    article = article_from_text(f"{label}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n")
    assert article.metadata.title is None


def test_a_korean_sites_name_alone_over_the_story_is_no_headline():
    article = article_from_text(f"부산경제신문\n\n{KOREAN_STORY}")
    assert article.metadata.title is None


@pytest.mark.parametrize(
    "head",
    [
        "Mayors of the two port cities meet in Busan - Korea",
        "TWO PORT CITIES OPEN A JOINT OFFICE FOR SMALL FIRMS",
    ],
)
@pytest.mark.parametrize("label", ["News and Events", "ACTIVITIES"])
def test_the_headline_under_a_sections_name_is_taken(label, head):
    text = f"{label}\n\n{head}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == head


def test_a_short_headline_of_two_words_stays():
    text = f"Fallen Heroes\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).metadata.title == "Fallen Heroes"


@pytest.mark.parametrize("head", ["재한 베트남인", "부산/무역사무소"])
def test_a_short_korean_headline_of_two_words_or_a_slash_stays(head):
    article = article_from_text(f"{head}\n\n{KOREAN_STORY}")
    assert article.metadata.title == head


@pytest.mark.parametrize("detail", ["Staff Reporter", "The Busan Herald (Korea)"])
def test_the_line_under_a_byline_is_its_detail_not_a_headline(detail):
    text = f"By Mai Lan\n{detail}\n{STORY}\n{MORE}\n{LAST}\n"
    article = article_from_text(text)
    assert article.metadata.title is None
    assert article.author == "Mai Lan"


def test_a_headline_over_the_byline_stays():
    head = "Busan opens a trade office in Hanoi"
    text = f"{head}\n\nBy Mai Lan\nStaff Reporter\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    assert article_from_text(text).title == head


def test_a_headline_over_the_date_under_a_sites_tagline_is_found():
    tagline = (
        "Wherever you meet us, you will find people building the ports of tomorrow."
    )
    head = "Busan opens a trade office in Hanoi"
    text = (
        f"{tagline}\n\nBusan Port Authority | Newsroom\n\n{head}\n\n"
        f"March 12, 2024\n\n{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    article = article_from_text(text)
    assert article.title == head
    assert tagline not in [p.text for p in article.passages if p.kind == "paragraph"]


def test_a_headline_over_a_short_dated_row_under_a_tagline_is_found():
    tagline = (
        "Your partner for trade between the two countries, the port's own network."
    )
    head = "Busan Port Signs Framework Agreement with Hai Phong"
    text = (
        f"{tagline}\n\nPort News\n\n{head}\n\nDate 2024.03.12 View 16120\n\n"
        f"{STORY}\n\n{MORE}\n\n{LAST}\n"
    )
    article = article_from_text(text)
    assert article.title == head
    assert article.metadata.published == "2024-03-12"
