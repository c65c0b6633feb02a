"""The outlet table's sites and spellings: a page from a site the table lists gets the
outlet's own name, and a paper whose title is also a common phrase (a ministry's, a
country's "fatherland") is named only by its masthead ("Báo Tổ Quốc"), never by the bare
phrase, which a menu item, a subheading or a sentence uses as often."""

from __future__ import annotations

import pytest
from builders import article_from_text
from dossier.clean.metadata import outlets
from dossier.clean.outlet_lines import outlet_line, site_outlet
from dossier.recognize.variants import outlet_names
from dossier.text import fold


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.ddaily.co.kr/page/view/2020010100000000001", "디지털데일리"),
        ("https://dgmbc.com/NewsArticle/1", "대구MBC"),
        ("https://www.busanmbc.co.kr/article/1", "부산MBC"),
        ("http://m.gtn.co.kr/mobile/news_view.asp?news_seq=1", "여행정보신문"),
        ("https://www.sisunnews.co.kr/news/articleView.html?idxno=1", "시선뉴스"),
        ("https://biz.sbs.co.kr/article/1", "SBS Biz"),  # not SBS's own
        ("https://news.sbs.co.kr/news/1", "Seoul Broadcasting System"),
        ("https://weekly.donga.com/3/all/11/1/1", "주간동아"),
        ("https://kookbang.dema.mil.kr/newsWeb/1/view.do", "국방일보"),
        (
            "https://vietnam.vnanet.vn/vietnamese/tin-van/x-1.html",
            "Vietnam News Agency",
        ),
        ("https://vnanet.vn/vi/anh/x-1.html", "Vietnam News Agency"),
        ("https://dnhq.haiquanonline.com.vn/x-1.html", "Báo Hải quan"),
        ("https://nongnghiepmoitruong.vn/x-d1.html", "Báo Nông nghiệp và Môi trường"),
        ("https://daibieunhandan.vn/x-1", "Báo Đại biểu Nhân dân"),
        ("https://van.nongnghiepmoitruong.vn/x-d1.html", "Vietnam Agriculture"),
        ("https://baobackan.vn/x-1.html", "Báo Bắc Kạn"),
        ("https://mcdn.i-scmp.com/week-asia/x/1", "South China Morning Post"),
        (
            "https://www.universityworldnews.com/post.php?story=1",
            "University World News",
        ),
        ("http://theinvestor.co.kr/view.php?ud=1", "The Investor"),
        ("https://english.news.cn/20240101/x/c.html", "Xinhua"),
    ],
)
def test_a_listed_site_names_its_outlet(url, outlet):
    assert site_outlet(url, outlets()) == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Báo Nông nghiệp và Môi trường", "Báo Nông nghiệp và Môi trường"),
        ("Nguồn: Báo Đại biểu Nhân dân", "Báo Đại biểu Nhân dân"),
        (
            "Copyright © Daegu Munhwa Broadcasting Corporation. All rights reserved.",
            "대구MBC",
        ),
        ("Theo Báo Đại Đoàn Kết", "Báo Đại Đoàn Kết"),
    ],
)
def test_a_line_naming_a_new_outlet_alone_names_it(line, outlet):
    assert outlet_line(line, outlets()) == outlet


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ Nông nghiệp và Môi trường cho biết xuất khẩu tôm sang Hàn Quốc tăng.",
        "Phụ nữ Việt Nam tại Hàn Quốc tham gia lễ hội văn hóa.",
        "Theo Bộ Tài nguyên và Môi trường, dự án sẽ được khởi công.",
        "Công lý cho người lao động là điều quan trọng.",
        "Tổ Quốc luôn ở trong trái tim kiều bào tại Seoul.",
        "38 North Korean defectors arrived in Seoul via Vietnam.",
        "Nhà đầu tư Hàn Quốc rót vốn vào Bắc Ninh.",
    ],
)
def test_a_common_phrase_in_a_sentence_names_no_outlet(sentence):
    assert outlets().named_in(sentence) is None


VI_HEAD = "Hai tỉnh ký kết hợp tác đào tạo nghề cho thanh niên"
VI_STORY = (
    "Sáng 3/5, tại thành phố, lãnh đạo hai tỉnh đã ký biên bản ghi nhớ về hợp tác "
    "đào tạo nghề cho thanh niên trong giai đoạn tới."
)
VI_MORE = (
    "Mỗi năm hai bên sẽ cử các đoàn giáo viên sang trao đổi kinh nghiệm và tổ chức "
    "các lớp học ngắn hạn tại trường cao đẳng nghề của tỉnh."
)


@pytest.mark.parametrize(
    ("menu", "url", "outlet"),
    [
        # a menu's items are the site's sections, never another outlet's masthead
        (
            "Trang chủ\nGiới thiệu\nNhà đầu tư\nLiên hệ",
            "https://baodautu.vn/x-d1.html",
            "Báo Đầu tư",
        ),
        (
            "Trang chủ\nNgười cao tuổi\nSức khỏe",
            "https://dantri.com.vn/x-1.htm",
            "Dân Trí",
        ),
        (
            "Trang chủ\nTài nguyên & Môi trường\nKinh tế",
            "https://www.vietnamplus.vn/x-1.vnp",
            "VietnamPlus",
        ),
        (
            "Trang chủ\nCông lý\nPháp luật",
            "https://www.vietnamplus.vn/x-1.vnp",
            "VietnamPlus",
        ),
    ],
)
def test_a_menu_item_that_is_a_common_phrase_names_no_outlet(menu, url, outlet):
    text = f"{menu}\n\n{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n"
    assert article_from_text(text, url=url).metadata.outlet == outlet


@pytest.mark.parametrize(
    "heading",
    ["Tổ quốc", "Phụ nữ Việt Nam", "Đại đoàn kết", "Nông nghiệp và Môi trường"],
)
def test_a_subheading_that_is_a_common_phrase_stays_in_the_story(heading):
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{heading}\n\n{VI_MORE}\n"
    article = article_from_text(text)
    assert [p.text for p in article.passages][1:] == [VI_STORY, heading, VI_MORE]
    assert article.metadata.outlet is None


@pytest.mark.parametrize("line", ["TBC", "MTN"])
def test_a_short_abbreviation_that_is_a_word_alone_names_no_outlet(line):
    assert outlet_line(line, outlets()) is None


def test_no_common_phrase_is_a_spelling_the_matcher_blocks():
    blocked = set(outlet_names())
    for phrase in (
        "tổ quốc",
        "nhà đầu tư",
        "công lý",
        "phụ nữ việt nam",
        "đại đoàn kết",
    ):
        assert fold(phrase) not in blocked
