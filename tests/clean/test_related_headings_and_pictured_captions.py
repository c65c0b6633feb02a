"""A Vietnamese page's boxes of other stories under "Tin bài liên quan" / "Các tin bài
khác" (news items named in full), and a caption that says who is "pictured": neither is
story text. Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import (
    HEAD,
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
    reasons,
)

OTHER_HEADLINES = [
    "Đà Nẵng và Daegu bàn cách đưa sinh viên sang thực tập",
    "Cần Thơ đón đoàn doanh nghiệp Busan tìm hiểu thị trường nông sản",
    "Dự báo thời tiết ngày mai: Bắc Bộ có mưa rào, trời chuyển lạnh về đêm",
]


def test_headlines_under_tin_bai_lien_quan_and_cac_tin_bai_khac_are_a_list():
    for heading in ("Tin bài liên quan", "Các tin bài khác", "Bài viết liên quan"):
        text = "\n".join(
            [VI_HEAD, "", VI_STORY, "", VI_MORE, "", VI_LAST, heading, *OTHER_HEADLINES]
        )
        article = article_from_text(text + "\n")
        assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST], heading
        why = reasons(article)
        assert all(why[line] == "related list" for line in OTHER_HEADLINES)


PICTURED = [
    "Vice Mayor Han Ji-won, pictured here with the city's trade delegation.",
    "Pictured is the new training centre on the edge of the industrial park.",
]


def test_a_line_that_says_who_is_pictured_is_a_caption():
    for caption in PICTURED:
        text = "\n\n".join([HEAD, STORY, caption, MORE, LAST])
        article = article_from_text(text + "\n")
        assert paragraphs(article) == [STORY, MORE, LAST], caption
        assert captions(article) == [caption]


def test_a_story_sentence_on_a_picture_it_tells_of_stays_a_paragraph():
    # the story speaks of a picture, in a sentence of its own: told, not a caption
    told = "The mayor said the photo pictured a city few visitors had seen."
    text = "\n\n".join([HEAD, STORY, told, MORE, LAST])
    assert paragraphs(article_from_text(text + "\n")) == [STORY, told, MORE, LAST]
