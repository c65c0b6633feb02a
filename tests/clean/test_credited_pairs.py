"""A Vietnamese credit of text and pictures naming two writers joined by a dash ("Tin – ảnh:
Hà Linh - Minh Tuấn", "Bài - ảnh: X - Y"): both are the authors, whatever the dash in the
label. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import VI_HEAD, VI_MORE, VI_STORY, article_from_text, paragraphs
from dossier.clean.metadata import byline, outlets


@pytest.mark.parametrize(
    "line",
    [
        "Tin – ảnh: Hà Linh - Minh Tuấn",  # an en dash in the label, a hyphen between
        "Bài - ảnh: Hà Linh - Minh Tuấn",
        "Tin, ảnh: Hà Linh - Minh Tuấn",
        "Tin và ảnh: Hà Linh- Minh Tuấn",
    ],
)
def test_a_credit_of_text_and_pictures_names_two_writers_by_a_dash(line):
    assert byline(line, outlets(), alone=False) == ("Hà Linh", "Minh Tuấn")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Tin – ảnh: Hà Linh",
            ("Hà Linh",),
        ),  # one writer after an en dash: read before
        ("Tin – ảnh: Hà Linh – Minh Tuấn", ("Hà Linh", "Minh Tuấn")),
    ],
)
def test_credits_read_before_stay_as_they_were(line, names):
    assert byline(line, outlets(), alone=False) == names


def test_a_department_joined_by_a_dash_is_no_writer():
    assert not byline("Tin, ảnh: Phòng QLKH - Minh Tuấn", outlets(), alone=False)


def test_the_credit_at_the_story_end_gives_both_authors():
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n\nTin – ảnh: Hà Linh - Minh Tuấn\n"
    )
    assert article.byline == "Hà Linh, Minh Tuấn"
    assert paragraphs(article) == [VI_STORY, VI_MORE]
