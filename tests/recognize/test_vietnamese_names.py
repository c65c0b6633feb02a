"""Sentence-case Vietnamese names (recognize/candidates/vietnamese.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Hai bên hợp tác với Quỹ Thiết kế Busan và các cơ sở gốm.",
            "Quỹ Thiết kế Busan",
            "organizations",
        ),
        (
            "Thành phố tham dự Hội chợ Du lịch quốc tế Ulsan vào tháng 5.",
            "Hội chợ Du lịch quốc tế Ulsan",
            "events",
        ),
        (
            "Hai bên tổ chức Ngày Đà Nẵng tại Incheon vào mùa thu.",
            "Ngày Đà Nẵng tại Incheon",
            "events",
        ),
        (
            "Bộ Nông nghiệp và Môi trường Hàn Quốc dự kiến tiếp nhận thêm khoảng 300 người.",
            "Bộ Nông nghiệp và Môi trường Hàn Quốc",
            "organizations",
        ),
        (
            "Lao động đi theo Chương trình lao động thời vụ (SWP).",
            "Chương trình lao động thời vụ",
            "initiatives",
        ),
    ],
)
def test_a_head_noun_starts_a_name_that_runs_to_a_function_word(text, name, kind):
    assert names(text).get(name) == kind


def test_two_bodies_joined_by_and_are_two_names():
    found = names("Sở Ngoại vụ và Sở Du lịch phối hợp xây dựng kế hoạch.")
    assert "Sở Ngoại vụ" in found and "Sở Du lịch" in found


@pytest.mark.parametrize(
    "text",
    ["Ông Lê Văn Nam, Cục trưởng, cho biết.", "The Bộ said so.", "Ngày 6.12, ông đến."],
)
def test_a_title_english_or_a_date_is_no_name(text):
    assert names(text) == {} or "Cục trưởng" not in " ".join(names(text))
