""" "sắp" (about to) and "tới" (to) end a Vietnamese name as "sẽ" and "đến" do: "Hải quân
Việt Nam sắp nhận …", "… tới TP HCM" (recognize/candidates/vietnamese.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_about_to_ends_the_name():
    found = names("Tàu mà Hải quân Việt Nam sắp nhận chính thức.")
    assert "Hải quân Việt Nam" in found
    assert not any(name.endswith("sắp") for name in found)


def test_to_a_city_ends_the_name():
    found = names("Tàu của Hải quân Hoàng gia Anh tới TP HCM hôm qua.")
    assert "Hải quân Hoàng gia Anh" in found
