"""Schools, hospitals and army units by their kind in lower case before the name:
"đại học Kyungwoon", "trường đại học Yeungnam", "bệnh viện Grand", "lữ đoàn Rồng Xanh"
(recognize/candidates/vietnamese_schools.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Đoàn có giáo sư của đại học Hanseo, đại học Hoseo và đại học Sunmoon.",
            "đại học Hoseo",
        ),
        (
            "Đoàn có giáo sư của đại học Hanseo, đại học Hoseo và đại học Sunmoon.",
            "đại học Sunmoon",
        ),
        (
            "Đoàn trường đại học Keimyung đã được lãnh đạo tỉnh tiếp.",
            "trường đại học Keimyung",
        ),
        ("Bác sĩ đến từ bệnh viện Bestian sang khám miễn phí.", "bệnh viện Bestian"),
        (
            "Phối hợp cùng đại học Quốc gia Kangwon mổ từ thiện.",
            "đại học Quốc gia Kangwon",
        ),
        ("Năm 1967, sư đoàn Mãnh Hổ đóng quân ở đây.", "sư đoàn Mãnh Hổ"),
        (
            "Sinh viên Trường đại học Phan Châu Trinh tham gia buổi giao lưu.",
            "Trường đại học Phan Châu Trinh",
        ),
    ],
)
def test_the_kind_is_part_of_the_name(text, name):
    assert names(text).get(name) == "organizations"


def test_the_capitals_alone_are_no_name():
    found = names("Đoàn trường đại học Keimyung đã được lãnh đạo tỉnh tiếp.")
    assert "Keimyung" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Các trường đại học Hàn Quốc tuyển thêm sinh viên Việt Nam.",
        "Nhiều bệnh viện Hà Nội quá tải trong mùa dịch.",
        "Anh theo học đại học Hàn Quốc từ năm 2019.",
    ],
)
def test_many_schools_or_a_country_s_are_no_name(text):
    assert not [
        n for n in names(text) if n.casefold().startswith(("đại", "trường", "bệnh"))
    ]


def test_a_sentence_case_name_is_left_to_its_head():
    # "Công nghệ" (technology): a syllable in lower case completes the capital's word
    found = names("Sinh viên trường đại học Công nghệ đoạt giải nhất.")
    assert "trường đại học Công" not in found
