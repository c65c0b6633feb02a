"""A Korean copy that kept its deck and lost its headline: the site's name, then a line
telling when and where the event was held ("지난 9일 … 개최", what a deck says under its
headline; a headline names the day bare, "9일"), then a picture and the story. That line
is no headline. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

STORY = (
    "중견기업들이 베트남 남부 성의 농업단지 투자에 잇따라 관심을 보이고 있다. "
    "대기업의 진출이 이어지자 중견기업도 발걸음을 서두르는 모양새다."
)
MORE = (
    "10일 업계에 따르면 베트남 남부 성 인민위원장은 지난 9일 서울에서 투자설명회를 "
    "열고 한국 기업 20여 곳에 농업단지를 소개했다."
)
CAPTION = "베트남 남부 성의 농업단지 모습. (사진=한빛경제신문DB)"


def _page(line: str) -> str:
    return (
        f"한빛경제\n\n{line}\n\n{CAPTION}\n\n\n"
        f"[한빛경제신문 나민수 기자] {STORY}\n\n{MORE}\n"
    )


def test_a_line_telling_the_past_day_of_the_event_is_no_headline():
    article = article_from_text(_page("지난 9일 서울 주한베트남대사관서 개최"))
    assert not article.metadata.title
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "head",
    [
        "지난해 베트남 농업단지 투자 두 배로 늘어",  # last year: a headline's word
        "지난 10년간 베트남 농업 투자 두 배로",  # a span of years, no day
    ],
)
def test_a_headline_opening_on_a_past_span_stays_the_headline(head):
    article = article_from_text(_page(head))
    assert article.metadata.title == head
    assert paragraphs(article) == [STORY, MORE]
