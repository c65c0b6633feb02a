"""A page's date on a line of its own, in the forms outlets print it."""

from __future__ import annotations

import pytest
from builders import KO_STORY, article_from_text, paragraphs, reasons
from dossier.clean.dates import find_date, is_date_line

VI_HEAD = "Giao lưu văn hóa giữa sinh viên hai trường"
VI_STORY = (
    "Sáng nay, sinh viên hai trường đã gặp nhau tại hội trường lớn để giới thiệu văn hóa "
    "của hai nước."
)
VI_MORE = "Chương trình kéo dài ba ngày với nhiều hoạt động giao lưu và tham quan."


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("21 tháng 10 năm 2014", "2014-10-21"),  # no "ngày" (day) before it
        ("07 Tháng 07 Năm 2016", "2016-07-07"),
        ("Thứ Ba, 21 tháng 10 năm 2014", "2014-10-21"),
        ("ngày 4 tháng 3 năm 2025", "2025-03-04"),
    ],
)
def test_a_vietnamese_date_written_out_under_the_headline(line, published):
    article = article_from_text(f"{VI_HEAD}\n\n{line}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert article.title == VI_HEAD
    assert article.metadata.published == published
    assert reasons(article)[line] == "publication date line"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


def test_a_number_run_into_the_day_is_no_date():
    assert find_date("121 tháng 10 năm 2014") is None


KO_HEAD = "해외법인 근무 3인방, 베트남에서 산다는 것"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("기사입력: 2018/05/10 [11:30] 최종편집: ⓒ hanbitnews", "2018-05-10"),
        ("작성자 최고관리자 댓글 0건 조회 15회 작성일 25-11-07 14:09", "2025-11-07"),
    ],
)
def test_a_korean_pages_date_beside_its_rights_holder_or_its_counts(line, published):
    article = article_from_text(f"{KO_HEAD}\n\n{line}\n\n{KO_STORY}\n")
    assert str(article.metadata.published) == published
    assert paragraphs(article) == [KO_STORY]


@pytest.mark.parametrize(
    "line", ["14/05/201809:30:00(Xem: 8891)", "14/05/2018 09:30:00 (Xem: 8891)"]
)
def test_a_date_with_its_time_run_on_and_a_view_count(line):
    article = article_from_text(f"{VI_HEAD}\n\n{line}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert article.metadata.published == "2018-05-14"
    assert reasons(article)[line] == "publication date line"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    "text", ["14/05/2018123", "mã số 14/05/20181", "31/12/199999:99"]
)
def test_digits_run_on_after_a_year_that_are_no_time_make_no_date(text):
    assert find_date(text) is None


def test_a_see_also_line_with_a_date_stays_no_date_line():
    line = "Xem thêm: Giao lưu văn hóa ngày 14/05/2018"
    article = article_from_text(f"{VI_HEAD}\n\n{VI_STORY}\n\n{line}\n\n{VI_MORE}\n")
    assert reasons(article).get(line) != "publication date line"


@pytest.mark.parametrize("line", ["14/05/2018 Xem", "Xem 14/05/2018"])
def test_the_word_xem_without_a_count_is_no_view_count(line):
    assert not is_date_line(line)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Date of Issue: 29/September/2017", "2017-09-29"),
        ("29-Sep-2017", "2017-09-29"),
        ("Posted 3-May-2020 10:00", "2020-05-03"),
    ],
)
def test_a_date_with_the_months_name_between_slashes_or_dashes(line, published):
    head = "Korea's growing business presence in Vietnam"
    story = (
        "Korea is a growing business presence in Vietnam, researchers wrote this week."
    )
    more = "Its direct investment has grown for three years running, they added."
    article = article_from_text(f"{line}\n\n{head}\n\n{story}\n\n{more}\n")
    assert article.title == head
    assert article.metadata.published == published
    assert reasons(article)[line] == "publication date line"


