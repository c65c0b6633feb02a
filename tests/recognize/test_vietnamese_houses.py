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
    ],
)
def test_no_house_named(matcher, text):
    assert not any(
        name.startswith(("Nhà văn", "Nhà Văn", "nhà văn"))
        for name in proposed_names(matcher, text)
    )
