"""An aggregator's credit over a carried story: the paper's name printed twice, run
together, then the date ("Báo Mẫu HìnhBáo Mẫu Hình21/02/2024"): the story's outlet."""

from __future__ import annotations

from builders import MORE, STORY
from dossier.clean.cleaning import clean
from dossier.clean.doubled_sources import doubled_source
from dossier.clean.metadata import outlets
from dossier.model import PARAGRAPH, Metadata

HEAD = "Two port cities open a joint office for small firms"
URL = "https://aggregator.example.vn/en/two-port-cities-open-a-joint-office"
OUTLETS = outlets()


def _page(credit: str) -> str:
    return f"{HEAD}\n\n{credit}\n\n{STORY}\n\n{MORE}\n"


def test_a_name_printed_twice_then_a_date_names_the_carried_paper():
    article = clean(
        _page("Báo Sông HồngBáo Sông Hồng14/10/2023"), "x", Metadata(url=URL)
    )
    assert article.metadata.outlet == "Báo Sông Hồng"
    assert article.metadata.published == "2023-10-14"
    assert article.title == HEAD
    assert [p.text for p in article.passages if p.kind == PARAGRAPH] == [STORY, MORE]


def test_an_english_name_run_together_twice_is_read_alike():
    assert doubled_source("Harbour TimesHarbour Times03/02/2024", OUTLETS) == (
        "Harbour Times",
        "2024-02-03",
    )


def test_a_name_twice_with_a_space_between_or_a_date_alone_is_no_credit():
    assert doubled_source("Hà Nội Hà Nội 21/02/2024", OUTLETS) is None
    assert doubled_source("06/06/2025 11:51", OUTLETS) is None
    assert doubled_source("Báo Sông Hồng 14/10/2023", OUTLETS) is None
    article = clean(_page("Hà Nội Hà Nội 21/02/2024"), "x", Metadata(url=URL))
    assert article.metadata.outlet != "Hà Nội"


def _outlet(lines: list[str], url: str) -> str | None:
    page = "\n\n".join([*lines, STORY, MORE]) + "\n"
    article = clean(page, "x", Metadata(url=url))
    assert [p.text for p in article.passages if p.kind == PARAGRAPH] == [STORY, MORE]
    return article.metadata.outlet


def test_a_writers_name_printed_twice_is_no_outlet():
    # an avatar's text, then the writer's name, then the date
    doubled = "Trần Minh ThưTrần Minh Thư21/02/2024 10:30"
    assert _outlet([HEAD, doubled], "https://tuoitre.vn/x-1.htm") == "Tuổi Trẻ News"
    signed = [HEAD, "Mark LeeMark Lee21/02/2024 14:05", "By Mark Lee"]
    assert _outlet(signed, "https://www.koreaherald.com/x-1") == "The Korea Herald"


def test_a_section_or_a_place_printed_twice_is_no_outlet():
    section = [HEAD, "Du lịchDu lịch21/02/2024 08:15"]
    assert _outlet(section, "https://vnexpress.net/x-1.html") == "VnExpress"
    place = [HEAD, "SeoulSeoul21/02/2024"]
    assert _outlet(place, "https://www.koreaherald.com/x-1") == "The Korea Herald"
    masthead = ["Báo Hải Cảng", HEAD, "Đà NẵngĐà Nẵng21/02/2024 10:30"]
    assert _outlet(masthead, "https://haicang.example.vn/x-1") == "Báo Hải Cảng"


def test_a_headline_printed_twice_stays_the_title():
    head = "Busan mở văn phòng tại Đà Nẵng"
    page = f"{head}{head}21/02/2024\n\n{STORY}\n\n{MORE}\n"
    article = clean(page, "x", Metadata(url="https://tuoitre.vn/x-1.htm"))
    assert article.title.startswith(head)
    assert article.metadata.outlet == "Tuổi Trẻ News"


def test_a_listed_paper_printed_twice_reads_as_listed():
    assert doubled_source("VnExpressVnExpress21/02/2024", OUTLETS) == (
        "VnExpress",
        "2024-02-21",
    )
    assert doubled_source("tuoitre.vntuoitre.vn 21/02/2024", OUTLETS) == (
        "Tuổi Trẻ News",
        "2024-02-21",
    )
    # a digit in the name, a dash before the date
    assert doubled_source("Kenh14Kenh14 - 21/02/2024", OUTLETS) == (
        "Kênh 14",
        "2024-02-21",
    )
