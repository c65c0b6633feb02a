"""Places Vietnamese names after "tại" or "ở" (at, in), and those listed with them, are
places, though their syllables read as a person's (recognize/candidates/
vietnamese_places_at.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_name_after_at_and_the_list_it_opens_are_places():
    found = names("Đoàn tặng quà cho học sinh tại Lý Nhân, Kim Bảng và Tp. Phủ Lý.")
    assert found.get("Lý Nhân") == "cities"
    assert found.get("Kim Bảng") == "cities"


def test_a_function_word_may_end_the_place():
    found = names("Nhiều người đã mất ở Hà Lộc và Phước Hải trong chiến tranh.")
    assert found.get("Hà Lộc") == "cities"
    assert found.get("Phước Hải") == "cities"


def test_a_word_in_lower_case_after_the_capitals_goes_on_another_name():
    assert "Phủ Chủ" not in names("Lễ đón diễn ra tại Phủ Chủ tịch sáng nay.")


def test_a_body_a_country_or_a_foreign_name_after_at_is_no_place_here():
    found = names("Hội thảo tại Trường Đại học Huế, ở Hàn Quốc và tại Samsung Display.")
    assert "Trường Đại" not in found
    assert "Hàn Quốc" not in found
    assert "Samsung Display" not in found
