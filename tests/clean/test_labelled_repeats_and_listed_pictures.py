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


def test_a_lowercase_picture_word_trailing_off_mid_sentence_is_no_photo_credit():
    for listed in (
        "Đến với ngày hội, khách tham quan sẽ được xem nhiều hình ảnh... do các câu lạc "
        "bộ sưu tầm tại sân trường Đại học Sư phạm.",
        "Đến với ngày hội, khách tham quan sẽ được xem sách, truyện và ảnh... do các câu "
        "lạc bộ sưu tầm tại sân trường Đại học Sư phạm.",
    ):
        text = f"{VI_HEAD}\n{VI_LEAD}\n{listed}\n|\n{VI_NEXT}\n{VI_LAST}\n"
        article = article_from_text(text)
        assert article.title == VI_HEAD, listed
        assert paragraphs(article) == [VI_LEAD, listed, VI_NEXT, VI_LAST], listed
    shown = (
        "Triển lãm trưng bày nhiều tư liệu, hình ảnh... về quan hệ hai nước trong ba "
        "mươi năm qua."
    )
    text = f"{VI_HEAD}\n\n{VI_LEAD}\n\n{shown}\n\n{VI_NEXT}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_LEAD, shown, VI_NEXT, VI_LAST]


def test_a_credit_after_an_ellipsis_still_marks_a_caption():
    caption = "Visitors at the fair on Saturday. Photo... Nguyen Van An"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, MORE]


FERRY_HEAD = "Hanoi signs ferry deal with Busan"
FERRY_LEAD = "Hanoi and Busan signed a ferry agreement on Tuesday, officials said."
FERRY_LIST = ["The deal covers", "Passenger routes", "Freight routes", "Crew training"]
FERRY_NEXT = "It takes effect next year, Nguyen Van An said."
FERRY_LAST = "Both sides will meet again in June."
VI_FERRY_HEAD = "Hà Nội và Busan ký thỏa thuận tuyến phà"
VI_FERRY_LEAD = (
    "Hà Nội và Busan đã ký thỏa thuận về tuyến phà vào thứ Ba, các quan chức cho biết."
)
VI_FERRY_LIST = [
    "Thỏa thuận bao gồm các lĩnh vực",
    "Vận tải hành khách",
    "Vận tải hàng hóa",
    "Đào tạo thuyền viên",
]
VI_FERRY_NEXT = "Thỏa thuận có hiệu lực từ năm sau, ông Nguyễn Văn An cho biết."
VI_FERRY_LAST = "Hai bên sẽ gặp lại nhau vào tháng Sáu."


def test_lines_over_a_labelled_picture_of_the_headline_are_no_related_headlines():
    for head, lead, listed, label, after in (
        (FERRY_HEAD, FERRY_LEAD, FERRY_LIST, "[Photo]", (FERRY_NEXT, FERRY_LAST)),
        (
            VI_FERRY_HEAD,
            VI_FERRY_LEAD,
            VI_FERRY_LIST,
            "[Video]",
            (VI_FERRY_NEXT, VI_FERRY_LAST),
        ),
    ):
        run = "\n".join([*listed, f"{label} {head}"])
        text = f"{head}\n\n{lead}\n\n{run}\n\n{after[0]}\n\n{after[1]}\n"
        article = article_from_text(text)
        gone = reasons(article)
        assert not any(gone.get(line) for line in listed), gone
        kept = [p.text for p in article.passages]
        assert all(any(line in p for p in kept) for line in listed), kept
        assert paragraphs(article)[0] == lead and paragraphs(article)[-2:] == list(
            after
        )
