"""An outlet named in another of its spellings: a Vietnamese paper's English edition by
its English name ("Thai Nguyen Newspaper" is "Báo Thái Nguyên"), a listed name with "The"
before it, and the national papers whose names join two words with "và" or "&" while
their addresses leave it out."""

from __future__ import annotations

import pytest
from dossier.clean.cleaning import clean
from dossier.clean.metadata import outlets
from dossier.clean.outlet_lines import site_outlet
from dossier.model import Metadata


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Thai Nguyen Newspaper", "Báo Thái Nguyên"),  # the English edition's name
        ("Hoa Binh Newspaper", "Báo Hòa Bình"),
        ("The World & Vietnam Report", "Báo Quốc tế"),  # listed without "The"
        ("Thế giới & Việt Nam", "Báo Quốc tế"),  # its name until 2023
        (
            "Communist Party of Vietnam Online Newspaper",
            "Báo điện tử Đảng Cộng sản Việt Nam",
        ),
        ("Vietnam Newspaper", None),  # a country, no province's paper
        ("People Newspaper", None),
    ],
)
def test_an_outlet_is_found_by_its_other_names(name, outlet):
    assert outlets().find(name) == outlet


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://khoahocphattrien.vn/su-kien/x-1.htm", "Khoa học và Phát triển"),
        ("https://doanhnghiephoinhap.vn/x-80864.html", "Doanh nghiệp và Hội nhập"),
        ("https://dantocmiennui.vn/x/1811.html", "Dân tộc và Miền núi"),
        (
            "http://www.koreabiomed.com/news/articleView.html?idxno=1",
            "Korea Biomedical Review",
        ),
    ],
)
def test_a_paper_named_with_and_is_read_from_its_address(url, outlet):
    assert site_outlet(url, outlets()) == outlet


@pytest.mark.parametrize(
    ("tag", "url", "outlet"),
    [
        (
            "(ĐS&PL) - ",
            "https://doisongphapluat.com.vn/a1.html",
            "Đời sống & Pháp luật",
        ),
        ("(GD&TĐ) - ", "https://giaoducthoidai.vn/a-post1.html", "Giáo dục & Thời đại"),
        # another listed paper's tag: that paper, by its listed name
        ("(GD&TĐ) - ", "https://thanhnien.vn/a-1.htm", "Giáo dục & Thời đại"),
    ],
)
def test_a_tag_of_initials_joined_by_and_is_the_name_the_address_gives(
    tag, url, outlet
):
    """ "(ĐS&PL) -": the initials of a name whose "&" (or "và") has none of its own."""
    head = "Hai thành phố mở văn phòng chung"
    story = (
        "Hà Nội và Seoul đã ký thỏa thuận hợp tác về giao thông đô thị vào sáng nay."
    )
    more = "Hai bên cũng thống nhất trao đổi đoàn công tác trong năm tới để triển khai."
    article = clean(f"{head}\n\n{tag}{story}\n\n{more}\n", "x.txt", Metadata(url=url))
    assert article.metadata.outlet == outlet


@pytest.mark.parametrize("credit", ["TTXVN/Vietnam+", "TTXVN/VietnamPlus"])
def test_the_agency_s_site_credited_in_vietnamese_is_its_site(credit):
    """ "(TTXVN/Vietnam+)", as "(VNA/VietnamPlus)" in English: the agency's site."""
    story = (
        "Hai tỉnh đã ký thỏa thuận hợp tác đào tạo nghề cho thanh niên vào sáng thứ "
        "Hai, các quan chức cho biết.\n\nTrung tâm sẽ nhận bốn mươi học viên mỗi năm.\n"
    )
    text = f"Hai tỉnh mở trung tâm đào tạo nghề\n\nMai Lan ({credit})| 23/06/2023\n\n{story}"
    article = clean(
        text, "seeds/x.txt", Metadata(url="https://example-tinh.vn/a-1.html")
    )
    assert article.metadata.outlet == "VietnamPlus"


def test_the_agency_alone_is_the_agency():
    assert outlets().find("TTXVN") == "Vietnam News Agency"
