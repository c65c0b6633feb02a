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
    ],
)
def test_no_named_scholarship(matcher, text):
    assert not any(
        name.casefold().startswith("học bổng") for name in proposed_names(matcher, text)
    )
