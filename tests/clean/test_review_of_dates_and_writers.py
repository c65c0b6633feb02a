"""A review's faults in this round's metadata rules, each on a text of the faulty shape: a
day-first date read month first by its clock, a number's word read as a day, a score read as
a series' label, the headline under a date dropped as a deck, a web address or a listing's
key read as a writer's handle, a body read as a board's writer."""

from __future__ import annotations

import pytest
from builders import article_from_text
from dossier.clean.dates import find_date
from dossier.clean.headline import strip_labels
from dossier.clean.metadata import byline, outlets
from dossier.clean.people import is_person_name

VI_STORY = (
    "Bộ Công Thương Việt Nam và Bộ Thương mại Hàn Quốc đã ký kết biên bản ghi nhớ về hợp "
    "tác phát triển chuỗi cung ứng linh kiện điện tử tại Hải Phòng.\n\n"
    "Theo biên bản, hai bên sẽ lập nhóm công tác chung trong năm nay."
)
EN_STORY = (
    "HAI PHONG — South Korean electronics makers plan to open three new component plants "
    "in the northern port city next year, the provincial investment board said on Friday.\n\n"
    "The plants would employ about 4,000 workers once they reach full output."
)
KO_STORY = (
    "베트남 하이퐁시 대표단이 지난 12일 부산을 찾아 항만 물류 협력 방안을 논의했다고 "
    "부산시가 14일 밝혔다.\n\n"
    "양측은 내년 상반기 안에 실무 협의체를 꾸리기로 했다."
)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a Vietnamese line: the day first, whatever the clock's shape
        ("Thứ Sáu, 8/3/2024 2:05:10 PM", "2024-03-08"),
        ("Cập nhật lúc 10/3/2024 7:45:00 AM", "2024-03-10"),
        # a first number no month can be: the day, never swapped into nothing
        ("Cập nhật: 27/5/2024 7:45:00 AM", "2024-05-27"),
        ("27/5/2024 7:45:00 AM", "2024-05-27"),
        # the American server's line alone keeps its month first
        ("8/3/2024 2:05:10 PM", "2024-08-03"),
    ],
)
def test_a_day_first_date_with_a_twelve_hour_clock(line, published):
    assert find_date(line) == published


def test_a_vietnamese_pages_day_first_date_line():
    text = f"Hai nước hợp tác chuỗi cung ứng điện tử\nThứ Sáu, 8/3/2024 2:05:10 PM\n\n{VI_STORY}\n"
    assert article_from_text(text).metadata.published == "2024-03-08"


@pytest.mark.parametrize(
    "line",
    [
        "Week 5, April 2024",
        "Part 4, June 2023",
        "Episode 9, May 2024",
        "Top 10, June 2024",
    ],
)
def test_a_numbered_word_before_a_month_is_no_day(line):
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [("05, Apr. 2021", "2021-04-05"), ("Friday, 05, Apr. 2021", "2021-04-05")],
)
def test_a_day_with_a_comma_at_the_lines_start(line, published):
    assert find_date(line) == published


@pytest.mark.parametrize(
    "line",
    [
        "부산 3 - 하이퐁 2, 유소년 친선전 승리로 마무리",
        "서울 1 - 하노이 1로 끝난 교류전 결과 정리",
    ],
)
def test_a_score_before_a_headline_is_no_series_label(line):
    assert strip_labels(line) == (line, [])
    assert article_from_text(f"{line}\n2024.05.14 09:30\n\n{KO_STORY}\n").title == line


def test_the_headline_right_under_the_date_is_no_deck():
    text = (
        "Monthly Digest of Korea Vietnam Trade\n\nApril 5, 2024\n"
        "Korean Electronics Makers Plan Three Plants in Hai Phong\n\n"
        f"{EN_STORY}\n"
    )
    assert article_from_text(text).title == (
        "Korean Electronics Makers Plan Three Plants in Hai Phong"
    )


@pytest.mark.parametrize(
    "line",
    ["By tuoitre.vn", "Posted by yna.co.kr", "By region", "By topic", "By category"],
)
def test_a_web_address_or_a_listings_key_is_no_handle(line):
    assert byline(line, outlets(), alone=True) is None
    text = f"Korean Plants Planned for Hai Phong\nApril 5, 2024\n{line}\n\n{EN_STORY}\n"
    assert article_from_text(text).author is None


def test_a_handle_still_names_a_writer():
    assert byline("By haeun", outlets(), alone=True) == ("haeun",)
    assert not is_person_name("moit.gov.vn")
    assert not is_person_name("region")


@pytest.mark.parametrize(
    "line",
    [
        "작성자 : 하노이한인회 작성일 : 2021-06-14 조회 : 88",
        "작성자 주호치민총영사관 작성일 21-06-14 09:12 조회 88",
    ],
)
def test_a_body_writing_on_a_board_is_no_author(line):
    article = article_from_text(
        f"한인회, 하이퐁 대표단과 교류 행사 열어\n{line}\n\n{KO_STORY}\n"
    )
    assert article.author is None
    assert article.metadata.published == "2021-06-14"


def test_a_person_writing_on_a_board_is_the_author():
    line = "작성자 : 김민수 작성일 : 2021-06-14 조회 : 88"
    article = article_from_text(
        f"한인회, 하이퐁 대표단과 교류 행사 열어\n{line}\n\n{KO_STORY}\n"
    )
    assert article.author == "김민수"
