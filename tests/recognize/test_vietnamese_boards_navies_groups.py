"""Heads of Vietnamese bodies: a board by its own name ("Ban Tuyên giáo Tỉnh ủy …"; not
"Ban Chấp hành", every body's executive), a navy ("Hải quân nhân dân Việt Nam"), a group
("Nhóm Nghị sĩ hữu nghị …"), a branch and a chapter ("Chi nhánh VCCI …", "Chi hội …")
(recognize/candidates/vietnamese_heads.py, vietnamese_boards.py)."""

from __future__ import annotations

from dossier.recognize.candidates.vietnamese import vietnamese_names


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in vietnamese_names(text)}


def test_a_party_committees_board():
    found = names("Ông Tâm, Trưởng Ban Tuyên giáo Tỉnh ủy Bình Định phát biểu.")
    assert found.get("Ban Tuyên giáo Tỉnh ủy Bình Định") == "organizations"


def test_a_bodys_executive_or_standing_board_is_no_name():
    found = names("Ủy viên Ban Thường vụ Tỉnh ủy và Ban Chấp hành Hội Nông dân họp.")
    assert not any(name.startswith("Ban") for name in found)


def test_ban_as_a_verb_or_at_first_is_no_board():
    found = names("Ban đầu, Sở ban hành quy định mới.")
    assert not any(name.startswith("Ban") for name in found)


def test_a_navy_with_its_country():
    found = names("Tàu sẽ gia nhập Hải quân nhân dân Việt Nam trong năm nay.")
    assert found.get("Hải quân nhân dân Việt Nam") == "organizations"
    assert "Hải quân Nhật Bản" in names("Tàu của Hải quân Nhật Bản cập cảng.")


def test_a_navy_alone_is_no_name():
    assert not names("Hải quân đã nhận tàu mới.")


def test_a_group_of_lawmakers_by_its_name():
    found = names("Chủ tịch Nhóm Nghị sĩ hữu nghị Nhật Bản – Việt Nam cùng đoàn đến.")
    assert "Nhóm Nghị sĩ hữu nghị Nhật Bản – Việt Nam" in found


def test_a_branch_and_a_chapter_by_their_names():
    found = names("Đại diện Chi nhánh VCCI Cần Thơ và Chi hội Inha biểu diễn.")
    assert "Chi nhánh VCCI Cần Thơ" in found
    assert "Chi hội Inha" in found
