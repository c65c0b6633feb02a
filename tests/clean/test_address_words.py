"""An unlisted site the page never names: the outlet is the name its address spells in
words ("Người Quan Sát" for an address "nguoiquansat"), for the editor to confirm, and
the address itself only when its label does not split whole into words."""

from __future__ import annotations

import pytest
from builders import MORE, STORY
from dossier.clean.address_words import is_syllable, spelt_site, split_label
from dossier.clean.cleaning import clean
from dossier.clean.metadata import outlets
from dossier.clean.site_names import address_outlet
from dossier.model import Metadata

HEAD = "Two port cities open a joint office for small firms"
PAGE = f"{HEAD}\n\n{STORY}\n\n{MORE}\n"
VIETNAMESE_PAGE = (
    "Hai thành phố mở văn phòng chung cho doanh nghiệp nhỏ\n\n"
    "Lãnh đạo tỉnh Quảng Ngãi và thành phố Changwon đã ký biên bản ghi nhớ hợp tác "
    "về đào tạo nghề cho lao động trẻ trong hai năm tới.\n\n"
    "Văn phòng sẽ giúp doanh nghiệp hai bên tìm đối tác và dịch hợp đồng.\n"
)


@pytest.mark.parametrize(
    ("label", "syllables"),
    [
        ("nguoiquansat", ["nguoi", "quan", "sat"]),
        ("baoquangngai", ["bao", "quang", "ngai"]),
        # the spelling decides where a syllable ends: "ngh" only before e, i
        ("thitruonghanghoa", ["thi", "truong", "hang", "hoa"]),
        ("doanhnghiephoinhap", ["doanh", "nghiep", "hoi", "nhap"]),
        ("quyetthang", ["quyet", "thang"]),
        ("kienthuc", ["kien", "thuc"]),
        ("webnews", None),  # no Vietnamese syllables
        ("jjan", None),
    ],
)
def test_a_labels_vietnamese_syllables(label, syllables):
    assert split_label(label, is_syllable) == syllables


@pytest.mark.parametrize("piece", ["ngha", "nge", "ce", "ka", "quu", "lyen", "truo"])
def test_what_vietnamese_spelling_never_writes_is_no_syllable(piece):
    assert not is_syllable(piece)


@pytest.mark.parametrize(
    ("label", "vietnamese", "text", "name"),
    [
        # the marks come back where the page writes the syllables, two or more in a row
        ("baoquangngai", True, VIETNAMESE_PAGE, "Báo Quảng Ngãi"),
        ("baoquangngai", True, "Tin tức trong ngày.", "Báo Quang Ngai"),
        # a syllable the page never writes in such a run: no marks at all, not half
        ("laodongthudo", True, "Người lao động đến Thủ Đức.", "Lao Dong Thu Do"),
        ("tapchicongthuong", True, "Tin tức.", "Tạp chí Cong Thuong"),
        # English words of the page, or of outlets' names; small words in lower case
        (
            "hollywoodreporter",
            False,
            "Hollywood studios buy a Korean drama.",
            "Hollywood Reporter",
        ),
        ("travelandtravel", False, "Travel and more.", "Travel and Travel"),
        # a word the page writes in capitals, a word with digits in it
        ("vccinews", False, "The VCCI said exports rose.", "VCCI News"),
        ("vietnam-b2b", False, "Firms met.", "Vietnam B2B"),
        # a Vietnamese page on a site outside .vn: syllables and English words together
        ("xinchaokorea", True, VIETNAMESE_PAGE, "Xin Chao Korea"),
        # the English page of a Vietnamese site that writes most of the syllables
        (
            "baobacgiang",
            True,
            "Bac Giang province hosts a Korean trade fair.",
            "Báo Bac Giang",
        ),
    ],
)
def test_the_name_a_label_spells(label, vietnamese, text, name):
    assert spelt_site(label, vietnamese, text) == name


@pytest.mark.parametrize(
    ("label", "vietnamese"),
    [
        ("verdict", False),  # one word: the address as it is
        ("sports247", False),  # digits, no hyphen: where does a word end?
        ("4nownews", False),
        ("gappingworld", False),  # a word neither the page nor outlets' names have
        ("jjan", True),
        ("nguoiquansat", False),  # Vietnamese syllables only on a Vietnamese site
        # the English page of a Vietnamese site that never writes the syllables
        ("hanbit", True),
    ],
)
def test_a_label_that_does_not_split_whole_spells_no_name(label, vietnamese):
    assert spelt_site(label, vietnamese, PAGE) is None


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        # the site's own label is the one before the ending: here "example"
        (
            "https://baoquangngai.example.vn/tin/1.html",
            VIETNAMESE_PAGE,
            "baoquangngai.example.vn",
        ),
        ("https://en.baoquangngai.vn/news/1.html", VIETNAMESE_PAGE, "Báo Quảng Ngãi"),
        ("https://www.retailnews.asia/a-1", PAGE, "Retail News"),
        # a place's own portal: the place is no outlet
        ("https://www.hanoi.vn/tin/1", VIETNAMESE_PAGE, "hanoi.vn"),
        ("https://verdict.co.uk/a", PAGE, "verdict.co.uk"),
        ("https://www.gappingworld.com/1", PAGE, "gappingworld.com"),
    ],
)
def test_an_addresss_outlet_spelt_in_words(url, text, outlet):
    assert address_outlet(url, text, outlets()) == outlet


def test_an_article_with_no_outlet_named_takes_the_one_its_address_spells():
    url = "https://nguoiquansat.vn/loat-doanh-nghiep-1.html"
    article = clean(VIETNAMESE_PAGE, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet == "Nguoi Quan Sat"
    assert "outlet" in article.metadata.detected  # for the editor to confirm


def test_a_site_the_page_names_by_its_address_is_spelt_in_words_too():
    text = f"{PAGE}\nSource: breakingtravelnews.com\n"
    article = clean(text, "seeds/x.txt", Metadata())
    assert article.metadata.outlet == "Breaking Travel News"
    # and the line is no story text
    assert all("breakingtravelnews" not in p.text for p in article.passages)


@pytest.mark.parametrize(
    ("tag", "url", "outlet"),
    [
        # the initials the page's tag gives are those of the name its address spells
        ("(PNTĐ) - ", "https://baophunuthudo.vn/van-hoa/1.html", "Báo Phu Nu Thu Do"),
        (
            "(TN&MT) - ",
            "https://baotainguyenmoitruong.vn/1.html",
            "Báo Tai Nguyen Moi Truong",
        ),
        # initials of another name: the tag's own
        ("(QBĐT) - ", "https://baophunuthudo.vn/van-hoa/1.html", "QBĐT"),
    ],
)
def test_an_outlets_initials_are_the_name_its_address_spells(tag, url, outlet):
    story, more = VIETNAMESE_PAGE.split("\n\n")[1:3]
    text = f"Hai thành phố mở văn phòng chung\n\n{tag}{story}\n\n{more}"
    article = clean(text, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet == outlet
    assert article.passages[1].text == story
