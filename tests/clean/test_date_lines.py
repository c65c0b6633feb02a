"""A page's date on a line of its own, in the forms outlets print it."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs, reasons
from dossier.clean.dates import find_date

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
