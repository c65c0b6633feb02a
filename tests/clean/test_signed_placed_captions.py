"""A picture's caption at the page's end that places people in the picture ("Minister X (R)
talks with Y …") stays a caption when the wire's tag closes it: the tag is no sign of a
story paragraph there. A last paragraph with no such mark, signed the same, is still story.
Every text here is made up."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    MORE,
    STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
)
from dossier.clean.photo_credits import is_credited

LAST = "Both sides said they would review the office's work at the end of the year."


def test_a_placed_caption_signed_by_the_wire_at_the_end_is_no_paragraph():
    caption = (
        "Trade Minister Ana Park (R) talks with Tran Van Minh, the head of the provincial "
        "planning board, on May 2, 2025, in this photo released by the ministry. (Yonhap)"
    )
    text = "\n".join([HEAD, STORY, MORE, LAST, caption]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    captions = [p.text for p in article.passages if p.kind == "caption"]
    assert any(c.startswith("Trade Minister Ana Park (R)") for c in captions)


def test_a_last_paragraph_signed_by_the_wire_with_no_place_in_a_picture_is_story():
    last = (
        "Trade Minister Ana Park is to meet Tran Van Minh, the head of the provincial "
        "planning board, again in June to sign the plan. (Yonhap)"
    )
    text = "\n".join([HEAD, STORY, MORE, last]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, last.removesuffix(" (Yonhap)")]


@pytest.mark.parametrize(
    "last",
    [
        "Lawmakers from left and right welcomed the deal, saying it would ease a labour "
        "shortage at the shipyards in Ulsan and Geoje. (Yonhap)",
        "About 5,000 Korean-language books were given to the Hanoi university's library, "
        "courtesy of the Korea Foundation. (Yonhap)",
    ],
)
def test_a_signed_last_paragraph_a_credit_word_or_a_side_in_is_story(last):
    text = "\n".join([HEAD, STORY, MORE, last]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, last.removesuffix(" (Yonhap)")]
    assert article.metadata.outlet == "Yonhap News Agency"


def test_a_vietnamese_last_paragraph_with_mid_year_in_brackets_is_story():
    last = (
        "Theo kế hoạch, nhà máy sẽ đi vào hoạt động thử nghiệm từ quý III (giữa năm 2025) "
        "và tuyển dụng khoảng 2.000 lao động địa phương. (TTXVN)"
    )
    text = "\n".join([VI_HEAD, VI_STORY, VI_MORE, last]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE, last.removesuffix(" (TTXVN)")]
    assert not is_credited(last.removesuffix(" (TTXVN)"))


def test_a_person_in_the_middle_of_a_picture_is_still_placed():
    assert is_credited("Bà Lan (giữa) cắt băng khánh thành phòng đọc mới.")
