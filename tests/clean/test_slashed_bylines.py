"""A Korean byline with two words joined by a slash before the reporter. A news service
and its channel ("한빛통신/한빛 TV 나민수 기자") or the writer's two jobs ("글/사진 나민수
기자") sign the story; two other words slashed before a word that is no name ("이주민/다문화
청년 기자": a subheading) or a picture's credit under its caption ("사진/연합뉴스 이영희
기자") sign nothing. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, captions, paragraphs

HEAD = "구청, 베트남 자매도시와 교류 확대"
STORY = "구청은 베트남 자매도시 대표단을 초청해 두 도시의 교류를 넓히기로 했다고 9일 밝혔다."
MORE = (
    "대표단은 사흘 동안 구청과 산업단지, 문화시설을 둘러보고 청년 교류 프로그램을 "
    "논의할 예정이다."
)


@pytest.mark.parametrize(
    "subheading", ["이주민/다문화 청년 기자", "한국/베트남 청년 기자"]
)
def test_two_slashed_words_before_a_word_that_is_no_name_sign_nothing(subheading):
    last = "구청은 올해 이주민 청년 10명을 기자단으로 뽑아 활동비를 지원한다."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{subheading}\n\n{last}\n")
    assert article.metadata.author is None
    assert paragraphs(article) == [STORY, last]


def test_a_pictures_slashed_credit_under_its_caption_signs_no_story():
    caption = "구청장이 대표단을 맞이하고 있다."
    credit = "사진/연합뉴스 이영희 기자"
    text = f"{HEAD}\n\n나민수 기자\n\n{STORY}\n\n{caption}\n{credit}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.metadata.author == "나민수"
    assert paragraphs(article) == [STORY, MORE]
    assert caption in " ".join(captions(article))


@pytest.mark.parametrize(
    "signature",
    ["글/사진 나민수 기자", "한빛통신/한빛 TV 나민수 기자"],
)
def test_a_service_and_its_channel_or_the_writers_jobs_sign_under_the_headline(
    signature,
):
    article = article_from_text(f"{HEAD}\n\n{signature}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.author == "나민수"
    assert paragraphs(article) == [STORY, MORE]


def test_a_sentence_opening_on_a_slashed_service_is_story():
    last = "한빛통신/한빛 TV 나민수 기자가 9일 하노이 현지에서 전했다."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{last}\n")
    assert paragraphs(article) == [STORY, MORE, last]
