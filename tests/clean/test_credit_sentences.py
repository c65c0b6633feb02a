"""A caption whose last sentence credits its picture, with no colon or bracket to mark
the credit (``credit_sentences``), is a caption; a paragraph whose last sentence speaks of
pictures stays story. Sentences written for the shape, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text, captions, paragraphs

HEAD = "Two port cities open a joint office"


@pytest.mark.parametrize(
    "caption",
    [
        "Applicants queue outside the visa centre in District 1 on Monday morning. "
        "The photo was taken by City News/Le Van Anh.",
        "Banh xeo. Photo courtesy of Jane Roe/The Street Food Diary.",
        "Ông Nguyễn Văn An trao giấy chứng nhận đầu tư cho doanh nghiệp Hàn Quốc. "
        "Ảnh báo Quảng Ninh.",
    ],
)
def test_a_line_ending_on_its_pictures_credit_is_a_caption(caption):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "told",
    [
        "The festival drew thousands of visitors over three days. Photos from the "
        "opening night went viral on social media.",
        "The summit ended with a joint statement. Images from the hall were shown on "
        "a giant screen in the square.",
    ],
)
def test_a_paragraph_ending_on_a_sentence_about_pictures_stays_story(told):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [STORY, told, MORE, LAST]
