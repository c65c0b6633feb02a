"""A Vietnamese body's fields joined by "và" (and), in lower case as often as in capitals:
"Bộ Giáo dục và đào tạo", "Sở Văn hóa và thể thao tỉnh …" are one name each, up to what
the sentence goes on with (recognize/candidates/vietnamese_fields.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_lower_case_field_after_and_is_the_names():
    found = names("Theo Bộ Y tế và gia đình nước này, số ca bệnh đã giảm.")
    assert "Bộ Y tế và gia đình" in found
    assert not any(name.endswith("nước") for name in found)


def test_a_ministry_of_education_and_training_in_lower_case():
    found = names("Bộ Giáo dục và đào tạo đã ban hành quyết định mới.")
    assert found.get("Bộ Giáo dục và đào tạo") == "organizations"


def test_the_province_after_the_fields_is_the_names():
    found = names("Giải do Sở Văn hóa và thể thao tỉnh Quảng Bình đăng cai.")
    assert "Sở Văn hóa và thể thao tỉnh Quảng Bình" in found


def test_a_capitalised_field_keeps_its_lower_case_words():
    found = names(
        "Ông Lê Văn Tám, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn đã ký."
    )
    assert "Bộ Nông nghiệp và Phát triển nông thôn" in found


def test_small_and_medium_firms_are_one_field():
    found = names(
        "Bộ Doanh nghiệp vừa và nhỏ và Khởi nghiệp Hàn Quốc (MSS) vừa công bố."
    )
    assert "Bộ Doanh nghiệp vừa và nhỏ và Khởi nghiệp Hàn Quốc" in found


def test_a_firms_trade_and_food_fields_then_its_country():
    found = names(
        "Tổng công ty thương mại thủy sản và thực phẩm Hàn Quốc (aT) cho biết."
    )
    assert "Tổng công ty thương mại thủy sản và thực phẩm Hàn Quốc" in found


def test_a_field_that_is_a_verb_before_its_object_is_no_field():
    found = names("Sở Y tế và đào tạo nhân lực cho các bệnh viện.")
    assert "Sở Y tế" in found
    assert not any("đào tạo" in name for name in found)


def test_a_person_after_the_fields_is_no_part_of_the_name():
    found = names("Thứ trưởng Bộ Nông nghiệp và Môi trường Hoàng Trung cho biết.")
    assert "Bộ Nông nghiệp và Môi trường" in found
    assert not any(name.endswith("Trung") for name in found)


def test_no_field_after_a_country_joins_the_name():
    found = names("Trung tâm Văn hóa Hàn Quốc và du lịch là hai chủ đề.")
    assert not any("du lịch" in name for name in found)
