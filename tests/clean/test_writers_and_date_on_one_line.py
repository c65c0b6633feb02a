"""Writers joined by a dash, perhaps with the note that the story is compiled ("(t/h)"),
then the date and time on the same line ("Tran Mai - Le Hoa 13:39, 2017/10/18"): the
authors and the date. Every text is invented; each test keeps only the shape of one
rule."""

from __future__ import annotations

import pytest
from builders import HEAD, MORE, STORY, article_from_text, paragraphs
from dossier.clean.credit_lines import dated_byline
from dossier.clean.metadata import outlets


@pytest.mark.parametrize(
    ("line", "authors", "date"),
    [
        ("Tran Mai - Le Hoa 13:39, 2017/10/18", "Tran Mai, Le Hoa", "2017-10-18"),
        (
            "Pham Son - Do Lan Wednesday | 05/17/2023 15:20",
            "Pham Son, Do Lan",
            "2023-05-17",
        ),
        ("Hà Hoa (t/h) 08/03/2023 14:54 | Kết nghĩa", "Hà Hoa", "2023-03-08"),
    ],
)
def test_writers_and_the_date_on_one_line_name_the_authors_and_date_the_page(
    line, authors, date
):
    article = article_from_text(f"{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n")
    assert article.byline == authors
    assert article.metadata.published == date
    assert paragraphs(article) == [STORY, MORE]


@pytest.mark.parametrize(
    "line",
    [
        "Hanoi - Seoul 13:39, 2017/10/18",  # two places, no writers
        "Tran Mai - Le Hoa met on 17 May 2023 in the city of Hue",  # a sentence
    ],
)
def test_a_line_of_no_writers_is_no_dated_byline(line):
    assert dated_byline(line, outlets()) is None
