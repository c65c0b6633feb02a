"""A scholarship Vietnamese names after the word for it is one name, in lower case or
capitalised, with its kind ("toàn cầu") and short form; not a country's or a school's
scholarship, nor one inside its fund's or ceremony's name."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Năm nay 40 sinh viên nhận học bổng Hanbit-Daewon trị giá 500 USD.",
            "học bổng Hanbit-Daewon",
        ),
        (
            "Quỹ đã trao học bổng toàn cầu Mirae Park Soon-ja năm 2024 cho 30 em.",
            "học bổng toàn cầu Mirae Park Soon-ja",
        ),
        (
            "Bộ công bố chương trình học bổng Chính phủ (KGSP) cho sinh viên quốc tế.",
            "học bổng Chính phủ (KGSP)",
        ),
        ("Học bổng Sena Lim Ho-jin được trao lần đầu.", "Học bổng Sena Lim Ho-jin"),
        # a dash spaced in one line, closed in another: one name, as closed
        ("Em nhận học bổng Hanbit - Daewon năm nay.", "học bổng Hanbit-Daewon"),
    ],
)
def test_named_scholarship(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "initiatives"


@pytest.mark.parametrize(
    "text",
    [
        "Em nhận học bổng Hàn Quốc năm 2023.",  # who pays: a country
        "Em nhận học bổng Đại học Hanyang năm 2023.",  # a school gives it
        "Quỹ Học bổng Mirae đã hỗ trợ 100 em.",  # its fund's name
        "Học bổng bao gồm học phí và vé máy bay.",  # no name
        # a capitalised first syllable of a kind: a master's, a full scholarship
        "Trường dành 12 suất học bổng Thạc sĩ cho người giỏi.",
        "Anh được nhận học bổng Toàn phần của trường suốt 2 năm.",
        "Chị nhận học bổng TP. Hồ Chí Minh dành cho người nghèo.",  # a city's short form
        # the government of no country; a school level; the next clause's subject
        "Người đạt loại giỏi được học bổng Chính phủ và miễn phí ký túc xá.",
        "Chương trình trao 20 suất học bổng THCS cho học sinh vùng xa.",
        "Sau khi nhận học bổng Lan quyết định sang Busan học tiếp.",
        # a body's or a region's short form, two places joined by a dash
        "Nhiều em nhận học bổng POSTECH và Yonsei để sang Hàn Quốc.",
        "Em giành học bổng ASEAN năm ngoái.",
        "Em nhận học bổng Đà Nẵng - Busan năm ngoái.",
        # inside a fund's or a ceremony's name, in any case
        "Đại diện Quỹ Hỗ trợ Học bổng Mirae Việt Nam cho biết số suất tăng.",
        "Trong Lễ Trao Học bổng Mirae năm nay có 40 sinh viên.",
    ],
)
def test_no_named_scholarship(matcher, text):  # also no scrap of one ("học bổng Thạc")
    assert not any(
        name.casefold().startswith("học bổng") for name in proposed_names(matcher, text)
    )


def test_a_body_after_the_word_is_still_proposed(matcher):
    names = proposed_names(matcher, "Nhiều em nhận học bổng POSTECH và Yonsei năm nay.")
    assert "POSTECH" in names
