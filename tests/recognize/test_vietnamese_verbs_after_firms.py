"""A verb of two syllables a Vietnamese sentence goes on with after a body's name ends
it: "chính thức" (officially), "nỗ lực" (to strive), "đặt tại" (set in); a single "lấy"
(to take) too."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ngày 3/4, Tập đoàn Minh Long chính thức ký hợp đồng mới.",
            "Tập đoàn Minh Long",
        ),
        (
            "Với thành tựu mà Tập đoàn Minh Long nỗ lực đạt được, ông vui.",
            "Tập đoàn Minh Long",
        ),
        (
            "Liên doanh vận hành Nhà máy Kia Phú Long đặt tại tỉnh Nam Định.",
            "Nhà máy Kia Phú Long",
        ),
        ("Đại diện Cục Điện ảnh lấy một ví dụ về phim.", "Cục Điện ảnh"),
    ],
)
def test_the_verb_after_a_name_is_no_part_of_it(matcher, text, name):
    found = proposed_names(matcher, text)
    assert name in found
    assert not any(n.startswith(name + " ") for n in found)


def test_the_same_syllables_inside_a_name_stay(matcher):
    # "chính" after "Tài" is the name's own word (finance), no verb
    assert "Sở Tài chính Long An" in proposed_names(
        matcher, "Sở Tài chính Long An vừa công bố số liệu."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Công ty TNHH Thiết kế và Lắp đặt tại Tây Ninh đã ký hợp đồng.",
            "Công ty TNHH Thiết kế và Lắp đặt",
        ),
        (
            "Công ty Cổ phần Cơ điện Lắp đặt tại Hải Phòng trúng thầu.",
            "Công ty Cổ phần Cơ điện Lắp đặt",
        ),
        (
            "Công ty Phần mềm Cài đặt tại Đà Nẵng mở văn phòng.",
            "Công ty Phần mềm Cài đặt",
        ),
    ],
)
def test_set_after_install_is_the_firms_own_word(matcher, text, name):
    # "Lắp đặt" (to install), "Cài đặt", "Sắp đặt": "đặt" is the second syllable of
    # the firm's own word, and "tại" the place it is in
    found = proposed_names(matcher, text)
    assert not any(n.endswith((" Lắp", " Cài")) for n in found)
    assert any(n.startswith(name) for n in found)
