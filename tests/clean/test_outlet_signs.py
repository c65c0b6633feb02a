"""Outlet signs read from a page's text: a Korean paper signing its staff byline with its
own name ("○○신문 기자 입력 …"); a web editor's placeholder title ("Untitled Document")
is no masthead; a lead's tag shortening the masthead ("(QK7 Online) -") is the name the
page writes in full. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
)

KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"


def test_a_papers_name_signing_as_its_reporter_names_the_outlet_not_an_author():
    text = (
        f"{KO_HEAD}\n\n한빛강신문 기자 입력 2023.04.12 09:30 수정 2023.04.12 09:31\n\n"
        f"{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.outlet == "한빛강신문"
    assert not article.byline
    assert str(article.metadata.published) == "2023-04-12"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_reporters_own_name_on_that_line_stays_the_author():
    text = (
        f"{KO_HEAD}\n\n김하늘 기자 입력 2023.04.12 09:30 수정 2023.04.12 09:31\n\n"
        f"{KO_STORY}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert article.byline == "김하늘"
    assert not article.metadata.outlet


def test_a_story_sentence_opening_on_a_papers_reporter_and_a_date_stays():
    said = "한빛일보 기자 2023. 4. 11 현장 취재에서 확인된 내용이다."
    text = (
        f"{KO_HEAD}\n\n김하늘 기자 입력 2023.04.12 09:30\n\n"
        f"{KO_STORY}\n\n{said}\n\n{KO_MORE}\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, said, KO_MORE]
    assert article.metadata.outlet != "한빛일보"


SIGNED = "기자 입력 2023.04.12 09:30"


@pytest.mark.parametrize(
    "signer",
    # a desk's name, or a one-syllable name before a paper's word: no paper
    ["디지털뉴스", "온라인뉴스", "인터넷신문", "정보통신", "이신문", "김일보"],
)
def test_a_desk_or_a_short_name_signing_names_no_paper(signer):
    text = f"{KO_HEAD}\n\n{signer} {SIGNED}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.outlet != signer
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize("paper", ["한빛미디어", "한빛TV", "한빛데일리"])
def test_other_paper_words_signing_stay_as_they_were(paper):
    text = f"{KO_HEAD}\n\n{paper} {SIGNED}\n\n{KO_STORY}\n\n{KO_MORE}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE]


def test_a_web_editors_placeholder_title_is_no_masthead():
    """ "Untitled Document" over a page: the title its maker never set, no outlet's."""
    text = f"Untitled Document\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).metadata.outlet is None


def test_a_masthead_of_two_capitalised_words_still_names_the_outlet():
    text = f"Harbour Weekly\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n"
    assert article_from_text(text).metadata.outlet == "Harbour Weekly"


SECTION_ROW = "Kinh tế > Hàng hải\n\nThứ hai, 10/12/2018, 14:17 (GMT+7)"


def test_a_lead_tag_shortening_the_masthead_gives_the_name_in_full():
    text = (
        f"Cảng biển 9 Online\n\n{SECTION_ROW}\n\n{VI_HEAD}\n\n"
        f"(CB9 Online) - {VI_STORY}\n\n{VI_MORE}\n"
    )
    article = article_from_text(text)
    assert article.metadata.outlet == "Cảng biển 9 Online"
    assert article.title == VI_HEAD
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_lead_tag_no_line_spells_out_stays_as_written():
    text = (
        f"Chuyên mục 9 Online\n\n{SECTION_ROW}\n\n{VI_HEAD}\n\n"
        f"(CB9 Online) - {VI_STORY}\n\n{VI_MORE}\n"
    )
    assert article_from_text(text).metadata.outlet == "CB9 Online"


MENU = "Trang chủ\nThời sự\nKinh tế\nVăn hóa\nThể thao\nPháp luật\nDu lịch"


@pytest.mark.parametrize("tag", ["VH", "TT", "KT", "DL", "PL", "TS"])
def test_a_one_word_tag_is_no_menu_item_spelt_out(tag):
    text = f"{MENU}\n\n{VI_HEAD}\n\n({tag}) - {VI_STORY}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.outlet == tag
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    ("tag", "person"), [("NLĐ", "Nguyễn Linh Đan"), ("HNM", "Hoàng Ngọc Minh")]
)
def test_a_one_word_tag_is_no_writer_signing_at_the_foot(tag, person):
    text = f"{VI_HEAD}\n\n({tag}) - {VI_STORY}\n\n{VI_MORE}\n\n{person}\n"
    assert article_from_text(text).metadata.outlet == tag


@pytest.mark.parametrize(
    ("tag", "line"),
    [("PV", "Phương Vy"), ("CTV", "Cao Thanh Vân"), ("PV", "Phóng viên")],
)
def test_a_reporters_tag_on_a_papers_site_stays_the_papers(tag, line):
    text = f"{VI_HEAD}\n\n({tag}) - {VI_STORY}\n\n{VI_MORE}\n\n{line}\n"
    url = "https://baodongnai.com.vn/kinh-te/1.html"
    assert article_from_text(text, url=url).metadata.outlet == "Báo Đồng Nai"


def test_a_tag_spelt_out_below_the_story_is_no_masthead():
    text = (
        f"{SECTION_ROW}\n\n{VI_HEAD}\n\n(CB9 Online) - {VI_STORY}\n\n{VI_MORE}\n\n"
        "Cảng biển 9 Online\n"
    )
    assert article_from_text(text).metadata.outlet == "CB9 Online"
