"""The outlet table's sites and spellings: a page from a site the table lists gets the
outlet's own name, and a name that is also a common phrase (a ministry's, a country's
"fatherland") is read only where it stands alone, never inside a sentence."""

from __future__ import annotations

import pytest
from dossier.clean.metadata import outlets
from dossier.clean.outlet_lines import outlet_line, site_outlet


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
        ("https://vietnam.vnanet.vn/vietnamese/tin-van/x-1.html", "Vietnam Pictorial"),
        ("https://vnanet.vn/vi/anh/x-1.html", "Vietnam News Agency"),
        ("https://dnhq.haiquanonline.com.vn/x-1.html", "Báo Hải quan"),
        ("https://nongnghiepmoitruong.vn/x-d1.html", "Nông nghiệp và Môi trường"),
        ("https://van.nongnghiepmoitruong.vn/x-d1.html", "Vietnam Agriculture"),
        ("https://daibieunhandan.vn/x-1", "Đại biểu Nhân dân"),
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
        ("Báo Nông nghiệp và Môi trường", "Nông nghiệp và Môi trường"),
        ("Nông nghiệp và Môi trường", "Nông nghiệp và Môi trường"),  # its masthead
        ("Nguồn: Báo Đại biểu Nhân dân", "Đại biểu Nhân dân"),
        (
            "Copyright © Daegu Munhwa Broadcasting Corporation. All rights reserved.",
            "대구MBC",
        ),
        ("Theo Báo Tổ Quốc", "Tổ Quốc"),
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
