"""A broadcast script's cues and hand-off in English, a columnist's lead, the site's name
under the headline, and more furniture of Korean and English pages: read as what they are,
never story text or a headline. Every text is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Shipyards train welders from Vietnam as orders pile up"
KO_HEAD = "한빛시, 베트남 다낭시와 우호교류 확대…관광 협력 기대"
KO_STORY = "한빛시는 3일 다낭시 대표단과 만나 관광과 교육 분야의 교류를 넓히기로 합의했다고 밝혔다."
KO_MORE = "양측은 내년 봄까지 첫 공동 사업을 시작하고 두 도시의 기업을 연결할 계획이다."


def test_an_english_script_s_cue_and_the_reporter_handed_over_to():
    text = (
        f"< Anchor>\n\n{STORY}\n\nReporter Jo Lindqvist covered the shipyard site.\n\n"
        f"{MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.title is None  # the cue is no headline
    assert article.author == "Jo Lindqvist"
    assert paragraphs(article) == [STORY, MORE]


def test_a_columnist_s_lead_names_the_paper_and_the_columnist():
    """ "【한빛퀘스트=석태문 한빛연구원 선임연구위원】": the paper, then its columnist, with
    the body they work for and their post."""
    text = f"{KO_HEAD}\n\n【한빛퀘스트=석태문 한빛연구원 선임연구위원】 {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.author == "석태문"
    assert article.metadata.outlet == "한빛퀘스트"
    assert article.metadata.dateline is None
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_the_site_s_name_under_the_headline_marks_the_headline_above_it():
    """ "… Admissions" / "Asia Example Daily" / "10 Min Read" / a deck in title case: the
    headline stands above the site's name as above a byline; a paper's word makes the
    site's name no person's."""
    deck = "A Historic Recognition for Korean Language Education"
    text = f"{HEAD}\n\nExample Daily\n10 Min Read\n\n{deck}\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text, url="https://exampledaily.org/?p=12340")
    assert article.title == HEAD
    assert article.metadata.outlet == "Example Daily"
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("/박정미기자 jungmi@", "byline"),
        (
            "정기구독을 하시면 온라인에서 서비스하는 기사를 모두 보실 수 있습니다.",
            "Korean subscription notice",
        ),
        ("글자 크기 조절", "navigation"),
    ],
)
def test_more_korean_furniture(line, reason):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE]
    assert reasons(article)[line] == reason


def test_a_list_s_label_is_no_paragraph():
    text = f"{HEAD}\n\n{STORY}\n\nKey highlights:\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporter Le Van Minh has been held since February without charge, his family "
        "said.",
        "Correspondent banking relationships has been cut by several US lenders.",
    ],
)
def test_a_story_sentence_about_a_reporter_is_no_hand_off(sentence):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{sentence}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, sentence, MORE]
    assert article.author is None


def test_a_teaser_above_the_site_s_name_is_no_headline():
    text = (
        "Trending: Hanoi metro line opens to passengers after years of delay\n\n"
        f"Example Daily\n\nHome | World | Business | Opinion\n\n{HEAD}\n\nMarch 4, 2024\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text, url="https://exampledaily.org/2024/03/04/x/")
    assert article.title == HEAD


@pytest.mark.parametrize(
    "line",
    ["Vietnam Railways (dsvn.vn)", "▶ 신청 누리집: 베트남 출입국관리국(evisa.gov.vn)"],
)
def test_a_line_naming_a_site_by_its_address_is_story(line):
    text = f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n"
    assert line.lstrip("▶ ") in " ".join(paragraphs(article_from_text(text)))


def test_a_column_s_label_is_no_paper():
    text = (
        f"{KO_HEAD}\n\n[기고=석태문 한빛연구원 선임연구위원] 베트남은 커피 대국이다. "
        f"한국과의 교역도 늘고 있다.\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.author == "석태문"
    assert article.metadata.outlet is None


def test_a_section_s_label_before_an_equals_sign_is_no_paper():
    text = f"{KO_HEAD}\n\n[카드뉴스]= {KO_STORY}\n\n{KO_MORE}\n"
    assert article_from_text(text).metadata.outlet is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("작성자 황미현 객원기자", "황미현"),
        ("작성자 황미현 선임기자", "황미현"),
        ("작성자 홍보팀 기자", None),
    ],
)
def test_a_board_s_writer_with_a_reporter_s_desk_or_a_team(line, author):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{line}\n")
    assert article.author == author
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_korean_caption_told_in_the_past_over_a_credit_stays_a_caption():
    caption = (
        "응우옌 반 꽝 하노이시 부위원장과 김영호 코트라 하노이무역관장이 협약서에 서명한 뒤 "
        "악수를 나눴다."
    )
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n(사진=코트라 제공)\n\n{KO_MORE}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "intro",
    [
        "Families meet again after years apart. Here's Jo Lindqvist with the story of "
        "one of them.",
        "Families meet again after years apart. Now the HBN's Jo Lindqvist reports "
        "from Seoul.",
    ],
)
def test_an_anchor_s_intro_in_the_lead_names_the_reporter(intro):
    article = article_from_text(f"{HEAD}\n\n{intro}\n\n{STORY}\n\n{MORE}\n")
    assert article.author == "Jo Lindqvist"
    assert paragraphs(article) == [intro, STORY, MORE]


def test_a_transcript_s_byline_turn_names_the_reporter_and_stays_a_turn():
    turn = "JO LINDQVIST, BYLINE: It was February 12, and the village was quiet."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{turn}\n\n{MORE}\n")
    assert article.author == "Jo Lindqvist"
    assert turn in paragraphs(article)


def test_a_story_sentence_about_what_a_network_reported_names_no_reporter():
    said = "The network's findings were reported from Seoul on Monday by two outlets."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{said}\n\n{MORE}\n")
    assert article.author is None


def test_a_byline_turn_keeps_a_hyphenated_given_name_in_lower_case():
    turn = "CHOE SANG-HUN, BYLINE: It was February 12, and the village was quiet."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{turn}\n\n{MORE}\n")
    assert article.author == "Choe Sang-hun"


def test_here_s_a_company_with_a_report_names_no_reporter():
    intro = "Here's Samsung with a report on its plans. The company said it would hire."
    article = article_from_text(f"{HEAD}\n\n{intro}\n\n{STORY}\n\n{MORE}\n")
    assert article.author is None
