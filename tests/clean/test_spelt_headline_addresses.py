"""The headline an address spells (``address_title``): an outlet's own file ending
(".epi", ".vov") is no word of it; a numbered address ("…/words-of-the-headline/
123456.vnp") spells it where its words are a headline's length, and the line may have an
archive's date field run on before it. Texts written for the shapes, never a page's."""

from __future__ import annotations

from builders import LAST, MORE, STORY
from dossier.clean.address_title import address_title

EN_BODY = f"{STORY}\n\n{MORE}\n\n{LAST}\n"
VI_BODY = (
    "Ba trường nghề của tỉnh sẽ gửi giáo viên sang học tập trong năm tới.\n\n"
    "Chương trình do hai bên cùng tài trợ trong ba năm.\n"
)


def test_an_outlets_own_file_ending_is_no_word_of_the_headline():
    headline = "Liên kết đào tạo nghề: kinh nghiệm Hàn Quốc cho các tỉnh miền Trung"
    text = f"{headline}\n\n{VI_BODY}"
    url = "https://lite.example.com/lien-ket-dao-tao-nghe-kinh-nghiem-han-quoc-cho-cac-tinh-mien-trung-c52650001.epi"
    assert address_title(url, text) == headline
    url = "https://radio.example.vn/en/news/lien-ket-dao-tao-nghe-kinh-nghiem-han-quoc-cho-cac-tinh-mien-trung-195396.vov"
    assert address_title(url, text) == headline


def test_a_numbered_address_spells_the_headline_after_an_archives_date():
    text = (
        " date 2019-11-15 Ulsan shipyards train welders from the Mekong Delta\n"
        f"{EN_BODY}"
    )
    url = "https://en.example.vn/ulsan-shipyards-train-welders-from-the-mekong-delta/163001.vnp"
    assert address_title(url, text) == (
        "Ulsan shipyards train welders from the Mekong Delta"
    )
    # a section's name before the number is shorter than a headline: no headline
    assert (
        address_title("https://x.example.vn/tin-tuc-su-kien/12345", "Tin tức sự kiện\n")
        is None
    )


def test_a_vietnamese_section_of_six_syllables_before_a_number_spells_no_headline():
    section = "Người Việt Nam ở nước ngoài"
    text = f"Trang chủ > {section}\n\n{VI_BODY}\n{section} | Tin mới nhất\n"
    url = "https://portal.example.gov.vn/nguoi-viet-nam-o-nuoc-ngoai/12345.htm"
    assert address_title(url, text) is None
    text = f"{VI_BODY}\nChuyên mục: Văn hóa - Thể thao - Du lịch\n"
    url = "https://portal.example.gov.vn/van-hoa-the-thao-du-lich/67890.htm"
    assert address_title(url, text) is None


def test_a_vietnamese_headline_before_a_number_still_spells_it():
    headline = "Ba trường nghề gửi giáo viên sang Hàn Quốc học tập"
    text = f"{VI_BODY}\n{headline}\n"
    url = "https://portal.example.gov.vn/ba-truong-nghe-gui-giao-vien-sang-han-quoc-hoc-tap/67890.htm"
    assert address_title(url, text) == headline


def test_numbers_before_a_story_number_are_no_words_of_a_headline():
    # "2024" and "2025" make seven parts, five of them words: a section's name and year
    url = "https://x.example.com/news/expo-2024-2025-news-of-the-fair/67890.html"
    assert address_title(url, "Expo 2024 2025 news of the fair\n") is None
