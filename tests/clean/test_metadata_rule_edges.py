"""The edges of six metadata rules: a blog's name in its post details is no reporter's
line nor a date's label, a school's byline opens on a person's name (a scholar's title
after it), a name printed twice is a person's, a date badge is a short month's, a
bracketed year is no comment count, a Korean deck's glue is a verb's or a series' year,
and a numbered section's second heading is no story paragraph."""

from __future__ import annotations

import pytest
from builders import COUNCIL_STORY as ENGLISH
from builders import COUNCIL_STORY_KO as KOREAN
from dossier.clean.cleaning import clean
from dossier.clean.glued_decks import glued_deck
from dossier.clean.headline import strip_labels
from dossier.clean.metadata import outlets
from dossier.clean.outlet_lines import mailed_outlet
from dossier.model import Metadata


def _read(text: str):
    return clean(text, "seeds/x.txt", Metadata())


@pytest.mark.parametrize(
    "line",
    [
        "박영희 기자 2024. 3. 5. 09:12",  # a reporter's line, no blog
        "등록일 2024. 3. 5. 09:12",  # a date's label ending in 일
        "입력일 2024. 3. 5. 09:12",
        "수정일 2024. 3. 5. 09:12",
        "게시일 2024. 3. 5. 09:12",
        "발행일 2024. 3. 5. 09:12",
        "관리자 2024. 3. 5. 09:12",  # a board's writer
        "Posted 2024. 3. 5. 09:12",
        "Posted on 2024. 3. 5. 09:12",
    ],
)
def test_a_label_or_a_reporter_before_post_details_is_no_blog(line: str) -> None:
    text = f"다낭시, 한국 관광객 위한 야시장 새로 열어\n\n{line}\n\n{KOREAN}\n"
    assert mailed_outlet(text, outlets()) is None
    assert _read(text).metadata.outlet is None


def test_a_blogs_name_with_a_space_in_it_stays() -> None:
    text = f"다낭시, 한국 관광객 위한 야시장 새로 열어\n\n하노이 일기장 2024. 3. 5. 09:12\n\n{KOREAN}\n"
    assert mailed_outlet(text, outlets()) == "하노이 일기장"


def test_a_school_under_a_place_is_no_byline() -> None:
    text = f"베트남 학생들 부산서 한국어 경연 참가\n\n하노이 국립외국어대학교 한국어학과\n\n{KOREAN}\n"
    assert _read(text).byline is None


def test_a_scholars_name_school_department_and_title_sign_the_story() -> None:
    text = (
        "2023년 청년 교류단 하이퐁 활동 후기\n\n"
        "2023.08.14 관리자 120\n\n"
        "박지훈 부경대학교 국제지역학부 교수\n\n"
        f"{KOREAN}\n"
    )
    assert _read(text).byline == "박지훈"


@pytest.mark.parametrize("name", ["Da Nang", "Korea Trade Agency"])
def test_a_place_or_a_body_printed_twice_is_no_byline(name: str) -> None:
    text = (
        "Da Nang airport adds Korean routes\n\n"
        "The plan is part of a partnership the two cities signed five years ago.\n\n"
        f"{name}\n\n"
        f"{name}\n\n"
        f"{ENGLISH}\n"
    )
    assert _read(text).byline is None


@pytest.mark.parametrize(
    "line",
    [
        # "May" is a month's full name too: the headline's own words
        "1 May Holiday Sees Record Korean Arrivals in Da Nang",
        "1 May Day Rally Draws Korean and Vietnamese Workers",
        # a year in brackets is the headline's, no count of comments
        "Korea-Vietnam Business Forum [2024]",
    ],
)
def test_a_month_or_a_year_of_the_headline_stays(line: str) -> None:
    assert strip_labels(line)[0] == line


@pytest.mark.parametrize(
    "line",
    [
        # a name ending in "ㄴ다", "ㅆ다" inside one word: "혼다와", "만다린", "왔다갔다"
        "베트남 오토바이 시장 1위 혼다와 야마하 경쟁 치열",
        "한-베 기업인들 하노이 만다린 오리엔탈 호텔서 포럼 개최",
        "하노이와 서울 왔다갔다 하는 기업인 늘어",
        "동아프리카 국가 우간다와 베트남 커피 수출 경쟁",
        # a plan's or a fair's name with its year: "비전2030", "엑스포2030"
        "베트남 정부 비전2030 달성 위해 한국 기업과 협력",
        "부산시, 베트남에 엑스포2030 유치 지지 요청",
    ],
)
def test_a_word_with_da_or_a_year_inside_is_no_glued_deck(line: str) -> None:
    assert glued_deck(line) is None
    assert _read(f"{line}\n\n{KOREAN}\n").metadata.title == line


def test_a_numbered_story_paragraph_is_no_second_section() -> None:
    text = (
        "1. Da Nang and Busan: two port cities, one plan\n\n"
        f"{ENGLISH}\n\n"
        "2. The second step is a training centre for port workers, officials said.\n"
    )
    assert _read(text).metadata.title.endswith(
        "Da Nang and Busan: two port cities, one plan"
    )
