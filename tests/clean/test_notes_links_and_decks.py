"""Lines between and above a story's paragraphs that are no story text: a link to another
story marked by a guillemet, a note that the story came out first elsewhere, a copy's note
on its translation naming the paper, where an illustration was found, a caption placing
several people, a Korean deck printed as points above the lead. Every text is invented;
each test keeps only the shape of one rule."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
)


def test_guillemet_links_above_the_lead_are_no_paragraphs():
    links = (
        "- » Behind the rows of old trees\n"
        "- » Port city strengthens exchange and cooperation with a sister city (Korea)\n"
        '- » "I pay my taxes to the city with my heart"\n'
        "- » A heritage association to cooperate with the city on heritage preservation"
    )
    text = f"Section Section\n{HEAD}\n{links}\n{STORY}\n{MORE}\n{LAST}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


@pytest.mark.parametrize(
    "note",
    [
        "본 기사는 (2026-03-02 18:30)에 Channel7를 통해 소개 되었습니다.",
        "이 기사는 2026년 3월 2일 유료 서비스 '마켓뷰'에 먼저 게재된 기사입니다.",
    ],
)
def test_korean_note_of_first_publication_is_no_paragraph(note):
    text = f"{KO_HEAD}\n\n{note}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE, KO_LAST]


def test_translation_note_naming_the_first_paper_is_no_paragraph():
    note = (
        "* This article, published by Example Business Daily, was translated by AI and "
        "edited by EBD."
    )
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\n{note}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE, LAST]


@pytest.mark.parametrize("note", ["Ảnh minh hoạ internet.", "Ảnh minh họa - Internet."])
def test_illustration_note_with_its_source_is_no_paragraph(note):
    text = f"{VI_HEAD}\n\n{note}\n\n{VI_STORY}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    assert paragraphs(article_from_text(text)) == [VI_STORY, VI_MORE, VI_LAST]


def test_long_caption_placing_several_people_is_a_caption():
    caption = (
        "TS Nguyễn Văn An (thứ hai, từ phải sang) - Viện trưởng Viện Nghiên cứu Kinh tế, "
        "Trường Đại học Bách khoa, Đại học Quốc gia; TS Park Min-su (thứ ba, từ trái "
        "sang) - Phó Hiệu trưởng Đại học Hanbit (Hàn Quốc) cùng lãnh đạo các khoa, viện "
        "của hai trường và đại diện doanh nghiệp đối tác tại buổi lễ ký kết biên bản "
        "ghi nhớ hợp tác đào tạo, ngày 20/1."
    )
    assert len(caption.split()) > 50
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{caption}\n\n{VI_MORE}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize("mark", ["- ", "• ", "▶ "])
def test_korean_deck_points_above_the_lead_are_no_paragraphs(mark):
    points = (
        f"{mark}한국-베트남 두 도시, 하노이에 공동 협력 사무소 개설\n\n"
        f"{mark}중소기업 파트너 발굴·계약 번역·인허가 지원 “내년 봄 첫 사업”"
    )
    text = f"{KO_HEAD}\n\n{points}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    assert paragraphs(article_from_text(text)) == [KO_STORY, KO_MORE, KO_LAST]


def test_korean_points_after_the_lead_stay_story_text():
    points = "- 첫째, 기업 파트너 발굴\n\n- 둘째, 계약서 번역 지원"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{points}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    found = paragraphs(article_from_text(text))
    assert KO_STORY in found and KO_LAST in found
    assert any("기업 파트너 발굴" in p for p in found)


@pytest.mark.parametrize(
    "note",
    [
        "Article continues after this advertisement",
        "Story continues below",
        "Continue reading below",
        "ADVERTISEMENT - Scroll to continue",
    ],
)
def test_a_note_where_an_advertisement_breaks_the_story_is_no_story_text(note):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{note}\n\n{MORE}\n\n{LAST}\n")
    assert [p.text for p in article.passages[1:]] == [STORY, MORE, LAST]


def test_a_sentence_opening_like_that_note_is_story():
    told = "The story continues below the surface, where the two cities' firms meet."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]