def test_a_days_eight_digits_labelling_the_headline_date_the_article():
    head = "의왕시, 베트남 다낭시 하이쩌우군과 우호교류 협약체결"
    story = "의왕시는 7일 온라인을 통해 베트남 다낭시 하이쩌우군과 국제 우호교류 협약을 체결했다."
    more = "두 도시는 앞으로 문화와 교육 분야에서 교류를 이어가기로 했다."
    article = article_from_text(f"[20210708]{head}\n\n{story}\n\n{more}\n")
    assert article.title == head
    assert article.metadata.published == "2021-07-08"


@pytest.mark.parametrize("text", ["[20211308]", "[12345678]", "사업번호 20210708"])
def test_eight_digits_that_are_no_bracketed_day_make_no_date(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "day"), [("29-SEP-2017", "2017-09-29"), ("29-sep-2017", "2017-09-29")]
)
def test_a_months_name_between_dashes_in_any_case(text, day):
    assert find_date(text) == day


@pytest.mark.parametrize("text", ["[20210231]", "31/04/2021", "2021-02-29"])
def test_a_day_the_calendar_does_not_have_is_no_date(text):
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("line", "story_opening", "published"),
    [
        # the story's dateline spells the date out in the other order: that order
        ("04/08/2025", "APRIL 8 - ", "2025-04-08"),
        ("04/08/2025", "On 8th April, ", "2025-04-08"),
        # spelled in this order, or not at all: day first as before
        ("04/08/2025", "On August 4, ", "2025-08-04"),
        ("04/08/2025", "", "2025-08-04"),
        # a day past 12 reads one way only
        ("25/08/2025", "APRIL 8 - ", "2025-08-25"),
        # another year's date, a range, a word that starts as a month's name does
        ("04/08/2025", "On April 8, 2023, ", "2025-08-04"),
        ("04/08/2025", "From April 8-10 ", "2025-08-04"),
        ("12/04/2025", "Exports decreased 4% as ", "2025-04-12"),
        # the page writes the date in an order-free form too: that date
        ("04/08/2025 (2025-08-04)", "APRIL 8 - ", "2025-08-04"),
        # a day-first page's AM/PM clock says nothing of the order
        ("Thứ tư, ngày 05/03/2025 06:45 AM (GMT+7)", "", "2025-03-05"),
    ],
)
def test_the_pages_own_words_settle_a_numeric_dates_order(
    line, story_opening, published
):
    head = "Two port cities open a joint office for small firms"
    story = (
        f"{story_opening}the two cities agreed to open a joint office for small firms."
    )
    more = "The office will help companies from both sides find partners abroad."
    article = article_from_text(f"{head}\n\n{line}\n\n{story}\n\n{more}\n")
    assert article.metadata.published == published


def test_the_reporter_after_a_bar_on_the_date_line_is_the_author():
    line = "Chủ Nhật, 07/07/2019 21:59 | Minh Anh"
    article = article_from_text(f"{VI_HEAD}\n{line}\n\n{VI_STORY}\n\n{VI_MORE}\n")
    assert article.byline == "Minh Anh"
    assert article.metadata.published == "2019-07-07"
    assert paragraphs(article) == [VI_STORY, VI_MORE]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2025-01-06 13:32:18 (4일 전)", "2025-01-06"),  # "(4 days ago)"
        ("February 13, 2012 Read time: 1 min", "2012-02-13"),
        ("May 3, 2024 · 5 min read", "2024-05-03"),
        ("31, Tháng 08, 2021 | 16:50", "2021-08-31"),  # a comma after the day
    ],
)
def test_a_date_line_with_its_age_or_reading_time(line, published):
    assert is_date_line(line)
    assert find_date(line) == published


def test_a_line_without_a_digit_holds_no_date():
    from dossier.clean.dates import find_date

    assert find_date("Published on the third of May, twenty twenty-four") is None
    assert find_date("Published 3 May 2024") == "2024-05-03"
    assert (
        find_date("ngày ٣ tháng ٥ năm ٢٠٢٤") == "2024-05-03"
    )  # digits of another script
