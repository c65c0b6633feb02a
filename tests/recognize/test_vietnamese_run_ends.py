"""Heads of teams, round tables and presidential offices ("Đội tuyển …", "Tọa đàm …",
"Phủ Tổng thống …"), "các" before those an event gathers, a verb of two syllables that
ends a name, and the lower-case words that end a long one
(recognize/candidates/vietnamese_heads.py, vietnamese_run_ends.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_national_side():
    found = names("Đội tuyển bóng rổ quốc gia Lào đã về nước sáng nay.")
    assert found.get("Đội tuyển bóng rổ quốc gia Lào") == "organizations"


def test_a_side_described_opens_no_name():
    assert names("Đội tuyển nữ thi đấu rất hay trong trận cuối.") == {}
    assert names("Sau đó, đội tuyển Lào và đội tuyển Campuchia gặp nhau.") == {}


def test_a_round_table():
    found = names("Tọa đàm Kinh tế Mekong – Hàn Quốc về đầu tư diễn ra tại Huế.")
    assert found.get("Tọa đàm Kinh tế Mekong – Hàn Quốc") == "events"
    assert names("Tọa đàm thu hút đông đảo chuyên gia tham dự.") == {}


def test_the_presidential_office():
    found = names("Phủ Tổng thống Philippines cho biết như vậy.")
    assert found.get("Phủ Tổng thống Philippines") == "organizations"
    assert names("Phủ Tổng thống cho biết ông sẽ sang thăm.") == {}


def test_those_a_conference_gathers():
    found = names("Hội nghị các Bộ trưởng Nông nghiệp châu Á đã bế mạc ở Manila.")
    assert "Hội nghị các Bộ trưởng Nông nghiệp châu Á" in found
    assert names("Hội nghị các nước thành viên diễn ra ở Manila.") == {}


def test_a_verb_of_two_syllables_ends_the_name():
    found = names("Trung tâm Dịch vụ Việc làm Cần Thơ thông báo lịch tuyển mới.")
    assert "Trung tâm Dịch vụ Việc làm Cần Thơ" in found
    # a syllable of the verb inside a name in lower case: "công nghệ thông tin"
    found = names("Cục Công nghệ thông tin thông báo thay đổi.")
    assert "Cục Công nghệ thông tin" in found


def test_the_words_in_lower_case_that_end_a_long_name():
    found = names("Chị Lan làm ở Trung tâm Tư vấn Hôn nhân đa văn hóa ở Gimhae.")
    assert "Trung tâm Tư vấn Hôn nhân đa văn hóa" in found
    assert names("Đây là hội gia đình đa văn hóa lớn nhất.") == {}
