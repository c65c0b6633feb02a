"""What a review of the rules for rounds 28 and 29 found they did to ordinary text: each
case keeps a story line a story line and a headline a headline. Every text here is
invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, captions, paragraphs, reasons

HEAD = "Two cities open a joint office for small firms"


@pytest.mark.parametrize(
    "line",
    [
        "x_" + "1" * 400 + "!",  # a file name's underscore and a date's digits, no end
        "We waited " + "🚧" * 400 + " then left.",  # pictographs, a word after them
    ],
)
def test_a_line_holding_what_rules_look_for_many_times_is_story(line):
    """Such lines are story text (how fast each is cleaned, scripts/bench reports)."""
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{line}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, " ".join(line.split()), MORE]


def test_a_korean_sentence_after_share_buttons_words_is_story():
    story = "정부는 7일 베트남과 교역을 확대하기로 합의했다고 밝혔다."
    line = "네이버 밴드 " * 8 + "에 올라온 글이 화제다."
    article = article_from_text(f"한-베 교역 확대 합의\n\n{story}\n\n{line}\n")
    assert paragraphs(article) == [story, " ".join(line.split())]


@pytest.mark.parametrize(
    "head", ["Record Year for Vietnam News", "Big Night for Korea Times"]
)
def test_a_headline_naming_a_paper_after_for_is_no_photo_credit(head):
    article = article_from_text(f"{head}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == head
    assert head not in reasons(article)


def test_a_single_spaced_korean_page_keeps_its_headline_and_its_paragraphs():
    """Headings, a deck, a caption and paragraphs, one blank line between each and two
    around the byline: the page is not double-spaced, and nothing runs together."""
    caption = "김철수 산업부 장관이 7일 하노이에서 베트남 산업무역부 장관과 악수하고 있는 모습"
    text = (
        "한국과 베트남, 교역 확대 합의\n\n양국 장관 하노이서 회담\n\n\n홍길동 기자\n\n\n"
        "정부는 7일 베트남과 교역을 확대하기로 합의했다고 밝혔다.\n\n관세 인하와 비자 완화\n\n"
        "양국은 철강과 섬유 관세를 낮추기로 했다.\n\n현지 진출 기업 반응\n\n"
        f"기업들은 이번 합의를 환영했다.\n\n{caption}\n\n내년 회담도 추진한다.\n"
    )
    article = article_from_text(text)
    assert article.title == "한국과 베트남, 교역 확대 합의"
    assert "내년 회담도 추진한다." in paragraphs(article)
    assert caption in captions(article)


@pytest.mark.parametrize(
    "told",
    [
        "Many of those interviewed in Hanoi, Hai Phong and Da Nang said they had moved "
        "from left-leaning student associations into business groups after graduating.",
        "Foreign workers at the plant earn about twice the regional minimum wage.",
    ],
)
def test_story_sentences_like_captions_stay_paragraphs(told):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]


def test_a_headless_pages_lead_in_the_present_is_no_caption():
    lead = (
        "Officials from both countries attend the signing ceremony in Hanoi on Monday, "
        "where the two sides agreed to double trade by 2030 and to open new consulates."
    )
    article = article_from_text(f"{lead}\n\n{STORY}\n\n{MORE}\n")
    assert paragraphs(article)[0] == lead


def test_a_label_in_brackets_before_the_story_names_no_outlet():
    article = article_from_text(f"{HEAD}\n\n(Special Report) {STORY}\n\n{MORE}\n")
    assert article.metadata.outlet is None


@pytest.mark.parametrize(
    ("lead", "author", "outlet", "place"),
    [
        (
            "경기 시흥 한지수 기자 = ",
            "한지수",
            None,
            "시흥",
        ),  # a province, then its city
        ("뉴시스 하노이 김민수 특파원 = ", "김민수", "Newsis", "하노이"),
    ],
)
def test_a_place_between_the_outlet_and_the_reporter(lead, author, outlet, place):
    story = "정부는 7일 베트남과 교역을 확대하기로 합의했다고 밝혔다. 양국은 관세를 낮추기로 했다."
    article = article_from_text(f"한-베 교역 확대 합의\n\n{lead}{story}\n")
    assert paragraphs(article) == [story]
    assert article.byline == author
    assert article.metadata.outlet == outlet
    assert article.metadata.dateline == place


def test_a_desk_and_a_paper_sign_no_author():
    story = "정부는 7일 베트남과 교역을 확대하기로 합의했다고 밝혔다."
    sign = "편집부 한빛일보 기자 desk@example.com"
    article = article_from_text(f"한-베 교역 확대 합의\n\n{story}\n\n{sign}\n")
    assert article.byline is None


def test_a_story_line_of_view_counts_is_story():
    line = "작성자 관리자" + " 조회 1회" * 8 + " 끝"
    story = "정부는 7일 베트남과 교역을 확대하기로 합의했다고 밝혔다."
    more = "양국은 철강과 섬유 관세를 낮추기로 했다."
    article = article_from_text(
        f"한-베 교역 확대 합의\n\n{story}\n\n{line}\n\n{more}\n"
    )
    assert paragraphs(article) == [story, line, more]
