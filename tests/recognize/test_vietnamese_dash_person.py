"""A dash joins two names into one ("Việt Nam – Hàn Quốc"), never a body and the person
or the photo credit after it: "Sở Ngoại vụ - Bà …", "… - Ảnh: …"
(recognize/candidates/vietnamese.py)."""

from __future__ import annotations

from builders import proposed_names
from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_lady_after_the_dash_is_no_part_of_the_body():
    found = names("Đại diện Sở Ngoại vụ - Bà Trần Thị Mai Anh đã phát biểu.")
    assert "Sở Ngoại vụ" in found
    assert not any("Mai Anh" in name for name in found)


def test_the_body_and_the_lady_are_proposed_apart(matcher):
    found = proposed_names(
        matcher, "Đại diện Sở Ngoại vụ - Bà Trần Thị Mai Anh đã phát biểu tại lễ."
    )
    assert found.get("Sở Ngoại vụ") == "organizations"
    assert found.get("Trần Thị Mai Anh") == "leaders"


def test_a_photo_credit_after_the_dash_is_no_part_of_the_body():
    found = names("Lễ ký giữa hai bên và Cục Du lịch Hàn Quốc - Ảnh: Minh Châu")
    assert "Cục Du lịch Hàn Quốc" in found
    assert not any("Ảnh" in name for name in found)


def test_two_countries_joined_by_the_dash_stay_one_name():
    found = names("Hội Hữu nghị Việt Nam - Hàn Quốc tỉnh Nghệ An vừa ra mắt.")
    assert "Hội Hữu nghị Việt Nam - Hàn Quốc tỉnh Nghệ An" in found
