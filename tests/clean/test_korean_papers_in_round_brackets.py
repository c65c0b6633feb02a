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


@pytest.mark.parametrize(
    "bracket",
    [
        "포토뉴스",
        "카드뉴스",
        "종합뉴스",
        "영상뉴스",
        "뉴스",
        "경제",
        "글로벌 경제",
        "국제 뉴스",
        "오늘의 뉴스",
        "주간 경제",
        "해외 경제",
        "한빛 경제",
        "경제 포커스",
        "뉴스 포커스",
        "주간 미디어",
    ],
)
def test_a_section_label_shaped_like_a_paper_is_no_outlet(bracket):
    text = f"{KO_HEAD}\n\n({bracket}) 김철수 기자 = {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert (article.metadata.outlet, article.metadata.dateline) == (None, None)
    assert article.byline == "김철수"


@pytest.mark.parametrize("program", ["MBC 뉴스투데이", "SBS 8뉴스", "YTN 뉴스"])
def test_a_broadcasters_programme_in_round_brackets_gives_the_broadcaster(program):
    lead = korean_lead(f"({program}) 김철수 기자 = {KO_STORY}")
    assert lead is not None
    assert (lead.place, lead.outlet, lead.author) == (
        None,
        program.split()[0],
        "김철수",
    )


@pytest.mark.parametrize(
    "bracket", ["단독보도", "이번주", "국방성", "지면", "해군", "오후 3시"]
)
def test_a_label_ending_like_a_place_is_no_dateline(bracket):
    lead = korean_lead(f"({bracket}) 김철수 기자 = {KO_STORY}")
    assert lead is not None
    assert (lead.place, lead.outlet, lead.author) == (None, None, "김철수")


@pytest.mark.parametrize(
    "who",
    ["도쿄 특파원", "남미 특파원", "현지 특파원", "주재 기자", "Hanoi Bureau 기자"],
)
def test_a_correspondents_post_before_the_reporters_word_is_no_author(who):
    lead = korean_lead(f"(한빛데일리) {who} = {KO_STORY}")
    assert lead is not None
    assert (lead.outlet, lead.author) == ("한빛데일리", None)


def test_a_caption_quoting_a_banner_over_a_reported_sentence_is_a_caption():
    scene = (
        "학생들이 “한-베 우정 영원히”라고 적힌 현수막을 들고 있다. 행사는 7일 열렸다고 "
        "주최 측이 밝혔다. /김은비 특파원"
    )
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{scene}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert captions(article) == [scene]
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


@pytest.mark.parametrize(
    "close",
    [
        "김 대표는 “협력을 넓혀 나가겠다”고 했다.",
        "김 대표는 “협력의 폭이 좁다”고 지적했다.",
        "김 대표는 “내년이 교류의 해”라고 전망했다.",
        "김 대표는 “협력을 넓혀 나가겠다”고 말했습니다.",
    ],
)
def test_a_closing_quote_with_any_speech_verb_signed_after_a_slash_is_the_story(close):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{close} {SIGNED}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, close]
    assert article.byline == "김철수"


def test_a_caption_quoting_an_events_name_then_a_speech_is_a_caption():
    # "…”이라고 이름 붙인 행사에서 축사를 했다.": a quoted name, no speech reported
    scene = "김 대표가 “한-베 우정의 날”이라고 이름 붙인 행사에서 축사를 했다. /김은비 특파원"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{scene}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert captions(article) == [scene]
