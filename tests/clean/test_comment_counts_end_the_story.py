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


def test_a_quoted_posts_comment_count_leaves_the_story_under_it():
    post = [
        "Nguyễn Thảo Vy",
        "18 tháng 3 lúc 08:15",
        "Hôm nay lớp tiếng Hàn của chúng tôi chào đón mười hai học viên mới từ Bắc Ninh.",
        "1,2K",
        "Bình luận 215",
    ]
    after = [
        "Bài đăng nhận được nhiều lời chúc mừng từ các cựu học viên đang làm việc ở Hàn Quốc.",
        "Trung tâm cho biết sẽ mở thêm hai lớp buổi tối từ tháng tới.",
        "Học phí được hỗ trợ một nửa cho người lao động đã có hợp đồng làm việc tại các xưởng đóng tàu.",
    ]
    text = "\n\n".join([VI_HEAD, VI_STORY, VI_MORE, *post, *after, "Hoài Thu"]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article)[-3:] == after
    assert article.metadata.author == "Hoài Thu"


def test_short_paragraphs_under_a_comment_count_are_story():
    after = [
        "Mỗi kỹ sư sẽ học tập sáu tháng tại nhà máy điện hạt nhân Kori ở Busan.",
        "Khóa đầu tiên bắt đầu vào tháng chín với ba mươi kỹ sư trẻ của hai tập đoàn.",
        "Toàn bộ chi phí đi lại và ăn ở do phía Hàn Quốc đài thọ trong suốt khóa học.",
    ]
    text = "\n".join([VI_HEAD, VI_STORY, VI_MORE, "Bình luận 0", *after]) + "\n"
    assert paragraphs(article_from_text(text)) == [VI_STORY, VI_MORE, *after]
