"""An unlisted site the page never names: the outlet is the name its address spells in
words ("Người Quan Sát" for an address "nguoiquansat"), for the editor to confirm, where
the page bears the words out; else the address itself."""

from __future__ import annotations

import pytest
from builders import MORE, STORY
from dossier.clean.address_words import best_split, is_syllable, page_words, spelt_site
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
    "Văn phòng sẽ giúp doanh nghiệp hai bên tìm đối tác và dịch hợp đồng. Công an "
    "tỉnh, ngân hàng và các thương hiệu văn hóa cùng tham gia. Samsung cho biết.\n"
)


def syllables_only(piece: str) -> tuple[int, int] | None:
    return (0, 0) if is_syllable(piece) else None


@pytest.mark.parametrize(
    ("label", "syllables"),
    [
        ("nguoiquansat", ["nguoi", "quan", "sat"]),
        ("baoquangngai", ["bao", "quang", "ngai"]),
        # the spelling decides where a syllable ends: "ngh" only before e, i
        ("doanhnghiephoinhap", ["doanh", "nghiep", "hoi", "nhap"]),
        ("quyetthang", ["quyet", "thang"]),
        ("tiengdan", ["tieng", "dan"]),
        ("webnews", None),  # no Vietnamese syllables
        ("jjan", None),
        # two ways to split it, and nothing to choose by: none
        ("nganhang", None),
    ],
)
def test_a_labels_vietnamese_syllables(label, syllables):
    assert best_split(label, syllables_only) == syllables


@pytest.mark.parametrize(
    "piece", ["ngha", "nge", "ce", "ka", "quu", "lyen", "truo", "o", "y"]
)
def test_what_vietnamese_spelling_never_writes_is_no_syllable(piece):
    assert not is_syllable(piece)


@pytest.mark.parametrize(
    ("label", "vietnamese_site", "text", "name"),
    [
        # the marks come back where the page writes the syllables, two or more in a row
        ("baoquangngai", True, VIETNAMESE_PAGE, "Báo Quảng Ngãi"),
        ("baoquangngai", True, "Tin tức trong ngày.", "Báo Quang Ngai"),
        # a syllable the page never writes in such a run: no marks at all, not half
        ("laodongthudo", True, "Người lao động đến Thủ Đức.", "Lao Dong Thu Do"),
        ("tapchicongthuong", True, "Tin tức.", "Tạp chí Cong Thuong"),
        # where a label splits two ways, the way the page writes its syllables
        ("vanhoa", True, VIETNAMESE_PAGE, "Văn Hóa"),
        ("congan", True, VIETNAMESE_PAGE, "Công An"),
        ("thoibaonganhang", True, VIETNAMESE_PAGE, "Thoi Bao Ngan Hang"),
        (  # "thi truong", not "thit ruong": the page writes "thị trường"
            "thitruonghanghoa",
            True,
            "Giá cả thị trường và hàng hóa tăng.",
            "Thị Trường Hàng Hóa",
        ),
        ("quochoi", True, "Đoàn đại biểu Quốc hội thăm Seoul.", "Quốc Hội"),
        # English words of the page, or of outlets' names; small words in lower case
        (
            "hollywoodreporter",
            False,
            "Hollywood studios buy a Korean drama.",
            "Hollywood Reporter",
        ),
        ("travelandtravel", False, "Travel and more.", "Travel and Travel"),
        ("thegulfobserver", False, "The Gulf states sent envoys.", "The Gulf Observer"),
        # a word the page writes only in capitals, a word with digits in it
        ("vccinews", False, "The VCCI said exports rose.", "VCCI News"),
        ("vietnam-b2b", False, "Firms met.", "Vietnam B2B"),
        # a Vietnamese page on a site outside .vn: syllables and English words together
        ("xinchaokorea", False, "Xin chào các bạn ở Korea Town.", "Xin Chào Korea"),
        # the English page of a Vietnamese site that writes most of the syllables
        (
            "baobacgiang",
            True,
            "Bac Giang province hosts a Korean trade fair.",
            "Báo Bac Giang",
        ),
    ],
)
def test_the_name_a_label_spells(label, vietnamese_site, text, name):
    assert spelt_site(label, vietnamese_site, page_words(text)) == name


