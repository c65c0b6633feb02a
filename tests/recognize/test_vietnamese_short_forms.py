"""A Vietnamese body's initials in brackets after its name are its short form, though
their letters are the English name's (recognize/candidates/vietnamese_short_forms.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese_short_forms import vietnamese_short_form


def short(text: str, name: str, kind: str = "organizations") -> tuple[str, ...] | None:
    return vietnamese_short_form(text, text.index(name) + len(name), name, kind)


def test_initials_after_a_body_in_vietnamese_are_its_short_form():
    text = "Đoàn làm việc với Viện Nghiên cứu Thủy sản Hàn Quốc (NIFS) hôm qua."
    assert short(text, "Viện Nghiên cứu Thủy sản Hàn Quốc") == ("nifs",)


def test_the_head_may_stand_before_the_initials():
    text = "Hợp tác với Viện Công nghệ Sinh học Hàn Quốc (Viện KRIBB) được mở rộng."
    assert short(text, "Viện Công nghệ Sinh học Hàn Quốc") == ("vien", "kribb")


def test_another_word_before_the_initials_is_no_short_form():
    text = "Ông Minh làm việc ở Sở Du lịch Đà Nẵng (Hà Nội TV) nhiều năm."
    assert short(text, "Sở Du lịch Đà Nẵng") is None


def test_a_project_credits_its_funder_and_a_country_code_is_no_short_form():
    text = "Dự án Nước sạch Quảng Trị (KOICA) đã hoàn thành."
    assert short(text, "Dự án Nước sạch Quảng Trị", "initiatives") is None
    assert short("Sở Ngoại vụ Hàn Quốc (HQ) cho biết.", "Sở Ngoại vụ Hàn Quốc") is None


def test_a_name_in_english_or_one_ending_in_lower_case_keeps_its_own_rule():
    text = "The Seoul Design Foundation (KOFAC) said so."
    assert short(text, "Seoul Design Foundation") is None
    text = "Viện Nghiên cứu quốc tế trực (NIIS) thuộc bộ tuyển sinh."
    assert short(text, "Viện Nghiên cứu quốc tế trực") is None
