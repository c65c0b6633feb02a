"""A site's label read as a name, for a page that names its outlet nowhere."""

import pytest
from dossier.clean.label_name import label_name
from dossier.clean.languages import is_latin_story
from dossier.clean.metadata import outlets
from dossier.clean.site_names import address_outlet


@pytest.mark.parametrize(
    ("label", "vietnamese", "korean", "name"),
    [
        # common English words
        ("apparelresources", False, False, "Apparel Resources"),
        ("humanrightspulse", False, False, "Human Rights Pulse"),
        ("7msportnews", False, False, "7m Sport News"),  # a word with digits kept
        ("oled-info", False, False, "Oled Info"),  # a hyphen parts two words
        ("lngprime", False, False, "LNG Prime"),  # no vowel: capitals
        # a cut leaving a short rare piece is no split
        ("evertiq", False, False, "Evertiq"),
        ("etsujin", False, False, "Etsujin"),
        ("smoney", False, False, "Smoney"),
        # a short label alone: initials
        ("tcn", True, False, "TCN"),
        ("vufo", True, False, "VUFO"),
        # Vietnamese syllables on a Vietnamese site, an English word among them
        ("giaoducthoidai", True, False, "Giao Duc Thoi Dai"),
        ("hanoionline", True, False, "Hanoi Online"),
        ("bongdanet", True, False, "Bong Da Net"),
        # a vowel and a final alone is too weak a cut: no "Vi Ip Ip"
        ("tdmuip", True, False, "Tdmuip"),
        # no syllables off a Vietnamese site
        ("ngoisao", False, False, "Ngoisao"),
        # a word of the corpus is a brand, whole: no "Sam Sung", "Lot Te"
        ("samsung", True, False, "Samsung"),
        ("lotte", True, False, "Lotte"),
        # syllables two ways ("quoc hoi", "quo choi"): whole, and no English words either
        ("quochoi", True, False, "Quochoi"),
        # small English words inside a name in lower case
        ("travelandtourworld", False, False, "Travel and Tour World"),
        # a Korean page's label is romanised Korean: never English words
        ("gunchinews", False, True, "Gunchinews"),
        ("gunchinews", False, False, "Gun Chi News"),
    ],
)
def test_a_label_read_as_a_name(label, vietnamese, korean, name):
    assert label_name(label, vietnamese, korean) == name


def test_a_page_in_korean():
    assert not is_latin_story("베트남 치과의사들이 한국을 방문했다. (Seoul)")
    assert is_latin_story("Vietnamese dentists visited Seoul. 건치신문")
    assert is_latin_story("")


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        (
            "https://gamchinews.com/a/1",
            "베트남 치과의사들이 한국을 방문했다.",
            "Gamchinews",
        ),
        # a place's own portal keeps its address: the place is no outlet
        ("https://www.hanoi.vn/tin/1", "Hà Nội tiếp đoàn Hàn Quốc.", "hanoi.vn"),
        # a section's sub-domain on such a site: the site, not the section's letters
        ("https://abc.hanoi.vn/ko/1", "하노이 대표단이 서울을 찾았다.", "hanoi.vn"),
        ("https://en.hanoi.com.vn/1", "Hanoi welcomed the delegation.", "hanoi.com.vn"),
        # an organisation's own site under a place's: its whole address
        (
            "https://mylib.seoul.kr/board/1",
            "서울 도서관이 문을 열었다.",
            "mylib.seoul.kr",
        ),
        (
            "https://hanbit.busan.kr/news/1",
            "부산 대표단이 하노이를 찾았다.",
            "hanbit.busan.kr",
        ),
        (
            "https://abc.busan.kr/news/1",
            "부산 대표단이 하노이를 찾았다.",
            "abc.busan.kr",
        ),
        (
            "https://thcs-hoanglong.hanoi.edu.vn/tin/1",
            "Trường đón đoàn học sinh Hàn Quốc.",
            "thcs-hoanglong.hanoi.edu.vn",
        ),
        (
            "https://vietkorea.danang.vn/1",
            "Đà Nẵng đón đoàn Hàn Quốc.",
            "vietkorea.danang.vn",
        ),
        (
            "https://koreatown.hanoi.com/1",
            "Hanoi welcomed the delegation.",
            "koreatown.hanoi.com",
        ),
        # a page in Vietnamese off a Vietnamese site: no "Sam Sung"
        ("https://news.samsung.com/vn/1", "Samsung mở rộng nhà máy.", "Samsung"),
        ("https://blog.naver.com/x/1", "Korea and Vietnam signed.", None),  # a platform
        # words the page writes only in capitals keep them
        ("https://mekongasean.vn/a", "ASEAN and KOTRA met in Hanoi.", "Mekong ASEAN"),
        ("https://www.kotra.or.kr/a", "ASEAN and KOTRA met in Hanoi.", "KOTRA"),
        # no letters, or a small word: no name in words, the address
        ("https://123.com/a", "Korea and Vietnam signed.", "123.com"),
        ("https://the.com/a", "Korea and Vietnam signed.", "the.com"),
    ],
)
def test_an_address_read_as_its_outlet(url, text, outlet):
    assert address_outlet(url, text, outlets()) == outlet
