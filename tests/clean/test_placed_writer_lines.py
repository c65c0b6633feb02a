"""A Vietnamese page's writers in capitals, joined by a dash, then where they wrote from
in brackets ("(TỪ BUSAN, HÀN QUỐC)": from …) and the paper the copy is from ("Theo …"),
then the time and date: the line is the byline and the date, no dateline and no story
paragraph."""

from __future__ import annotations

import pytest
from dossier.clean.cleaning import clean
from dossier.model import Metadata

STORY = (
    "Chiều nay (02/12), hàng trăm cổ động viên đã có mặt trên sân vận động để cổ vũ "
    "cho đội tuyển trong trận bán kết lượt đi.\n\n"
    "Nhiều người hâm mộ đến từ Hàn Quốc cũng góp mặt, mang theo cờ của cả hai nước.\n"
)
HEAD = "Cổ động viên Hàn Quốc cổ vũ nhiệt tình cho tuyển Việt Nam"


def _clean(byline: str):
    return clean(f"{HEAD}\n\n{byline}\n\n{STORY}", "seeds/x.txt", Metadata())


def test_writers_from_a_place_after_a_paper():
    article = _clean(
        "AN HÀ - LÊ MAI (TỪ BUSAN, HÀN QUỐC), Theo Báo Tuổi Mới 17:35 02/12/2018"
    )
    assert article.author == "AN HÀ, LÊ MAI"
    assert article.metadata.published == "2018-12-02"
    assert article.metadata.dateline is None
    paragraphs = [p.text for p in article.passages if p.kind == "paragraph"]
    assert paragraphs[0].startswith("Chiều nay (02/12)")


def test_a_sentence_naming_writers_from_a_place_stays_a_paragraph():
    line = (
        "Hôm nay AN HÀ - LÊ MAI (TỪ BUSAN, HÀN QUỐC), Theo lời kể của hai anh 17:35 "
        "chiều 02/12/2018 đã về nước."
    )
    article = _clean(line)
    assert article.author is None
    paragraphs = [p.text for p in article.passages if p.kind == "paragraph"]
    assert paragraphs[0] == line


def test_a_foreign_city_before_its_country():
    article = _clean(
        "HẠ AN (TỪ BACOLOD, PHILIPPINES), Theo Báo Sao Mai 17:35 02/12/2018"
    )
    assert article.author == "HẠ AN"
    assert article.metadata.published == "2018-12-02"


def test_a_paper_with_a_number_in_its_name():
    article = _clean("AN HÀ - LÊ MAI (TỪ BUSAN, HÀN QUỐC), Theo VTV24 17:35 02/12/2018")
    assert article.author == "AN HÀ, LÊ MAI"
    assert article.metadata.published == "2018-12-02"


@pytest.mark.parametrize(
    "line",
    [
        "Park Hang Seo - Lee Young Jin (từ trái sang) 02/12/2018",
        "Phạm Minh Chính - Yoon Suk Yeol (từ phải sang), Theo ảnh TTXVN 17:35 02/12/2023",
        "Việt Nam - Hàn Quốc (từ trái sang: Quang Hải, Son Heung Min) 02/12/2018",
        "Đội Tuyển Việt Nam - Hàn Quốc (từ 19h00), Theo lịch thi đấu 02/12/2018",
        "An Hà - Lê Mai (từ Busan, Hàn Quốc), Theo Báo Tuổi Mới 17:35 02/12/2018",
        "AN HÀ - LÊ MAI (TỪ TRÁI SANG), Theo Báo Tuổi Mới 17:35 02/12/2018",
    ],
)
def test_a_caption_or_a_line_from_a_time_is_no_byline(line):
    """People named left to right in a picture, a match from a time: the line stays in
    the story, no author read from it."""
    story = STORY.split("\n\n")
    article = clean(
        f"{HEAD}\n\n{story[0]}\n\n{line}\n\n{story[1]}", "seeds/x.txt", Metadata()
    )
    assert article.author is None
    assert line in [p.text for p in article.passages]


def test_places_joined_by_a_dash_are_no_writers():
    article = _clean("HÀ NỘI - BẮC NINH (TỪ PHÓNG VIÊN THƯỜNG TRÚ) 17:35 02/12/2018")
    assert article.author is None
