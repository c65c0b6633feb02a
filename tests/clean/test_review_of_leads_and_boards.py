"""What a review of the rules for rounds 61 to 68 found they did to ordinary text: a
board's own account, a heading over a paragraph, a desk's or a column's word, a section's
label and a dateline's place each stay what they are. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

KO_HEAD = "한빛시, 전통시장 상품권 할인 확대"
KO_STORY = "한빛시가 설을 맞아 전통시장 상품권 할인율을 10%로 높인다고 4일 밝혔다."
KO_MORE = "시 관계자는 상인들의 매출 회복에 도움이 되길 바란다고 말했다."
HEAD = "Two cities open a joint office for small firms"


@pytest.mark.parametrize("account", ["관리자", "홍보팀"])
def test_a_board_s_own_account_before_the_post_date_signs_nothing(account):
    text = f"{KO_HEAD}\n\n{account} 작성일 25-07-10 13:05\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.byline is None
    assert article.metadata.published == "2025-07-10"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_heading_ending_in_a_noun_stays_off_the_longer_paragraph_under_it():
    heading = "상반기 도심 세 곳에 청년 창업 공간 새로 열고 입주 기업 서른 곳 모집 나서는 한빛시"
    lead = (
        "시는 상반기 중 도심 세 곳에 청년 창업 공간을 새로 열고 입주 기업 서른 곳을 "
        "모집한다고 밝혔다."
    )
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{heading}\n{lead}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert lead in paragraphs(article)
    assert all(heading not in p for p in paragraphs(article))


@pytest.mark.parametrize(
    ("lead", "author"),
    [
        ("[한빛뉴스=경제 김철수 기자] ", "김철수"),  # a desk's word in the place's slot
        ("[한빛뉴스=마산 김철수 기자] ", "김철수"),  # a place
        ("[한빛뉴스=김철수 사진 기자] ", "김철수"),  # a photographer's rank
    ],
)
def test_a_desk_s_word_or_a_place_before_the_reporter_is_no_second_reporter(
    lead, author
):
    article = article_from_text(f"{KO_HEAD}\n\n{lead}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline == author
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "label", ["[한국일보 지평선] ", "[본지 기자] ", "[사진 기자] "]
)
def test_a_column_s_name_or_the_paper_s_own_word_is_no_author(label):
    article = article_from_text(f"{KO_HEAD}\n\n{label}{KO_STORY}\n\n{KO_MORE}\n")
    assert article.byline is None


def test_a_section_s_label_below_the_first_paragraph_keeps_the_paragraph():
    """ "[생활경제] …" under the lead: a section's label, no paper opening the story."""
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n[생활경제] 상품권은 1인당 월 50만 원까지 살 수 있다.\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article)[0] == KO_STORY
    assert article.metadata.outlet != "생활경제"


def test_a_dateline_over_a_clause_between_dashes_stays_a_dateline():
    lead = (
        "The ministry, which oversees public investment – said on Monday that both cities "
        "would open a joint office for small firms."
    )
    article = article_from_text(
        f"{HEAD}\n\nHANOI – {lead}\n\nMore details came later.\n"
    )
    assert article.metadata.dateline == "HANOI"
    assert paragraphs(article)[0] == lead


def test_a_subject_between_double_hyphens_is_no_dateline():
    lead = (
        "KEPCO -- South Korea's national utility -- is slated to open a joint office for "
        "small firms in Hanoi, officials said on Monday."
    )
    article = article_from_text(f"{HEAD}\n\n{lead}\n\nMore details came later.\n")
    assert article.metadata.dateline is None
    assert paragraphs(article)[0] == lead


@pytest.mark.parametrize(
    "line",
    [
        "The city council said the old library building is under construction.",
        "The fair's website is currently under maintenance.",
    ],
)
def test_a_story_line_about_construction_stays_story(line):
    article = article_from_text(
        f"{HEAD}\n\n{line}\n\nMore details came later in the day.\n"
    )
    assert line in paragraphs(article)


def test_a_headline_ending_in_upgrade_now_stays_the_headline():
    line = "Windows 10 users told to upgrade now"
    article = article_from_text(
        f"{line}\n\nMore details on the update came later in the day.\n"
    )
    assert article.title == line


def test_timeline_lines_of_a_date_and_a_word_sign_nothing():
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n\n2015.03.02 설립\n\n2019.11.20 현재\n\n"
        f"2024.03.15 기준 회원 수는 300명이다.\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline is None


def test_a_fixture_s_time_and_ground_after_a_bar_sign_nothing():
    """ "Hà Nội gặp Hải Phòng 19:15 | Sân Hàng Đẫy": a match, its time and its ground."""
    text = (
        "Lịch thi đấu vòng 5\n\nVòng đấu thứ năm diễn ra vào cuối tuần này với nhiều trận "
        "đấu hấp dẫn giữa các đội bóng.\n\nHà Nội gặp Hải Phòng 19:15 | Sân Hàng Đẫy\n"
        "Nam Định gặp Thanh Hóa 18:00 | Thiên Trường\n"
    )
    article = article_from_text(text)
    assert article.byline is None
    assert paragraphs(article)[0].startswith("Vòng đấu thứ năm")


def test_a_place_in_title_case_before_what_it_is_between_dashes_is_the_subject():
    lead = (
        "Hanoi – Vietnam's capital and second-largest city – is preparing to ban "
        "motorbikes from its centre, officials said."
    )
    article = article_from_text(f"{HEAD}\n\n{lead}\n\nMore details came later.\n")
    assert article.metadata.dateline is None
    assert paragraphs(article)[0] == lead
