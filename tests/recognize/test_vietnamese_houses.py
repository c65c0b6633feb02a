"""A house Vietnamese names by what it houses is one name: "Nhà Quốc hội" (the
legislature's building, a place) with its country after it, and a cultural house by its
name (an institution); not the scraps the capitalised run leaves ("Nhà Quốc", "Nhà Văn")."""

from __future__ import annotations

import pytest
from builders import proposed_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sáng 5/3, tại Nhà Quốc hội Lào ở thủ đô Viêng Chăn, lễ đón đoàn đã diễn ra.",
            "Nhà Quốc hội Lào",
        ),
        (
            "Hai đoàn hội đàm tại Nhà Quốc hội Hàn Quốc chiều qua.",
            "Nhà Quốc hội Hàn Quốc",
        ),
        (
            "Ông Lê Văn Khải đón đoàn khách tại Nhà Quốc hội. Sau đó hai bên hội đàm.",
            "Nhà Quốc hội",
        ),
    ],
)
def test_assembly_house_is_a_place(matcher, text, name):
    names = proposed_names(matcher, text)
    assert names.get(name) == "cities"
    assert "Nhà Quốc" not in names


def test_cultural_house_by_its_name(matcher):
    names = proposed_names(
        matcher,
        "Tranh sẽ được trưng bày tại Nhà Văn hóa Mekong (Incheon) trong hai tháng.",
    )
    assert names.get("Nhà Văn hóa Mekong") == "organizations"
    assert "Nhà Văn" not in names


@pytest.mark.parametrize(
    "text",
    [
        # a writer, no house
        "Nhà văn Hồ Anh Thái đọc truyện ngắn.",
        # a commune's cultural house, no name
        "Lớp học mở tại nhà văn hóa của xã từ tháng 3.",
        # a name in sentence case whose end its case does not show
        "Nhà văn hóa Phụ nữ mở cửa đón khách.",
        # a man of letters, "văn" in lower case, with his name or his country after
        "Nhà văn hóa Trọng Khang đã viết ba cuốn sách về Hàn Quốc.",
        "Bà Choi Eun-sook, một nhà văn hóa Hàn Quốc, đến thăm Huế tuần trước.",
        # many men of letters: no name
        "Buổi tọa đàm quy tụ các nhà văn hóa Việt Nam và Nhật Bản.",
        # a village's house in lower case: its number is no cut name's ("Thôn")
        "Lớp vẽ cho trẻ em mở tại nhà văn hóa Thôn 4 xã Hòa Phú từ tháng 9.",
    ],
)
def test_no_house_named(matcher, text):
    assert not any(
        name.startswith(("Nhà văn", "Nhà Văn", "nhà văn"))
        for name in proposed_names(matcher, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # a name in sentence case whose end its case does not show
        "Nhà Văn hóa Phụ nữ mở cửa đón khách.",
        # many houses, none named
        "Những Nhà Văn hóa Hàn Quốc ở châu Á đều mở lớp tiếng Hàn.",
    ],
)
def test_no_cultural_house_named(matcher, text):
    assert not any(
        name.startswith("Nhà Văn hóa") for name in proposed_names(matcher, text)
    )


@pytest.mark.parametrize(
    ("text", "name", "after"),
    [
        # a Korean's name right after the house's: the next clause's subject
        (
            "Chiều 7/4 tại Nhà Văn hóa Hàn Quốc Park Ji-hoon đã hát hai bài dân ca.",
            "Nhà Văn hóa Hàn Quốc",
            "Park Ji-hoon",
        ),
        # a title right after the house's name
        (
            "Trưa 9/6 tại Nhà Văn hóa Sinh Viên Giám đốc Sở Ngoại vụ đã trao giấy khen.",
            "Nhà Văn hóa Sinh Viên",
            None,
        ),
        # a village's house by its number
        (
            "Buổi chiếu phim diễn ra tại Nhà Văn hóa Thôn 4 xã Hòa Phú tối qua.",
            "Nhà Văn hóa Thôn 4",
            None,
        ),
    ],
)
def test_cultural_house_name_ends_where_it_does(matcher, text, name, after):
    names = proposed_names(matcher, text)
    assert names.get(name) == "organizations"
    assert [n for n in names if n.startswith("Nhà Văn")] == [name]
    if after:
        assert after in names
