"""A Vietnamese byline naming the paper its copy is from ("Theo …": after, according to)
between the writer and the date: "Mai Lan - Theo Tin Mới | 28/06/2014 12:28 AM". The
paper is the page's outlet, also on a listed site that carries it."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

STORY = (
    "Chiều nay (02/12), hàng trăm cổ động viên đã có mặt trên sân vận động để cổ vũ "
    "cho đội tuyển trong trận bán kết lượt đi.\n\n"
    "Nhiều người hâm mộ đến từ Hàn Quốc cũng góp mặt, mang theo cờ của cả hai nước.\n"
)
HEAD = "Cổ động viên Hàn Quốc cổ vũ nhiệt tình cho tuyển Việt Nam"


def _clean(byline: str, url: str | None = None):
    return clean(f"{HEAD}\n\n{byline}\n\n{STORY}", "seeds/x.txt", Metadata(url=url))


def _paragraphs(article) -> list[str]:
    return [p.text for p in article.passages if p.kind == "paragraph"]


def test_a_writer_then_the_paper_then_the_date():
    article = _clean("Mai Hương  - Theo Tin Mới | 28/06/2014 12:28 AM")
    assert article.author == "Mai Hương"
    assert article.metadata.outlet == "Tin Mới"
    assert article.metadata.published == "2014-06-28"
    assert _paragraphs(article)[0].startswith("Chiều nay (02/12)")


def test_writers_from_a_place_then_the_paper():
    article = _clean(
        "AN HÀ - LÊ MAI (TỪ BUSAN, HÀN QUỐC), Theo Tin Mới 17:35 02/12/2018"
    )
    assert article.author == "AN HÀ, LÊ MAI"
    assert article.metadata.outlet == "Tin Mới"


def test_the_paper_carried_on_a_listed_site_is_the_outlet():
    article = _clean(
        "Mai Hương - Theo Tin Mới | 28/06/2014 12:28 AM",
        "https://kenh14.vn/co-dong-vien-2014.chn",
    )
    assert article.metadata.outlet == "Tin Mới"


def test_a_listed_paper_by_its_listed_name():
    article = _clean("Mai Lan - Theo Tuoi Tre | 28/06/2014 12:28 AM")
    assert article.metadata.outlet == "Tuổi Trẻ News"


def test_a_byline_without_a_paper_keeps_the_site():
    article = _clean(
        "Mai Lan | 28/06/2014 12:28 AM", "https://kenh14.vn/co-dong-vien-2014.chn"
    )
    assert article.author == "Mai Lan"
    assert article.metadata.outlet == "Kênh 14"


def test_following_a_story_is_no_paper():
    """ "Theo dòng sự kiện" (follow the story) after the date: a link, no paper."""
    article = _clean("Mai Lan - 10:20 03/05/2020 | Theo dòng sự kiện")
    assert article.metadata.outlet is None


ESTORY = (
    "The two provinces agreed on Monday to open a joint training centre for "
    "young farmers next spring, officials said after the signing.\n\n"
    "The centre will take forty trainees a year and share its teachers between "
    "the two sides, the agreement says.\n"
)


def test_an_english_co_writer_called_theo_stays_a_writer():
    text = (
        "Provinces open a training centre\n\nBy Anna Lee, Theo Baker | May 14, 2024\n\n"
    )
    article = clean(text + ESTORY, "seeds/x.txt", Metadata())
    assert article.metadata.outlet is None
    assert article.author == "Anna Lee, Theo Baker"


def test_an_english_co_writer_before_the_month_keeps_the_byline():
    text = (
        "Provinces open a training centre\n\nBy Anna Lee, Theo Baker May 14, 2024\n\n"
    )
    article = clean(text + ESTORY, "seeds/x.txt", Metadata())
    assert article.author == "Anna Lee, Theo Baker"


def test_a_surname_after_theo_beside_an_unmarked_writer_is_no_paper():
    assert _clean("Anna Lee - Theo Sánchez | 14/05/2024").metadata.outlet is None
    assert _clean("Lan Chi - Theo Trần | 12/05/2015").metadata.outlet is None


def test_the_weekday_after_the_paper_is_no_part_of_it():
    article = _clean("Lan Chi - Theo VnExpress Chủ Nhật, 12/05/2015 09:40")
    assert article.metadata.outlet == "VnExpress"
    assert article.author == "Lan Chi"
