"""Streets, lakes and villages by the lower-case word for their kind ("đường Trần Phú",
"hồ Tây", "làng Mỹ Lai"; recognize/candidates/vietnamese_streets.py)."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    return matcher_with(
        tmp_path_factory.mktemp("vietnamese-streets"),
        ("cities", "hanoi", "name: Hanoi\naliases: [Hà Nội]"),
    )


@pytest.mark.parametrize(
    "text, name",
    [
        # a street named for a person: the street, not the person
        (
            "Quán cà phê nằm trên đường Trần Quang Khải, gần bờ sông.",
            "đường Trần Quang Khải",
        ),
        ("Du khách dạo quanh hồ Thiền Quang vào buổi tối.", "hồ Thiền Quang"),
        # a village: the place alone, a surname ("Hà") opening it or not
        ("Người dân làng Hà Tân vẫn nhớ ngày ấy.", "Hà Tân"),
    ],
)
def test_a_place_by_the_word_for_its_kind(matcher, text, name):
    assert proposed_names(matcher, text).get(name) == "cities"


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Xe chạy trên đường N15 mới mở.", "N15"),  # a code, no person's name
        ("Nhà văn hóa xóm Tây được sửa lại.", "Tây"),  # one syllable: the west
    ],
)
def test_no_place_without_a_name_of_its_shape(matcher, text, wrong):
    assert proposed_names(matcher, text).get(wrong) != "cities"
    assert not any(name.startswith("đường") for name in proposed_names(matcher, text))
