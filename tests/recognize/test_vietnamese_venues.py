"""Vietnamese venues named by their kind: a theatre, a park, an industrial zone, a stadium
("Nhà hát Hòa Bình", "Khu công nghiệp Tân Hương"; recognize/candidates/vietnamese_venues.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("vietnamese-venues"),
        ("cities", "hanoi", "name: Hanoi\naliases: [Hà Nội]"),
    )


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Buổi biểu diễn diễn ra tại Nhà hát Lớn Hà Nội vào tối thứ Bảy.",
            "Nhà hát Lớn Hà Nội",
        ),
        (
            "Công ty có nhà máy tại Khu công nghiệp Tân Hương, tỉnh Bắc Giang.",
            "Khu công nghiệp Tân Hương",
        ),
        ("Đội tuyển tập luyện ở sân vận động Mỹ Đình.", "sân vận động Mỹ Đình"),
        ("Lễ khai mạc diễn ra tại Công viên 30/4 tối qua.", "Công viên 30/4"),
        ("Ban nhạc biểu diễn tại Nhà hát Thành phố.", "Nhà hát Thành phố"),
        # the kind's letters in any case: "Nhà Thi đấu"
        (
            "Nhóm nhạc sẽ hát tại Nhà Thi đấu Phan Đình Phùng, Hà Nội.",
            "Nhà Thi đấu Phan Đình Phùng",
        ),
        (
            "Hàng nghìn người tới quảng trường Gwanghwamun ở Seoul.",
            "quảng trường Gwanghwamun",
        ),
    ],
)
def test_a_venue_is_a_place_with_its_kind(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "cities"


def test_two_venues_joined_by_and_are_two(matcher):
    found = proposed_names(
        matcher, "Đoàn tới Công viên Thống Nhất và Nhà thi đấu Quần Ngựa chiều nay."
    )
    assert found.get("Công viên Thống Nhất") == "cities"
    assert found.get("Nhà thi đấu Quần Ngựa") == "cities"
    assert not any(" và " in name for name in found)


def test_a_new_town_a_project_builds_is_the_project(matcher):
    found = proposed_names(
        matcher, "Tập đoàn đang khảo sát dự án khu đô thị Thanh Lâm tại Mê Linh."
    )
    assert found.get("khu đô thị Thanh Lâm") == "initiatives"


@pytest.mark.parametrize(
    "text, wrong",
    [
        # many zones of a country: no one venue
        ("Doanh nghiệp trong các khu công nghiệp Việt Nam tăng trưởng.", "Việt Nam"),
        # a capital opening a sentence-case word: a technology park's name goes on
        ("Đoàn thăm Công viên Công nghệ tỉnh Gyeonggi hôm qua.", "Công viên Công"),
    ],
)
def test_no_venue_without_its_own_name(matcher, text, wrong):
    assert not any(name.endswith(wrong) for name in proposed_names(matcher, text))
