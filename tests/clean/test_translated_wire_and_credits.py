"""A wire story translated into Vietnamese, credits in brackets, and page tools in
Korean and Vietnamese: shapes met on unseen pages. Every text here is made up."""

from __future__ import annotations

import pytest
from builders import KO_MORE, KO_STORY, article_from_text, captions, paragraphs, reasons

HEAD = "Hãng điện tử Hàn Quốc mở rộng nhà máy tại miền Bắc"
LEAD = (
    "Nhà sản xuất linh kiện Hàn Quốc sẽ đầu tư thêm vào nhà máy ở miền Bắc Việt Nam, "
    "chính phủ cho biết hôm thứ Tư."
)
MORE = (
    "Khoản đầu tư sẽ giúp tăng sản lượng bảng mạch in và các linh kiện điện thoại tại "
    "tỉnh này trong hai năm tới."
)
KO_HEAD = "한국과 베트남, 항만 협력 사무소 개설"


@pytest.mark.parametrize("day", ["ngày 16 tháng 2", "ngày 16 tháng 2 năm 2022"])
def test_a_wire_dateline_with_a_vietnamese_day_is_no_story_text(day):
    text = f"{HEAD}\n\nHÀ NỘI, {day} (Reuters) – {LEAD}\n\n{MORE}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [LEAD, MORE]
    assert article.metadata.dateline == "HÀ NỘI"
    assert article.metadata.outlet == "Reuters"


def test_a_translated_wire_credit_names_the_reporter_not_a_paragraph():
    credit = "Báo cáo của Phuong Nguyen; Chỉnh sửa bởi Kanupriya Kapoor"
    standards = "Tiêu chuẩn của chúng tôi: Các Nguyên tắc Tin cậy của Thomson Reuters."
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{credit}\n\n{standards}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [LEAD, MORE]
    assert article.author == "Phuong Nguyen"
    assert reasons(article)[credit] == "wire credits"
    assert reasons(article)[standards] == "standards note"


@pytest.mark.parametrize(
    "prompt",
    [
        "Đăng ký ngay bây giờ để truy cập miễn phí không giới hạn vào Reuters.com",
        "Register now for FREE unlimited access to Reuters.com",
    ],
)
def test_a_registration_prompt_above_the_story_is_no_headline(prompt):
    text = f"{HEAD}\n\n{prompt}\n\n{LEAD}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.title == HEAD
    assert reasons(article)[prompt] == "paywall"


def test_a_korean_login_prompt_under_the_story_is_no_paragraph():
    article = article_from_text(
        f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n로그인 후 이용해 주세요\n"
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize("line", ["Đường dây nóng: 0909645589.", "Phóng sự ảnh"])
def test_a_hotline_and_a_photo_report_label_are_no_paragraphs(line):
    article = article_from_text(f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{line}\n")
    assert paragraphs(article) == [LEAD, MORE]


def test_a_picture_credited_as_taken_from_another_site_is_a_caption():
    caption = "Người thân nghẹn ngào bên di ảnh của anh. (Ảnh qua example.net)"
    article = article_from_text(f"{HEAD}\n\n{LEAD}\n\n{caption}\n\n{MORE}\n")
    assert paragraphs(article) == [LEAD, MORE]
    assert captions(article) == [caption]


def test_a_korean_lead_names_a_paper_whose_name_ends_in_no_papers_word():
    text = f"{KO_HEAD}\n\n[대전=예시트리 홍길동 기자] {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.outlet == "예시트리"
    assert article.author == "홍길동"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


def test_a_country_before_the_reporter_is_no_paper():
    text = f"{KO_HEAD}\n\n[하노이=베트남 홍길동 기자] {KO_STORY}\n\n{KO_MORE}\n"
    assert article_from_text(text).metadata.outlet != "베트남"


def test_a_section_named_like_a_paper_loses_to_the_copyright_line():
    text = (
        f"종합뉴스\n\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n"
        "저작권자 예시일보 무단전재 및 재배포 금지\n"
    )
    assert article_from_text(text).metadata.outlet == "예시일보"


def test_a_papers_name_in_letters_and_hangul_in_brackets_is_no_part_of_it():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n저작권자 © 예시뉴스(win뉴스) 무단전재 및 재배포 금지\n"
    assert article_from_text(text).metadata.outlet == "예시뉴스"


@pytest.mark.parametrize(
    "word",
    [
        "경제부",
        "정치부",
        "디지털뉴스부",
        "공동취재단",
        "본지",
        "현지",
        "한인회",
        "한국무역협회",
    ],
)
def test_a_desk_or_the_paper_itself_before_the_reporter_is_no_paper(word):
    text = f"{KO_HEAD}\n\n[세종={word} 홍길동 기자] {KO_STORY}\n\n{KO_MORE}\n"
    article = article_from_text(text)
    assert article.metadata.outlet != word
    assert article.author == "홍길동"


def test_a_vietnamese_day_no_calendar_has_gives_no_month_and_day():
    from dossier.clean.datelines import dateline
    from dossier.clean.metadata import outlets

    found = dateline(f"HÀ NỘI, ngày 41 tháng 4 (Reuters) – {LEAD}", outlets())
    assert found.place == "HÀ NỘI" and found.month_day is None
    found = dateline(f"HÀ NỘI, ngày 16 tháng 2 (Reuters) – {LEAD}", outlets())
    assert found.month_day == (2, 16)


def test_a_paper_whose_name_ends_in_korea_is_a_paper():
    text = f"{KO_HEAD}\n\n[하노이=데일리한국 홍길동 기자] {KO_STORY}\n\n{KO_MORE}\n"
    assert article_from_text(text).metadata.outlet == "데일리한국"
