"""The story's last paragraph, cut off where the copy ends, that opens like a page's label
("He noted: “…", "Expert view: …") but says its words after the colon: a quotation
opened, or a sentence ended and the next begun. It stays the story's; a page's label
under the story ("Source: …", "Read more: …") still goes. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    MORE,
    STORY,
    article_from_text,
    paragraphs,
    story_text,
)


@pytest.mark.parametrize(
    "cut",
    [
        "He added: “Today’s agreement opens a new chap",  # a quotation opened
        # a sentence ended after the colon, the next one begun
        "Expert view: For shop owners, the main gain is the speed. Unlike ",
    ],
)
def test_a_cut_sentence_after_a_colon_is_the_story(cut):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
    assert paragraphs(article) == [STORY, MORE, cut.strip()]


@pytest.mark.parametrize(
    "label",
    [
        "Source: Ministry of Trade and Industry of the two countries",
        "Read more: Two port cities sign a deal on green shipping lanes",
    ],
)
def test_a_label_at_the_foot_is_still_no_paragraph(label):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{label}")
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "label",
    [
        # two short fields, a full stop between them: no sentence of the story
        "Source: Yonhap. Translated by Kim Ji-won",
        "Source: Yonhap. Translated by the editorial team",
        "Sources: VNA, Yonhap. Compiled by Hoang Anh",
        # a quoted title the label closes again: no quotation cut off
        'Source: "Vietnam, Korea upgrade ties", Reuters',
        'Source: "Korea-Vietnam: 30 Years of Partnership", Seoul National University Press',
    ],
)
def test_a_label_with_short_fields_or_a_closed_title_is_no_paragraph(label):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{label}")
    assert story_text(article) == [STORY, MORE]


def test_a_korean_label_with_a_quoted_tag_is_no_paragraph():
    label = "태그: “한베수교”, 교역, 투자"
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{label}")
    assert story_text(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    "label",
    [
        # a long source name, a note on the copy and rights: whatever the words after the
        # colon, a label a page's foot uses names no story sentence
        "Source: Ministry of Planning and Investment, Vietnam Customs. Compiled by Minh Anh",
        "Note: This article was originally published in Korean. Translated by Kim Ji-won",
        "Copyright: All rights reserved by the Harbour Daily. Reproduction is banned",
        # a quoted title cut off where the copy ends, under a foot's label
        "Source: “Two port cities and the green shipping la",
        "Watch: “How a Hanoi start-up won its first Korean inve",
        "Xem thêm: “Hai thành phố cảng ký kết hợp tác về tuyến vận",
    ],
)
def test_a_foot_label_with_a_sentence_or_a_cut_quote_is_no_paragraph(label):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{label}")
    assert story_text(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "label", ["관련기사: “한베 수교 기념 행사 열려", "태그: “한베수교"]
)
def test_a_korean_foot_label_with_a_cut_quote_is_no_paragraph(label):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{label}")
    assert story_text(article) == [KO_STORY, KO_MORE]
