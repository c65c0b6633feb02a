"""A Vietnamese byline with the photographer credited after it ("Thanh Hà - Ảnh: Minh
Đức"), and a page that opens and closes on its writer's bare name. Every text is
invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

HEAD = "Hai thành phố Việt Nam và Hàn Quốc ký kết hợp tác văn hóa"
STORY = (
    "Sáng 12/3, đại diện hai thành phố đã ký biên bản ghi nhớ hợp tác trong lĩnh vực "
    "văn hóa, du lịch và giáo dục tại trụ sở ủy ban."
)
MORE = (
    "Theo thỏa thuận, hai bên sẽ tổ chức các tuần lễ văn hóa luân phiên và trao đổi "
    "sinh viên mỗi năm từ năm tới."
)
LAST = "Đoàn công tác cũng thăm một số doanh nghiệp Hàn Quốc đang hoạt động tại địa phương."


@pytest.mark.parametrize(
    ("foot", "author"),
    [
        ("Thanh Hà - Ảnh: Minh Đức", "Thanh Hà"),
        ("Bài: Thanh Hà – Ảnh: Cổng thông tin", "Thanh Hà"),
        ("Thanh Hà (ảnh: Minh Đức)", "Thanh Hà"),
        ("Text: Jane Roe | Photo: Minh Duc", "Jane Roe"),
    ],
)
def test_a_byline_with_the_photographer_credited_after_it_names_the_writer(
    foot, author
):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{foot}\n")
    assert article.byline == author
    assert paragraphs(article) == [STORY, MORE]


def test_a_caption_with_a_credit_after_its_full_stop_names_no_writer():
    caption = "Quang cảnh lễ ký kết. Ảnh: Minh Đức"
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{caption}\n\n{MORE}\n")
    assert article.byline is None


def test_a_page_opening_and_closing_on_its_writers_name_has_no_headline():
    text = f"Thanh Hà\n{STORY}\n\n{MORE}\n\n{LAST}\n\n{MORE} Lần hai.\n\nThanh Hà\n#Hàn Quốc\n"
    article = article_from_text(text)
    assert article.byline == "Thanh Hà"
    assert article.title != "Thanh Hà"
    assert paragraphs(article)[0] == STORY


def test_a_name_over_the_story_not_signed_again_stays_the_headline():
    text = f"Thanh Hà\n{STORY}\n\n{MORE}\n\n{LAST}\n\n{MORE} Lần hai.\n\nMinh Đức\n#Hàn Quốc\n"
    article = article_from_text(text)
    assert article.byline != "Thanh Hà"


def test_one_credit_for_the_story_and_its_pictures_names_the_writer():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nTin, ảnh: MINH ĐỨC\n")
    assert article.byline == "MINH ĐỨC"


def test_a_profile_headed_by_its_subjects_name_keeps_it_as_headline():
    subject = "Bà Trần Thị Mai Lan sinh năm 1960 tại Cần Thơ và lớn lên ở miền Tây."
    text = (
        f"Trần Thị Mai Lan\n\n{subject}\n\n{STORY}\n\n{MORE}\n\n{LAST}\n\n"
        "Từ khóa:\n\nTrần Thị Mai Lan\n\nQuốc hội\n\nHàn Quốc\n"
    )
    article = article_from_text(text)
    assert article.title == "Trần Thị Mai Lan"
    assert not article.byline
    assert paragraphs(article)[0] == subject
