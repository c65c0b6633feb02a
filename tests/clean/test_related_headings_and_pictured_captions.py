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


def test_a_tab_named_bai_viet_khac_above_the_story_takes_no_headline():
    # a menu's tab over the headline: the heading opens a list only under the story's start
    date = "Thứ Ba, 11/03/2025 09:40"
    for tab in ("Bài viết khác", "Các tin bài khác", "Tin bài liên quan"):
        text = "\n".join(["Trang chủ", tab, "", VI_HEAD, "", VI_STORY, "", VI_LAST])
        article = article_from_text(text + "\n")
        assert article.title == VI_HEAD, tab
        assert paragraphs(article) == [VI_STORY, VI_LAST], tab
    text = "\n".join(["Tin mới", "Bài viết khác", VI_HEAD, date, VI_STORY, VI_LAST])
    article = article_from_text(text + "\n")
    assert article.title == VI_HEAD
    assert paragraphs(article) == [VI_STORY, VI_LAST]
    assert reasons(article).get(date) != "related list"


def test_a_box_of_other_stories_on_single_lines_keeps_its_last_headline():
    # single lines: the box's headlines run straight into the story's next paragraph; the
    # last one is the box's, as nothing but the paragraph under it tells an intertitle
    # from one more headline (a story's intertitle there is left to the box)
    text = "\n".join(
        [VI_HEAD, "", VI_STORY, "Tin bài liên quan", *OTHER_HEADLINES[:2]]
        + [VI_MORE, VI_LAST]
    )
    article = article_from_text(text + "\n")
    why = reasons(article)
    assert all(why[line] == "related list" for line in OTHER_HEADLINES[:2])
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_related_heading_with_its_headline_on_one_line_is_a_link():
    for heading in ("Tin liên quan", "Tin bài liên quan", "Bài viết liên quan"):
        link = f"{heading}: {OTHER_HEADLINES[1]}"
        text = "\n\n".join([VI_HEAD, VI_STORY, link, VI_MORE, VI_LAST])
        article = article_from_text(text + "\n")
        assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST], heading
        assert reasons(article)[link] == "related link"


def test_a_line_that_names_who_is_pictured_here_is_a_caption():
    caption = "Vice Mayor Han Ji-won, pictured here with the city's trade delegation."
    text = "\n\n".join([HEAD, STORY, caption, MORE, LAST])
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert captions(article) == [caption]


TOLD_OF_A_PICTURE = [
    # the story speaks of a picture, in a sentence of its own: told, not a caption
    "The mayor said the photo pictured a city few visitors had seen.",
    # an aside in a story sentence, as British papers write it
    "Mr Seo Jin-ho (pictured) opened the first branch in Da Nang in 2018 after a "
    "year of talks with a local partner.",
    "Ms Le, pictured, manages the new office in Hai Chau with a staff of nine "
    "engineers trained in Incheon.",
    "The harbour's old lighthouse is pictured on the new ferry's funnel, painted by "
    "students of the city's art school.",
    "The ferry's pilot (inset) kept the boat off the sandbar for three hours until the "
    "coastguard arrived from Vung Tau.",
    "Mr Seo, pictured here with his team, opened the branch after a year of talks.",
]


def test_a_story_sentence_that_mentions_a_picture_stays_a_paragraph():
    for told in TOLD_OF_A_PICTURE:
        text = "\n\n".join([HEAD, STORY, told, MORE, LAST])
        article = article_from_text(text + "\n")
        assert paragraphs(article) == [STORY, told, MORE, LAST], told
        assert captions(article) == []


def test_a_headline_saying_what_is_pictured_stays_the_headline():
    headline = "Rare white tiger is pictured in Korean zoo for the first time"
    lead = "Ms Le, pictured, takes charge of the Busan office on Monday with a plan to hire."
    text = "\n\n".join([headline, lead, STORY, MORE, LAST])
    article = article_from_text(text + "\n")
    assert article.title == headline
    assert paragraphs(article) == [lead, STORY, MORE, LAST]
