"""A line that is only a source's credit ("(Source: X)", "(Nguồn: X)") names the story's
source only when a story paragraph stands above it, set off by a blank line, and no story
line comes next; right under a picture's caption it is the picture's credit, whatever
follows it, and it never overrides the listed outlet whose own site the page is on."""

from __future__ import annotations

import pytest
from dossier.clean.cleaning import clean
from dossier.clean.credited_outlets import only_in_credits
from dossier.clean.metadata import outlets
from dossier.model import Metadata

EN = (
    "Vietnam and South Korea agreed on Tuesday to double their trade to 150 billion "
    "dollars by 2030, the two leaders said after talks in Hanoi.\n\n"
    "The deal covers semiconductors, batteries and green energy, and opens a new credit "
    "line for small firms in both countries, officials said.\n"
)
CAP = "Workers assemble phones at a factory in Bac Ninh province, northern Vietnam."
MORE = (
    "Semiconductors made up a third of the trade last year, and both sides expect that "
    "share to grow as new plants open in the north."
)
RELATED = (
    "Korean electronics makers plan to open three more plants in the northern "
    "provinces of Vietnam before the end of next year"
)
EN_URL = "https://e.vnexpress.net/news/business/vietnam-korea-aim-to-double-trade-4712345.html"
EN_HEAD = "Vietnam, Korea aim to double trade by 2030\n\n"

VI = (
    "Việt Nam và Hàn Quốc hôm thứ Ba đồng ý tăng gấp đôi kim ngạch thương mại lên 150 tỷ "
    "USD vào năm 2030, lãnh đạo hai nước cho biết sau hội đàm tại Hà Nội.\n\n"
    "Thỏa thuận bao gồm bán dẫn, pin và năng lượng xanh, đồng thời mở một hạn mức tín "
    "dụng mới cho doanh nghiệp nhỏ của cả hai nước.\n"
)
CAP_VI = "Công nhân lắp ráp điện thoại tại một nhà máy ở Bắc Ninh."
RELATED_VI = (
    "Các doanh nghiệp điện tử Hàn Quốc dự kiến mở thêm ba nhà máy ở các tỉnh phía Bắc "
    "trước cuối năm sau"
)
VI_URL = "https://vnexpress.net/viet-nam-han-quoc-dat-muc-tieu-4712345.html"
VI_HEAD = "Việt Nam, Hàn Quốc đặt mục tiêu tăng gấp đôi thương mại\n\n"

UNDER_PICTURES = [
    f"{CAP}\n(Source: Reuters)\nBy Jane Roe\n\n{EN}",
    f"{CAP}\n(Source: Reuters)\nHANOI, June 3\n\n{EN}",
    f"{CAP}\n(Source: Reuters)\nVietnam and Korea signed the deal on Tuesday.\n\n{EN}",
    f"{EN}\n{CAP}\n(Source: Reuters)\n\nChips lead the way\n\n{MORE}\n",
    f"{EN}\n{CAP}\n(Source: Reuters)\nAdvertisement\n{MORE}\n",
    f"{EN}\n{CAP}\n(Source: Reuters)\nA container ship at Hai Phong port.\n"
    f"(Source: AFP)\n\n{MORE}\n",
    f"{EN}\n{CAP}\n(Source: Reuters)\n\nRelated news\n\n{RELATED}\n",
    f"{EN}\n{CAP}\n(Source: Reuters)\n\nNewsletter\n\nSign up for our daily newsletter "
    "to get the latest business news from Vietnam delivered to your inbox every morning.\n",
]
UNDER_PICTURES_VI = [
    f"{VI}\n{CAP_VI}\n(Nguồn: TTXVN)\n\nTin liên quan\n\n{RELATED_VI}\n",
    f"{VI}\n{CAP_VI}\nNguồn: TTXVN\n\nBán dẫn dẫn đầu\n\n"
    "Bán dẫn chiếm một phần ba kim ngạch năm ngoái và hai bên kỳ vọng tỷ trọng này "
    "sẽ tăng khi các nhà máy mới đi vào hoạt động.\n",
    f"{CAP_VI}\n(Nguồn: TTXVN)\n(PLO) - Hai nước ký thỏa thuận hôm thứ Ba.\n\n{VI}",
]


@pytest.mark.parametrize("body", UNDER_PICTURES)
def test_a_source_credit_under_a_caption_gives_way_to_the_site(body):
    article = clean(EN_HEAD + body, "seeds/x.txt", Metadata(url=EN_URL))
    assert article.metadata.outlet == "VnExpress International"
    assert only_in_credits("Reuters", body, outlets())


@pytest.mark.parametrize("body", UNDER_PICTURES_VI)
def test_a_vietnamese_source_credit_under_a_caption_gives_way_to_the_site(body):
    article = clean(VI_HEAD + body, "seeds/x.txt", Metadata(url=VI_URL))
    assert article.metadata.outlet == "VnExpress"
    assert only_in_credits("Vietnam News Agency", body, outlets())


def test_a_source_line_under_the_story_never_overrides_a_listed_site():
    body = f"{EN}\n(Source: Reuters)\n\nOur Services\n\n{RELATED}.\n"
    article = clean(EN_HEAD + body, "seeds/x.txt", Metadata(url=EN_URL))
    assert article.metadata.outlet == "VnExpress International"


def test_a_source_line_set_off_under_the_story_names_its_source():
    body = f"{EN}\n(Source: Reuters)\n\nOur Services\n\n{RELATED}.\n"
    assert not only_in_credits("Reuters", body, outlets())
    spaced = f"{EN}\n\n   (Nguồn: TTXVN)   \n\nTin liên quan\n"
    assert not only_in_credits("Vietnam News Agency", spaced, outlets())


# a credit between story paragraphs: a picture with no caption, a chart the paragraph
# above describes, a quote box; the story goes on under it
INSIDE_THE_STORY = [
    f"{EN}\n(Source: Reuters)\n\n{MORE}\n",
    f"{EN}\n“We will double our trade, and we will do it together, with our firms and our "
    f"workers leading the way.”\n\n(Source: Reuters)\n\n{MORE}\n",
]
OTHER_URL = "https://www.asiabiz.example.com/vietnam-korea-aim-to-double-trade/"


@pytest.mark.parametrize("body", INSIDE_THE_STORY)
def test_a_source_credit_with_the_story_going_on_under_it_is_a_picture_s(body):
    assert only_in_credits("Reuters", body, outlets())
    article = clean(EN_HEAD + body, "seeds/x.txt", Metadata(url=OTHER_URL))
    assert article.metadata.outlet != "Reuters"
    assert sum(p.kind == "paragraph" for p in article.passages) >= 3


def test_a_vietnamese_source_credit_inside_the_story_is_a_picture_s():
    body = f"{VI}\nNguồn: TTXVN\n\n{RELATED_VI}\n"
    assert only_in_credits("Vietnam News Agency", body, outlets())
