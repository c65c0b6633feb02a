"""Bylines and sign-offs in shapes the reader missed: a Korean reporter's sign-off glued to
the last sentence with a space before its slash ("… 예정이다. /김하늘기자 x@…") and a
Vietnamese credit of text and pictures with a hyphen ("Tin-ảnh: G.Nam"). Every text here
is invented."""

from __future__ import annotations

import pytest
from builders import (
    KO_HEAD,
    KO_MORE,
    KO_STORY,
    VI_HEAD,
    VI_MORE,
    VI_STORY,
    article_from_text,
    paragraphs,
)
from dossier.clean.metadata import byline, outlets


@pytest.mark.parametrize(
    "signed",
    [
        " /김하늘기자 sky@example.co.kr",
        " /김하늘 기자 sky@",  # the address cut off where the copy ends
        "/김하늘기자 sky@example.co.kr",  # no space: read before too
    ],
)
def test_a_korean_sign_off_after_a_space_and_a_slash_names_the_reporter(signed):
    article = article_from_text(f"{KO_HEAD}\n\n{KO_STORY}\n\n{KO_MORE}{signed}\n")
    assert article.byline == "김하늘"
    assert paragraphs(article) == [KO_STORY, KO_MORE]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Tin-ảnh: G.Nam", ("G.Nam",)),
        ("Bài - ảnh: Minh Anh", ("Minh Anh",)),
        ("Tin, ảnh: Minh Anh", ("Minh Anh",)),
    ],
)
def test_a_vietnamese_credit_of_text_and_pictures_names_the_writer(line, names):
    assert byline(line, outlets(), alone=False) == names


def test_a_credit_at_the_story_end_with_a_hyphen_is_its_byline():
    article = article_from_text(
        f"{VI_HEAD}\n\n{VI_STORY}\n\n{VI_MORE}\n\n\nTin-ảnh: G.Nam\n\nChia sẻ\n"
    )
    assert article.byline == "G.Nam"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_long_run_of_spaces_after_a_korean_sentence_holds_no_sign_off():
    # (how long it takes is for the benchmark to say, not a test)
    from dossier.clean.bylines import KOREAN_SIGN_OFF

    for text in ("다." + " " * 50_000, "다. 김하늘 기자" + " " * 50_000 + "x"):
        assert KOREAN_SIGN_OFF.search(text) is None
    assert (
        KOREAN_SIGN_OFF.search("말했다." + " " * 300 + "김하늘 기자")["name"]
        == "김하늘"
    )
