"""A Korean lead opening on the paper's name in round brackets, then its reporter and an
equals sign ("(한빛데일리) 김철수 기자 = …", the reporter's name in letters as often: a
Vietnamese correspondent's), and a story's closing quote signed off "/김철수 기자", which
is the reporter's, not a picture's credit. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    article_from_text,
    captions,
    paragraphs,
)
from dossier.clean.korean_leads import korean_lead


@pytest.mark.parametrize(
    ("tag", "author"),
    [
        ("(한빛데일리) Tran Van Nam 기자 = ", "Tran Van Nam"),
        ("(한빛데일리) 김철수 기자 = ", "김철수"),
        ("(한빛데일리) 박영희 특파원 = ", "박영희"),
    ],
)
def test_the_paper_in_round_brackets_then_its_reporter_opens_the_lead(tag, author):
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == author
    assert article.metadata.outlet == "한빛데일리"
    assert article.metadata.dateline is None


def test_a_place_in_round_brackets_before_the_reporter_is_the_dateline():
    lead = korean_lead(f"(하노이) 김철수 특파원 = {KO_STORY}")
    assert lead is not None
    assert (lead.place, lead.outlet, lead.author) == ("하노이", None, "김철수")


def test_a_bracketed_aside_before_a_name_without_equals_sign_is_no_lead():
    # "(사진) …", "(서울) 김철수 기자가 …": no equals sign after the reporter, no lead
    assert korean_lead("(서울) 김철수 기자가 현장을 찾았다.") is None
    assert korean_lead("(한빛데일리) 김철수 기자는 현장을 찾았다.") is None


QUOTED_CLOSE = (
    "도 관계자는 “두 지역의 교류가 늘어 기쁘다”며 “앞으로 지원을 넓혀 나가겠다”고 "
    "말했다."
)


def test_a_closing_quote_signed_by_the_reporter_after_a_slash_stays_the_story():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{QUOTED_CLOSE} /김철수 기자\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, QUOTED_CLOSE]
    assert captions(article) == []
    assert article.byline == "김철수"


def test_a_scene_credited_to_its_photographer_after_a_slash_is_still_a_caption():
    scene = "지난 8일 하노이의 한 상점 진열대에 한국산 음료가 가득 놓여 있다. /김철수 특파원"
    text = f"{KO_HEAD}\n\n{scene}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert captions(article) == [scene]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("tag", "place"),
    [
        ("(박닌성) 김철수 기자 = ", "박닌성"),
        ("(Ha Noi) 김철수 기자 = ", "Ha Noi"),
        ("(하노이) 김철수 특파원 = ", "하노이"),
    ],
)
def test_a_place_in_round_brackets_is_no_paper(tag, place):
    article = article_from_text(f"{KO_HEAD}\n\n{tag}{KO_STORY}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert (article.metadata.outlet, article.metadata.dateline) == (None, place)
    assert article.byline == "김철수"


@pytest.mark.parametrize(
    "bracket",
    [
        "도쿄",
        "제네바",
        "종합",
        "2보",
        "단독",
        "사진",
        "영상",
        "인터뷰",
        "청와대",
        "국회",
        "유엔본부",
        "외교부 공동취재단",
        "하노이 공동취재단",
        "2024.03.05",
    ],
)
def test_a_bracket_naming_no_paper_and_no_known_place_gives_neither(bracket):
    # a city the gazetteer does not know, a label, an office, a press pool, a date: the
    # credit still leaves the lead, its reporter the author, no outlet or dateline read
    text = f"{KO_HEAD}\n\n({bracket}) 김철수 기자 = {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert (article.metadata.outlet, article.metadata.dateline) == (None, None)
    assert article.byline == "김철수"


def test_a_paper_and_its_place_in_round_brackets_are_both_read():
    text = f"{KO_HEAD}\n\n(한빛일보 하노이) 김철수 특파원 = {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert (article.metadata.outlet, article.metadata.dateline) == (
        "한빛일보",
        "하노이",
    )
    assert article.byline == "김철수"


@pytest.mark.parametrize("who", ["사회부", "하노이", "경제", "Reporter Kim"])
def test_a_desk_place_or_title_before_the_reporters_word_is_no_author(who):
    text = f"{KO_HEAD}\n\n(한빛데일리) {who} 기자 = {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.metadata.outlet == "한빛데일리"
    assert article.byline is None


SIGNED = "/김철수 기자"


@pytest.mark.parametrize(
    "close",
    [
        QUOTED_CLOSE,
        "김 대표는 ‘협력을 넓혀 나가겠다’고 말했다.",
        "김 대표는 '협력을 넓혀 나가겠다'고 말했다.",
        "김 대표는 “협력을 넓혀 나가겠다”며 지원을 약속했다고 밝혔다.",
    ],
)
def test_a_closing_quote_in_any_marks_signed_after_a_slash_is_the_story(close):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{close} {SIGNED}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, close]
    assert article.byline == "김철수"


BANNER = (
    "하노이 한빛초등학교 학생들이 “한-베 우정 영원히”라고 적힌 현수막을 들고 있다. "
    "/김은비 특파원"
)
CEREMONY = "지난 7일 하노이 국립컨벤션센터에서 “한-베 수교 30주년” 기념식이 열렸다. /김은비 특파원"


def test_a_caption_quoting_a_banner_under_the_headline_is_a_caption():
    article = article_from_text(f"{KO_HEAD}\n\n{BANNER}\n\n{KO_STORY}\n\n{KO_MORE}\n")
    assert captions(article) == [BANNER]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_caption_quoting_an_events_name_under_the_byline_is_a_caption():
    text = (
        f"{KO_HEAD}\n\n김철수 기자\n\n입력 2024.03.05 10:00\n\n{CEREMONY}\n\n"
        f"{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert captions(article) == [CEREMONY]
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_caption_quoting_an_events_name_between_paragraphs_is_a_caption():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{CEREMONY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert captions(article) == [CEREMONY]
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_a_last_caption_quoting_an_events_name_is_no_paragraph_nor_its_author():
    scene = (
        "한빛시 공무원들이 “베트남 주간” 행사장에서 방문객을 맞고 있다. /김은비 기자"
    )
    text = f"{KO_HEAD}\n\n박영희 기자\n\n{KO_STORY}\n\n{KO_MORE}\n\n{scene}\n"
    article = article_from_text(text)
    assert captions(article) == [scene]
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert article.byline == "박영희"
