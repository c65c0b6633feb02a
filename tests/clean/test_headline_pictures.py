"""A picture named after its story: the headline again (or the words its address spells,
marks and capitals taken off) on a line between the story's paragraphs, the picture's
caption on the line under it; and a box of other stories whose pictures all carry this
story's name. Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import (
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
    reasons,
)

# a long headline, as long as a wrapped line of the story
HEAD = "Hội doanh nhân hai thành phố kết nghĩa mở văn phòng hợp tác chung cho doanh nghiệp nhỏ"
URL = (
    "https://example.vn/hoi-doanh-nhan-hai-thanh-pho-ket-nghia-mo-van-phong-hop-tac-"
    "chung-cho-doanh-nghiep-nho-40417.html"
)
SLUG_LINE = "hoi doanh nhan hai thanh pho ket nghia mo van phong hop tac chung cho doanh nghiep nho"
CAPTION = "Lãnh đạo hai thành phố chụp ảnh lưu niệm tại lễ ký kết."


def test_the_headline_stripped_of_its_marks_over_a_caption_is_the_pictures_name():
    text = "\n".join(
        [HEAD, "", VI_STORY, "", VI_MORE, "", SLUG_LINE, CAPTION, "", VI_LAST]
    )
    for url in (URL, None):  # the address spells it; or the headline on top does
        article = article_from_text(text + "\n", url=url)
        assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST], url
        assert captions(article) == [CAPTION], url
        assert reasons(article)[SLUG_LINE] == "image label", url


def test_the_headline_in_full_over_a_caption_between_paragraphs_is_the_pictures_name():
    text = "\n".join([HEAD, "", VI_STORY, "", VI_MORE, "", HEAD, CAPTION, "", VI_LAST])
    article = article_from_text(text + "\n")
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert captions(article) == [CAPTION]
    assert [d.reason for d in article.dropped if d.line == 7] == ["image label"]


def test_a_story_sentence_under_the_pictures_name_stays_story():
    long_story = VI_MORE + " " + VI_LAST  # a sentence of a lead's length
    text = "\n".join([HEAD, "", VI_STORY, "", SLUG_LINE, long_story])
    article = article_from_text(text + "\n", url=URL)
    assert paragraphs(article) == [VI_STORY, long_story]


def test_other_stories_whose_pictures_carry_this_storys_name_are_a_list():
    others = [
        f"{SLUG_LINE} Đà Nẵng và Daegu bàn cách đưa sinh viên sang thực tập hè năm nay",
        f"{SLUG_LINE} Cần Thơ đón đoàn doanh nghiệp Busan tìm hiểu thị trường nông sản",
    ]
    text = "\n".join(
        [HEAD, "", VI_STORY, "Tin liên quan", *others, "", VI_MORE, "", VI_LAST]
    )
    article = article_from_text(text + "\n", url=URL)
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert all(reasons(article)[line] == "related list" for line in others)


def test_one_line_opening_with_the_headlines_words_is_left_alone():
    # one line only: a sentence may open with the headline's words ("Hai thành phố mở
    # văn phòng hợp tác …"); a list is two such lines or more
    line = f"{HEAD} tại Đà Nẵng từ tháng Ba, theo kế hoạch đã được hai bên thống nhất."
    text = "\n".join([HEAD, "", VI_STORY, "", line, "", VI_LAST])
    article = article_from_text(text + "\n", url=URL)
    assert paragraphs(article) == [VI_STORY, line, VI_LAST]
