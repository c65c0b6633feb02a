"""Korean wire leads and TV hand-overs in the shapes the wires print every day: two
reporters sharing one lead ("(서울=X) 김철수 박영희 기자 = …"), a reporter's standing set
apart from 기자 ("김철수 인턴 기자 = …"), a lead whose opening bracket is cut off; and
story text that opens on two words and 기자 ("… 기자회견에서 …") kept whole. Every text is
invented."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_MORE, KO_STORY, article_from_text, paragraphs
from dossier.clean.korean_handovers import reporter_handed_over
from dossier.clean.korean_leads import korean_lead


@pytest.mark.parametrize(
    ("tag", "author"),
    [
        ("(하노이·서울=한빛뉴스) 김철수 박영희 기자 = ", "김철수, 박영희"),
        ("[서울=한빛통신]김철수 인턴 기자 = ", "김철수"),
        ("[서울=한빛통신] 김철수 수습 기자 = ", "김철수"),
        ("(서울=한빛뉴스) 김철수 기자 = ", "김철수"),  # one reporter, as before
    ],
)
def test_a_wire_lead_names_its_reporters(tag, author):
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == author


def test_a_word_after_the_reporter_that_is_no_name_is_no_second_reporter():
    lead = korean_lead(f"(서울=한빛뉴스) 김철수 하노이 기자 = {KO_STORY}")
    assert lead is not None and lead.author == "김철수"


@pytest.mark.parametrize(
    ("tag", "author"),
    [
        ("(서울=한빛뉴스) 김철수 사회부 기자 = ", "김철수"),  # a desk
        ("(서울=한빛뉴스) 김철수 문화 전문기자 = ", "김철수"),  # a beat
        ("(서울=한빛뉴스) 김철수 명예 기자 = ", "김철수"),
        ("(서울=한빛뉴스) 김철수 파리 특파원 = ", "김철수"),  # a bureau
        ("(서울=한빛뉴스) 김철수 광명시 기자 = ", "김철수"),
        ("(서울=한빛뉴스) 김철수 닌빈성 특파원 = ", "김철수"),  # a province, its kind
        ("(서울=한빛뉴스) 김철수 한빛일보 기자 = ", "김철수"),  # a paper
        ("(서울=한빛뉴스) 사회부 김철수 기자 = ", "김철수"),  # the desk first
        ("(서울=한빛뉴스) 하노이 김철수 특파원 = ", "김철수"),
        ("(하노이=한빛뉴스) 응우옌 반남 기자 = ", "응우옌 반남"),  # one name in Hangul
        ("하노이=한빛뉴스) 김철수 박영희 기자 = ", "김철수, 박영희"),  # bracket cut off
    ],
)
def test_only_names_in_a_wire_lead_are_its_reporters(tag, author):
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == author


@pytest.mark.parametrize(
    "opening",
    [
        "최민준 장관 기자회견에서 양국 교역이 논의됐다.",
        "정부 합동 기자회견이 오후에 열렸다.",
        "국회 출입 기자단은 이날 성명을 냈다.",
        "현지 언론 기자 30여 명이 모였다.",
        "한국 기자들이 공항에 모였다.",
        "하노이 방송 기자 출신인 그는 말했다.",
    ],
)
def test_story_text_opening_on_words_before_a_press_word_is_kept(opening):
    story = f"{opening} {KO_STORY}"
    article = article_from_text(f"{KO_HEAD}\n\n(서울=한빛뉴스) {story}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [story, KO_MORE]
    assert not article.byline


@pytest.mark.parametrize(
    "hand_over",
    [
        "현지 표정을 최민준 파리 특파원이 전합니다.",  # the city is no reporter
        "그 내용을 외신 특파원이 전합니다.",
    ],
)
def test_a_word_before_a_correspondent_is_no_reporter_handed_over_to(hand_over):
    assert reporter_handed_over(f"공장이 다시 문을 열었습니다. {hand_over}") is None
