"""The number that ends a Vietnamese name ("Công ty Thủy điện 3", "Quân khu 9";
recognize/candidates/vietnamese_numbers.py, vietnamese.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Đoàn làm việc với Tổng công ty Thủy điện 3 tại Hòa Bình.",
            "Tổng công ty Thủy điện 3",
            "organizations",
        ),
        (
            "Tình nguyện viên sơn lại Trường Tiểu học Tân Phú 2.",
            "Trường Tiểu học Tân Phú 2",
            "organizations",
        ),
        (
            "Tập đoàn khánh thành Nhà máy Điện tử Daesung Vina 3, tỉnh Bắc Giang.",
            "Nhà máy Điện tử Daesung Vina 3",
            "initiatives",
        ),
        # an army's unit by its number alone after its head
        ("Ông là Phó Tư lệnh Quân khu 9.", "Quân khu 9", "organizations"),
        (
            "Binh lính thuộc Trung đoàn Bộ binh 4 đã rút về.",
            "Trung đoàn Bộ binh 4",
            "organizations",
        ),
    ],
)
def test_a_number_after_a_name_is_the_names(text, name, kind):
    assert names(text).get(name) == kind


@pytest.mark.parametrize(
    "text, name",
    [
        # a number counting what follows it: months, years, money
        ("Theo Tổng cục Thống kê 6 tháng đầu năm, du khách tăng.", "Tổng cục Thống kê"),
        ("Bộ Y tế 2 năm qua đã cấp phép.", "Bộ Y tế"),
        (
            "Samsung rót vào Công ty Samsung Display 1,6 tỷ USD.",
            "Công ty Samsung Display",
        ),
    ],
)
def test_a_number_that_counts_is_no_names(text, name):
    found = names(text)
    assert name in found
    assert not any(n.startswith(name) and n != name for n in found)
