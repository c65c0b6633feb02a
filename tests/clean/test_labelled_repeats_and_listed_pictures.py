"""A headline printed again in the story with the label the page cut off its first copy,
and a story sentence listing pictures among other things ("tranh, ảnh..."), which is no
photo credit. Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import HEAD, LAST, MORE, STORY, article_from_text, paragraphs, reasons

LONG_HEAD = "Hanoi Signs $200 Million Ferry Deal... First Export to a Neighbour [Kim's Sea Club]"


def test_the_headline_again_with_its_label_is_no_paragraph():
    again = f"[Exclusive] {LONG_HEAD}"
    article = article_from_text(f"{again}\n\n{STORY}\n\n{again}\n\n{MORE}\n\n{LAST}\n")
    assert article.title == LONG_HEAD
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert reasons(article)[again] == "repeats the headline"


def test_a_labelled_sentence_that_only_opens_like_the_headline_stays():
    told = f"[Update] {HEAD} in the port city, its mayor said on Friday."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{told}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, told, MORE]


VI_HEAD = "Ngày hội truyện tranh sắp diễn ra ở Đà Nẵng"
VI_LEAD = (
    "Ngày hội truyện tranh là sự kiện thường niên do một trung tâm văn hóa tổ chức. "
    "Đây là dịp gặp gỡ của những người yêu truyện tranh trong thành phố."
)
VI_LISTED = (
    "Đến với ngày hội, khách tham quan sẽ được xem sách, tranh, ảnh... do các câu lạc bộ "
    "sưu tầm tại sân trường Đại học Sư phạm."
)
VI_NEXT = "Điểm nhấn của chương trình là đêm giao lưu với các họa sĩ vào tối thứ bảy."
VI_LAST = "Ban tổ chức cho biết năm nay có hơn hai mươi câu lạc bộ đăng ký tham gia."


def test_pictures_listed_with_other_things_are_no_photo_credit():
    text = f"{VI_HEAD}\n{VI_LEAD}\n{VI_LISTED}\n|\n{VI_NEXT}\n{VI_LAST}\n"
    article = article_from_text(text)
    assert article.title == VI_HEAD
    assert paragraphs(article) == [VI_LEAD, VI_LISTED, VI_NEXT, VI_LAST]


def test_a_credit_after_an_ellipsis_still_marks_a_caption():
    caption = "Visitors at the fair on Saturday. Photo... Nguyen Van An"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]
