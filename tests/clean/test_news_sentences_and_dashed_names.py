"""A story sentence calling something news ("… 함께하는 … 소식입니다.") stays a paragraph,
wherever it stands; a Vietnamese lead opening on an organisation joined by a dash
("WHO-Bộ Y tế …", "KTO-Tổng cục …") keeps the name. Every text is invented."""

from __future__ import annotations

from builders import (
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
)


def test_a_korean_lead_calling_an_event_news_stays():
    lead = "호찌민 한인회와 현지 기업들이 함께하는 연말 나눔 장터 소식입니다."
    text = "\n\n".join([KO_HEAD, lead, KO_STORY, KO_MORE]) + "\n"
    assert paragraphs(article_from_text(text)) == [lead, KO_STORY, KO_MORE]


def test_a_korean_story_paragraph_calling_a_fund_welcome_news_stays():
    news = "이번 펀드는 두 나라 정부가 함께하는 첫 공동 사업이라는 점에서 반가운 뉴스입니다."
    text = "\n\n".join([KO_HEAD, KO_STORY, news, KO_MORE]) + "\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, news, KO_MORE]


def test_an_organisation_ending_in_o_keeps_its_place_on_the_lead():
    for name in ("WHO-Bộ Y tế", "UNIDO-Bộ Công Thương"):
        lead = (
            f"{name} vừa công bố kế hoạch hợp tác mới cho các tỉnh miền núi phía Bắc."
        )
        text = "\n\n".join([VI_HEAD, lead, VI_STORY, VI_MORE]) + "\n"
        assert paragraphs(article_from_text(text))[0] == lead


def test_such_a_name_on_a_second_paragraph_stays():
    second = (
        "KTO-Tổng cục Du lịch Hàn Quốc giới thiệu nhiều chương trình khuyến mại "
        "cho du khách Việt Nam trong mùa đông năm nay."
    )
    text = "\n\n".join([VI_HEAD, VI_STORY, second, VI_MORE]) + "\n"
    assert paragraphs(article_from_text(text)) == [VI_STORY, second, VI_MORE]