@pytest.mark.parametrize(
    ("label", "vietnamese_site", "text"),
    [
        ("verdict", False, PAGE),  # one word: the address as it is
        ("sports247", False, PAGE),  # digits, no hyphen: where does a word end?
        ("gappingworld", False, PAGE),  # a word neither the page nor outlets' have
        ("jjan", True, PAGE),
        ("nguoiquansat", False, PAGE),  # Vietnamese syllables only on a Vietnamese site
        # the English page of a Vietnamese site that never writes the syllables
        ("hanbit", True, PAGE),
        # a brand the page writes whole is no syllables
        ("samsung", True, VIETNAMESE_PAGE),
        # short sounds the page does not write: a brand's, not a Vietnamese name
        ("lotte", True, VIETNAMESE_PAGE),
        ("sabeco", True, VIETNAMESE_PAGE),
        # English words the page has, but no outlet's words among them
        ("expertsexchange", False, "An expert saw the sex change."),
        # the page's "xyz.com" is no evidence that "xyz" is a word
        ("gappingworld", False, "Read more on gappingworld.com and gapping.com."),
    ],
)
def test_a_label_the_page_does_not_bear_out_spells_no_name(
    label, vietnamese_site, text
):
    assert spelt_site(label, vietnamese_site, page_words(text)) is None


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        # the site's own label is the one before the ending: here "example"
        (
            "https://baoquangngai.example.vn/tin/1.html",
            VIETNAMESE_PAGE,
            "Example",
        ),
        ("https://en.baoquangngai.vn/news/1.html", VIETNAMESE_PAGE, "Báo Quảng Ngãi"),
        ("https://www.retailnews.asia/a-1", PAGE, "Retail News"),
        ("https://nguoiquansat.vn./a", VIETNAMESE_PAGE, "Nguoi Quan Sat"),  # a root dot
        # a place's own portal: the place is no outlet
        ("https://www.hanoi.vn/tin/1", VIETNAMESE_PAGE, "hanoi.vn"),
        # else the site's label read as a name, for the editor to confirm
        ("https://verdict.co.uk/a", PAGE, "Verdict"),
        ("https://www.gappingworld.com/1", PAGE, "Gapping World"),
        ("https://news.samsung.com/vn/1", VIETNAMESE_PAGE, "Samsung"),
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
        ("(PNTĐ) - ", "https://baophunuthudo.vn/van-hoa/1.html", "Báo Phụ Nữ Thủ Đô"),
        # the initials with the kind's "Báo" in them
        ("(BPNTĐ) - ", "https://baophunuthudo.vn/van-hoa/1.html", "Báo Phụ Nữ Thủ Đô"),
        # a site outlets.yml lists: its own name, whatever the initials
        ("(TN) - ", "https://thanhnien.vn/a-1.htm", "Thanh Niên"),
        (
            "(TN&MT) - ",
            "https://baotainguyenmoitruong.vn/1.html",
            "Báo Tài nguyên và Môi trường",
        ),
        # another outlet's initials on a listed site: that outlet
        ("(AFP) - ", "https://tuoitre.vn/a-1.htm", "AFP"),
        # initials of another name: the tag's own
        ("(QBĐT) - ", "https://baophunuthudo.vn/van-hoa/1.html", "QBĐT"),
    ],
)
def test_an_outlets_initials_are_the_name_its_address_spells(tag, url, outlet):
    story, more = VIETNAMESE_PAGE.split("\n\n")[1:3]
    more = f"Hội Phụ nữ Thủ đô và ngành tài nguyên, môi trường dự. {more}"
    text = f"Hai thành phố mở văn phòng chung\n\n{tag}{story}\n\n{more}"
    article = clean(text, "seeds/x.txt", Metadata(url=url))
    assert article.metadata.outlet == outlet
    assert article.passages[1].text == story


def test_the_page_words_leave_out_its_web_and_mail_addresses():
    words = page_words(
        "Source: xyzdaily.com (https://www.xyzdaily.com/a/1), write to desk@xyzdaily.com"
        " or call the Xyz Daily desk; version 2.0 and U.S. figures stay."
    )
    assert "xyzdaily" not in words.folded and "desk" in words.folded
    assert {"xyz", "daily", "version", "figures"} <= set(words.folded)


def test_a_long_word_with_an_address_after_it_is_left_out_whole():
    words = page_words("Head\n\u201c" + "a" * 20_000 + "@example.org and more")
    assert words.written == ("Head", "and", "more")
