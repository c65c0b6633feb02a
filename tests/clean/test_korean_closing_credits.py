"""A Korean story's closing credit naming the paper or wire it was copied from
("… 밝혔다. <한빛일보>", "<연합>" under the last paragraph, "[출처: 연합뉴스]"): the
story's source, over the masthead of the site that reprints it; never a picture's credit.
Every text is invented."""

from __future__ import annotations

import pytest
from builders import KO_HEAD, KO_LAST, KO_MORE, KO_STORY, article_from_text, paragraphs
from dossier.clean.closing_credits import closing_credit
from dossier.clean.metadata import outlets

REPRINT = "https://www.example-reprints.co.kr/news/articleView.html?idxno=123"


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        (f"{KO_LAST} <연합>", "Yonhap News Agency"),
        (f"{KO_LAST}\n\n<연합>", "Yonhap News Agency"),
        (f"{KO_LAST} [출처: 연합뉴스]", "Yonhap News Agency"),
        (f"{KO_LAST} (출처=연합뉴스)", "Yonhap News Agency"),
        (f"{KO_LAST} <한빛일보>", "한빛일보"),  # a paper the list does not know
    ],
)
def test_a_korean_closing_credit_names_the_storys_source(closing, outlet):
    text = f"세계일보\n\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{closing}\n"
    article = article_from_text(text, url=REPRINT)
    assert article.metadata.outlet == outlet
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]


def test_no_credit_leaves_the_masthead():
    text = f"세계일보\n\n{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    assert article_from_text(text, url=REPRINT).metadata.outlet == "Segye Ilbo"


@pytest.mark.parametrize(
    "closing",
    [
        f"{KO_LAST} (사진=연합뉴스)",  # a picture's credit
        f"{KO_LAST} <2015.07.13>",  # a date
        f"{KO_LAST} <앵커>",  # a transcript's label
        f"{KO_LAST} [지역뉴스]",  # a section's name
        f"{KO_LAST} (연합",  # no bracket closed
    ],
)
def test_brackets_naming_no_source_credit_none(closing):
    assert closing_credit(closing, outlets()) is None


def test_a_long_line_is_read_in_linear_time():
    line = "가" * 50_000 + " <" + "나 " * 20_000
    assert closing_credit(line, outlets()) is None
