"""A board ("Ban") by its own name: "Ban Tuyên giáo Tỉnh ủy …" (a party committee's
propaganda board), "Ban Các vấn đề Châu Á …"; not the board every body has, named by its
task ("Ban Chấp hành Hội …", its executive; "Ban Giám đốc", its directors; "Ban Tổ
chức", the organisers), nor the last syllable of a place ("Dien Ban District")."""

from __future__ import annotations

BOARD = "Ban"
# the boards of another body, by their task: executive, standing, directors, organisers,
# headmasters, editors, managers, coaches, secretariat, steering, representatives
_OF_ANOTHER_WORDS = """chấp hành, thường vụ, giám đốc, tổ chức, giám hiệu, biên tập,
    điều hành, huấn luyện, bí thư, thường trực, chỉ đạo, đại diện, cán sự, giám khảo,
    kiểm tra, liên lạc, vận động, công tác, lãnh đạo"""
_OF_ANOTHER = frozenset(w.strip() for w in _OF_ANOTHER_WORDS.split(","))


def board_of_another(rest: str) -> bool:
    """The words after "Ban" (``rest``) open with a task every body's board has."""
    return " ".join(rest.split()[:2]).casefold() in _OF_ANOTHER
