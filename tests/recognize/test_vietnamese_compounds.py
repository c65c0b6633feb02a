"""Nouns of Vietnamese names: a function word's syllable that completes one ("Nhà ở",
housing, not "ở", at), and the kind a head names ("Tuần lễ …", a week of a culture, an
initiative as a festival is) (recognize/candidates/vietnamese_heads.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_housing_is_a_noun_of_the_name():
    found = names("Đoàn làm việc với Cục Quản lý Nhà ở Hàn Quốc (KHA) hôm qua.")
    assert found.get("Cục Quản lý Nhà ở Hàn Quốc") == "organizations"


def test_at_after_another_word_still_ends_the_name():
    found = names("Sở Xây dựng ở Hà Nội vừa công bố quy hoạch.")
    assert found.get("Sở Xây dựng") == "organizations"


def test_a_week_of_a_culture_is_an_initiative_as_a_festival_is():
    found = names("Tối qua, Tuần lễ điện ảnh Hàn Quốc đã khai mạc tại Hà Nội.")
    assert found.get("Tuần lễ điện ảnh Hàn Quốc") == "initiatives"


def test_promotion_is_a_noun_of_the_name():
    found = names("Đoàn đã gặp Cục Xúc tiến Thương mại để bàn kế hoạch.")
    assert found.get("Cục Xúc tiến Thương mại") == "organizations"
