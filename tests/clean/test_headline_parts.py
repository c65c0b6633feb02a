"""A headline line that holds more than the headline: the crumbs of a strip before it,
a page title's parts joined by underscores, brackets or quotes wrapped round it whole, an
agency's name after it, a country's or a board's field name before it."""

from __future__ import annotations

import pytest
from dossier.clean.cleaning import clean
from dossier.clean.headline import strip_labels
from dossier.model import Metadata

ENGLISH = (
    "Officials from the two cities met on Tuesday to review a plan for new direct "
    "flights, a training centre and a joint festival to be held next spring.\n\n"
    "The mayor said the programme would be funded by both sides and reviewed each year "
    "by a joint committee of the two city councils."
)
KOREAN = (
    "시는 지난 12일 시청 대회의실에서 베트남 하이퐁시 대표단과 만나 청년 교류와 항만 "
    "협력 확대 방안을 논의했다고 밝혔다.\n\n"
    "양측은 내년 상반기 안에 실무 협의체를 꾸리고 교류 사업을 구체화하기로 했다."
)


def _title(headline: str, story: str) -> str | None:
    return clean(f"{headline}\n\n{story}\n", "seeds/x.txt", Metadata()).metadata.title


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a strip of crumbs whose last crumb is the headline
        (
            "Stories » Asia » Two Port Cities Agree on Direct Flights and a Festival",
            "Two Port Cities Agree on Direct Flights and a Festival",
        ),
        (
            "Club › Board › Busan › Busan – Mekong Region Youth and Port Cooperation Program",
            "Busan – Mekong Region Youth and Port Cooperation Program",
        ),
        # an English headline quoted whole in title case
        (
            '"Port Cities Unveil Joint Plan for Flights and Festival"',
            "Port Cities Unveil Joint Plan for Flights and Festival",
        ),
        # the country a site files the story under, before a number (in title case
        # before words it is a speaker: "Korea: Vietnam is our partner")
        (
            "Vietnam: 2 port cities agree on flights and a festival",
            "2 port cities agree on flights and a festival",
        ),
        (
            "VIETNAM: 2 PORT CITIES AGREE ON FLIGHTS AND A FESTIVAL",
            "2 PORT CITIES AGREE ON FLIGHTS AND A FESTIVAL",
        ),
        # a board's field name in capitals
        (
            "TITLE 2025/26 Port Cooperation Program : Opening Seminar",
            "2025/26 Port Cooperation Program : Opening Seminar",
        ),
    ],
)
def test_the_headline_inside_an_english_line(line: str, headline: str):
    assert _title(line, ENGLISH) == headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a page title's parts: the outlet, the issue, the headline
        (
            "교류소식 | 12호_하이퐁 대표단, 청년 교류 확대 논의",
            "하이퐁 대표단, 청년 교류 확대 논의",
        ),
        # the headline, the section, the site
        (
            "하이퐁 대표단, 청년 교류 확대 논의_지역 소식_news",
            "하이퐁 대표단, 청년 교류 확대 논의",
        ),
        # bracketed whole
        ("<하이퐁 대표단, 청년 교류 확대 논의>", "하이퐁 대표단, 청년 교류 확대 논의"),
        # an agency's name closing it
        (
            "하이퐁 대표단, 청년 교류 확대 논의(한빛뉴스)",
            "하이퐁 대표단, 청년 교류 확대 논의",
        ),
    ],
)
def test_the_headline_inside_a_korean_line(line: str, headline: str):
    assert _title(line, KOREAN) == headline


def test_a_headline_in_square_brackets_whole_loses_them():
    line = "[하이퐁 대표단, 청년 교류 확대 논의 (항만, 청년, 축제)]"
    assert strip_labels(line) == (line[1:-1], ["[]"])


@pytest.mark.parametrize(
    "line",
    [
        # one underscore: the headline's own ("Vietnam_Missionary …")
        "Vietnam_Mission Team Visit 2024",
        # a quoted sentence is speech: its quotes are the headline's
        '"It Was the Finest Festival Our Two Cities Have Held."',
        # a quote in sentence case
        '"Our two cities will hold a festival every spring"',
        # a crumb strip whose last crumb is a place, not a headline
        "Home › Sister Cities › Hai Phong, Vietnam",
    ],
)
def test_a_headline_that_is_all_headline_keeps_its_text(line: str):
    assert strip_labels(line) == (line, [])


def test_a_crumb_strip_opening_the_page_with_a_headline_in_sentences():
    # the last crumb ends as a sentence does: still the headline, not a paragraph
    line = "Back 여행 & 문화 » 문화 » 베트남 청년들이 한국 소설을 읽습니다. 왜일까요?"
    article = clean(f"{line}\n\n{KOREAN}\n", "seeds/x.txt", Metadata())
    assert article.metadata.title == "베트남 청년들이 한국 소설을 읽습니다. 왜일까요?"
    paragraphs = [p.text for p in article.passages if p.kind == "paragraph"]
    assert paragraphs[0].startswith("시는 지난 12일")


def test_a_korean_sections_path_before_the_headline():
    line = "사회/문화 하이퐁 대표단, 청년 교류 확대 논의"
    assert _title(line, KOREAN) == "하이퐁 대표단, 청년 교류 확대 논의"
