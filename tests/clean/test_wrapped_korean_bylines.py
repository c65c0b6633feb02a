"""A Korean byline line in a wrapper: a wire's dateline before it, square brackets around
it. The reporter is the author, and the line is no story."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

HEAD = "베트남 관광객 크게 늘어나"
STORY = "베트남을 찾는 한국인 관광객이 크게 늘었다. 관광 업계는 기대하고 있다."
MORE = "하노이와 다낭이 인기다. 여행사들은 상품을 늘렸다."


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("(서울=연합뉴스) 박서윤 기자 =sypark@example.co.kr", "박서윤"),
        ("[ 최한결 기자 hkchoi@example.com ]", "최한결"),
        ("[최한결 기자 / hkchoi@example.com]", "최한결"),
    ],
)
def test_a_wrapped_byline_names_the_reporter(line, author):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.author == author
    assert paragraphs(article) == [STORY, MORE]


def test_brackets_around_a_sentence_make_no_byline():
    line = "[하노이 시민들이 축제를 즐기고 있다]"
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.author is None


def test_a_lead_tag_with_the_paper_and_its_reporter_opens_the_story():
    lead = "[스포츠서울 | 최한결 기자] “K-게임이 하노이를 달궜다.” 베트남에서 한국 게임이 인기를 끌었다."
    article = article_from_text(f"{HEAD}\n\n{lead}\n\n{MORE}\n")
    assert article.author == "최한결"
    assert paragraphs(article) == [
        "“K-게임이 하노이를 달궜다.” 베트남에서 한국 게임이 인기를 끌었다.",
        MORE,
    ]
