"""The members a Vietnamese body gathers, after "các" inside its name: "Liên hiệp các tổ
chức hữu nghị tỉnh …", "Hiệp hội các doanh nghiệp …", "Ban quản lý các khu công nghiệp
tỉnh …"; elsewhere "các" ends a name (recognize/candidates/vietnamese_members.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_union_of_friendship_organisations_of_a_province():
    found = names("Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Đắk Lắk, ông Hùng.")
    assert found.get("Liên hiệp các tổ chức hữu nghị tỉnh Đắk Lắk") == "organizations"


def test_the_union_in_lower_case_before_a_function_word():
    found = names(
        "Ủy ban tỉnh và Liên hiệp Các tổ chức hữu nghị tỉnh với nhiều hoạt động."
    )
    assert "Liên hiệp Các tổ chức hữu nghị tỉnh" in found


def test_an_association_of_firms_at_its_seat():
    found = names("Hiệp hội các doanh nghiệp Nhật Bản tại Thành phố Đà Nẵng đã họp.")
    assert "Hiệp hội các doanh nghiệp Nhật Bản tại Thành phố Đà Nẵng" in found


def test_the_board_of_a_provinces_industrial_parks():
    found = names("Tại Ban quản lý các khu công nghiệp tỉnh Hải Dương, ông Minh nói.")
    assert "Ban quản lý các khu công nghiệp tỉnh Hải Dương" in found


def test_the_countries_after_a_ministry_are_no_part_of_it():
    found = names("Bộ Ngoại giao các nước đã ra tuyên bố.")
    assert "Bộ Ngoại giao" in found
