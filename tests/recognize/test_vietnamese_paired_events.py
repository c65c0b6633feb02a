"""Vietnamese gatherings named after the two countries they join, with a dash between
them, the head often in lower case ("hội thảo … Việt Nam - Hàn Quốc 2031";
recognize/candidates/vietnamese_paired_events.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("vietnamese-paired-events"),
        ("cities", "hanoi", "name: Hanoi\naliases: [Hà Nội]"),
    )


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Hơn 300 khách mời dự diễn đàn đầu tư nông nghiệp Việt Nam - Hàn Quốc 2031 "
            "tại Hà Nội.",
            "diễn đàn đầu tư nông nghiệp Việt Nam - Hàn Quốc 2031",
            "events",
        ),
        (
            "Các đạo diễn gặp nhau tại hội nghị Mạng lưới sản xuất hoạt hình Việt Nam"
            " - Hàn Quốc diễn ra trong hai ngày.",
            "hội nghị Mạng lưới sản xuất hoạt hình Việt Nam - Hàn Quốc",
            "events",
        ),
        (
            "Hội sinh viên tổ chức lễ hội ẩm thực đường phố Việt-Hàn để chào mừng năm học.",
            "lễ hội ẩm thực đường phố Việt-Hàn",
            "initiatives",
        ),
        # a comma before a capital stays inside: two topics of one festival
        (
            "Ngày hội Âm nhạc, Điện ảnh Việt Nam – Hàn Quốc thu hút đông người xem.",
            "Ngày hội Âm nhạc, Điện ảnh Việt Nam – Hàn Quốc",
            "initiatives",
        ),
    ],
)
def test_a_gathering_ends_on_its_two_countries(matcher, text, name, kind):
    assert proposed_names(matcher, text).get(name) == kind


def test_a_clause_between_the_head_and_the_countries_is_no_name(matcher):
    found = proposed_names(
        matcher,
        "Sau hội nghị, các đại biểu bàn về giao lưu giữa hai nước Việt – Hàn trong năm tới.",
    )
    assert not any("Việt – Hàn" in name for name in found)


def test_a_head_right_before_the_countries_is_not_read_here(matcher):
    found = proposed_names(
        matcher, "Nhiều gian hàng được dựng tại lễ hội Việt Nam-Hàn Quốc cuối tuần qua."
    )
    assert "lễ hội Việt Nam-Hàn Quốc" not in found
