"""An aggregator's credit over a carried story: the paper's name printed twice, run
together, then the date ("Báo Mẫu HìnhBáo Mẫu Hình21/02/2024"): the story's outlet."""

from __future__ import annotations

from builders import MORE, STORY
from dossier.clean.cleaning import clean
from dossier.clean.doubled_sources import doubled_source
from dossier.model import PARAGRAPH, Metadata

HEAD = "Two port cities open a joint office for small firms"
URL = "https://aggregator.example.vn/en/two-port-cities-open-a-joint-office"


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
    assert doubled_source("Harbour TimesHarbour Times03/02/2024") == (
        "Harbour Times",
        "2024-02-03",
    )


def test_a_name_twice_with_a_space_between_or_a_date_alone_is_no_credit():
    assert doubled_source("Hà Nội Hà Nội 21/02/2024") is None
    assert doubled_source("06/06/2025 11:51") is None
    assert doubled_source("Báo Sông Hồng 14/10/2023") is None
    article = clean(_page("Hà Nội Hà Nội 21/02/2024"), "x", Metadata(url=URL))
    assert article.metadata.outlet != "Hà Nội"
