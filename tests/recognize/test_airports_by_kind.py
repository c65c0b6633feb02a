"""Airports Vietnamese names by the word for their kind in lower case before the name:
"sân bay quốc tế Nội Bài", "sân bay Busan" (recognize/candidates/vietnamese_venues.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Đoàn khách đã có mặt tại sân bay quốc tế Phù Cát lúc 9 giờ sáng.",
            "sân bay quốc tế Phù Cát",
        ),
        (
            "Hãng mở lại đường bay đến sân bay Gimpo kể từ tháng sau.",
            "sân bay Gimpo",
        ),
        (
            "Hành khách xếp hàng ở Sân bay quốc tế Muan, tỉnh Jeolla Nam.",
            "Sân bay quốc tế Muan",
        ),
    ],
)
def test_an_airport_is_named_with_its_kind(text, name):
    assert names(text).get(name) == "cities"


def test_an_airport_named_for_its_city_names_the_city_too():
    found = names("Chuyến bay hạ cánh xuống sân bay quốc tế Busan lúc nửa đêm.")
    assert found.get("sân bay quốc tế Busan") == "cities"
    assert found.get("Busan") == "cities"


@pytest.mark.parametrize(
    "text",
    [
        "Các sân bay Việt Nam đón nhiều khách hơn năm ngoái.",
        "Lượng khách qua sân bay Hàn Quốc tăng mạnh trong quý.",
        "Ông nói sân bay đang được mở rộng để đón thêm khách.",
    ],
)
def test_no_airport_is_named(text):
    assert not any(n.casefold().startswith("sân bay") for n in names(text))


def test_initials_after_a_venue_s_kind_are_no_foreign_name():
    # "TDTT" (thể dục thể thao, sports): initials, then the sentence goes on
    assert "Nhà thi đấu TDTT" not in names("Giải diễn ra tại Nhà thi đấu TDTT tỉnh.")
