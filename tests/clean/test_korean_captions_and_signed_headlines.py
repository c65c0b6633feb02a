"""A Korean picture's credit or caption at a page's top is no headline, and a headline
signed on its line by its author ("Title - By Name") is the headline without the name."""

from __future__ import annotations

import pytest
from builders import COUNCIL_STORY_KO as KOREAN
from dossier.clean.cleaning import clean
from dossier.clean.headline import strip_labels
from dossier.clean.korean_headlines import korean_caption, korean_credit, told_done
from dossier.clean.signed_headlines import signed_headline
from dossier.model import Metadata

ENGLISH = (
    "We left the city at dawn and reached the clinic two hours later, where a long line "
    "of patients was already waiting for us in the yard.\n\n"
    "By noon we had seen more than a hundred people, most of them farmers from the "
    "villages along the river."
)


def _read(text: str):
    return clean(text, "seeds/x.txt", Metadata())


@pytest.mark.parametrize(
    "line",
    [
        "해양항공 제공",  # given by one body: the picture's credit alone
        "시장@시청 DB=예시일보",  # a paper's picture archive
        "도청 김 지사와 하이퐁시 관계자 외",  # who stand in the picture, "and others"
    ],
)
def test_a_korean_credit_line_is_a_caption(line: str) -> None:
    assert korean_credit(line) and korean_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "수출입은행, 베트남 도로·대학에 총 1억 달러 기금 제공",  # a headline: funds given
        "하이퐁시 대표단 방문, 항만 협력 논의",
        "Two port cities agree on flights",
    ],
)
def test_a_headline_is_no_credit(line: str) -> None:
    assert not korean_credit(line)


def test_a_sentence_told_done_is_no_headline() -> None:
    assert told_done("시장이 하이퐁시 대표단과 기념사진을 촬영하고 있다.")
    assert told_done("의장이 총회에 참석한 베트남 의원들을 만났다.")
    # a headline may end on a verb's plain form, with a full stop
    assert not told_done("베트남 학생들, 다시 한번 희망을 외치다.")
    assert not told_done("드라마 ‘바다’가 베트남에서 리메이크된다.")
    assert not told_done("하이퐁시 대표단 방문")


def test_a_credit_over_a_headless_korean_page_is_no_title() -> None:
    article = _read(f"해양항공 제공\n{KOREAN}")
    assert article.metadata.title is None


@pytest.mark.parametrize(
    ("line", "headline", "name"),
    [
        ("A week in Da Nang - By Jane Roe", "A week in Da Nang", "Jane Roe"),
        ("A week at the clinic | by Kim Min-ji", "A week at the clinic", "Kim Min-ji"),
    ],
)
def test_a_signed_headline_splits(line: str, headline: str, name: str) -> None:
    assert signed_headline(line)[::2] == (headline, name)
    assert strip_labels(line)[0] == headline


def test_no_signature_in_a_plain_headline() -> None:
    assert signed_headline("Samsung - the Vietnam years") is None
    assert signed_headline("Bought by Samsung: a Hanoi start-up") is None


def test_a_signed_headline_under_a_tagline_and_date() -> None:
    text = (
        "At our clinic, we help you to see the world clearly and with a bright smile.\n"
        "Friday, December 10, 2010\n"
        "A week in Da Nang - By Jane Roe\n"
        f"{ENGLISH}"
    )
    assert _read(text).metadata.title == "A week in Da Nang"


def test_a_signed_headline_names_its_writer() -> None:
    article = _read(f"A week in Da Nang - By Jane Roe\n\n{ENGLISH}")
    assert article.metadata.title == "A week in Da Nang"
    assert article.metadata.author == "Jane Roe"


def test_a_section_label_by_words_names_no_writer() -> None:
    article = _read(f"A week in Da Nang - By the Numbers\n\n{ENGLISH}")
    assert article.metadata.author is None


def test_a_korean_caption_shown_twice_at_the_top_is_no_title() -> None:
    caption = "시장이 하이퐁시 대표단과 기념사진을 촬영하고 있다."
    article = _read(f"{caption}\n{caption}\n\n{KOREAN}")
    assert article.metadata.title != caption
