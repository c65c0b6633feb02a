"""A Vietnamese body named for its use, a conference or exhibition centre ("Trung tâm Hội
nghị Quốc gia"), is the hall only, a place filed with the cities as a theatre is; a rank and a person after a comma are no field of its
name (recognize/candidates/vietnamese.py, vietnamese_uses.py, vietnamese_persons.py)."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_rank_and_a_person_after_a_comma_end_the_name():
    found = names(
        "Sáng 5/3, tại Trung tâm Hội nghị Quốc gia, Đại tướng Phan Văn Giang và "
        "Thứ trưởng Kim Seon-ho đã hội đàm."
    )
    assert found.get("Trung tâm Hội nghị Quốc gia") == "cities"
    assert not any("Đại tướng" in name for name in found)


def test_a_conference_centre_holds_no_conference_of_its_name():
    found = names("Lễ ký kết diễn ra tại Trung tâm Hội nghị Quốc gia sáng nay.")
    assert found == {"Trung tâm Hội nghị Quốc gia": "cities"}


def test_an_exhibition_is_a_noun_in_a_centres_name():
    found = names("Hội chợ mở cửa tại Trung tâm Hội nghị triển lãm tỉnh Long An.")
    assert found.get("Trung tâm Hội nghị triển lãm tỉnh Long An") == "cities"


def test_a_congress_of_a_body_keeps_both():
    found = names("Đại hội Hội người Việt Nam tại Nhật Bản đã diễn ra hôm qua.")
    assert found.get("Hội người Việt Nam tại Nhật Bản") == "organizations"
    assert found.get("Đại hội Hội người Việt Nam tại Nhật Bản") == "events"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Vở diễn ra mắt tại Trung tâm Nghệ thuật Ansan tối qua.",
            "Trung tâm Nghệ thuật Ansan",
        ),
        (
            "Hội chợ mở tại Trung tâm Triển lãm Giảng Võ hôm nay.",
            "Trung tâm Triển lãm Giảng Võ",
        ),
    ],
)
def test_an_arts_or_exhibition_centre_is_a_hall(text, name):
    assert names(text).get(name) == "cities"


def test_a_centre_named_for_a_field_stays_a_body():
    found = names("Lớp học do Trung tâm Văn hóa Hàn Quốc mở tại Hà Nội hôm qua.")
    assert found.get("Trung tâm Văn hóa Hàn Quốc") == "organizations"
