"""A Vietnamese body's name goes on over "tại" to its seat named by its kind ("Hội Người
Việt Nam tại tỉnh Gyeongnam"); an event's does not, it is held there
(recognize/candidates/vietnamese.py, vietnamese_persons.kind_then_place)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Hội Người Việt Nam tại tỉnh Gyeongnam (VAG) tổ chức đón Tết.",
            "Hội Người Việt Nam tại tỉnh Gyeongnam",
        ),
        (
            "Trung tâm văn hóa Hàn Quốc tại thành phố Đà Nẵng ngày 2/5 cho biết",
            "Trung tâm văn hóa Hàn Quốc tại thành phố Đà Nẵng",
        ),
        (
            "Hội Phụ nữ Việt Nam tại khu vực Daegu, Hàn Quốc vừa ra mắt.",
            "Hội Phụ nữ Việt Nam tại khu vực Daegu",
        ),
        # the consulate general with "lãnh sự" in lower case
        (
            "một quan chức Tổng lãnh sự quán Việt Nam tại Busan cho biết.",
            "Tổng lãnh sự quán Việt Nam tại Busan",
        ),
    ],
)
def test_a_body_with_its_seat(text, name):
    assert names(text).get(name) == "organizations"


def test_an_event_is_held_at_its_place_not_named_for_it():
    found = names("Ngày Hàn Quốc tại tỉnh Lâm Đồng thu hút đông đảo người dân.")
    assert not any("tại tỉnh" in name for name in found)
