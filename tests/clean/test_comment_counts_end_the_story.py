"""A comment box's counter under the story ("Bình luận 0", "Comments (2)", "0 bình luận") opens
the page's foot: the section label and other stories' headlines under it are no
paragraphs. A story's sentence that begins with the same word is story. Every text here is
made up."""

from __future__ import annotations

import pytest
from builders import VI_HEAD, VI_LAST, VI_MORE, VI_STORY, article_from_text, paragraphs

OTHERS = [
    "Thành phố ven biển khai trương tuyến xe buýt điện đầu tiên : 20 xe, 4 tuyến",
    "Học sinh hai trường kết nghĩa trao đổi thư tay sau chuyến thăm mùa hè",
]


@pytest.mark.parametrize("counter", ["Bình luận 0", "Comments (2)", "0 bình luận"])
def test_headlines_under_a_comment_counter_are_no_paragraphs(counter):
    lines = [VI_HEAD, VI_STORY, VI_MORE, VI_LAST, counter, "", "Tin tức", OTHERS[0]]
    text = "\n".join(lines) + "\n\n" + OTHERS[1] + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_sentence_opening_with_the_word_for_comment_is_story():
    told = (
        "Bình luận về dự án, ông Minh cho biết hai bên sẽ sớm ký hợp đồng chính thức."
    )
    text = "\n".join([VI_HEAD, VI_STORY, VI_MORE, told, VI_LAST]) + "\n"
    assert paragraphs(article_from_text(text)) == [VI_STORY, VI_MORE, told, VI_LAST]
