"""A Vietnamese page's writers in capitals, joined by a dash, then where they wrote from
in brackets ("(TỪ BUSAN, HÀN QUỐC)": from …) and the paper the copy is from ("Theo …"),
then the time and date: the line is the byline and the date, no dateline and no story
paragraph."""

from __future__ import annotations

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
