"""The number that ends a Vietnamese name: "Tổng công ty Phát điện 1", "Trường Tiểu học
Bình Hưng Hòa 1", "Nhà máy Hana Micron Vina 2", and an army's unit by its number alone
after its head ("Quân khu 7", Military Region 7; "Sư đoàn 325"): each where a mark or a
word the sentence goes on with follows the number ("Quân khu 7 đã …", "… Quân khu 7.")."""

from __future__ import annotations

import re

# the heads of an army's units, which a number names by itself
UNITS = frozenset(["Quân khu", "Quân đoàn", "Sư đoàn", "Trung đoàn", "Lữ đoàn"])
# Words after a number that end the sentence's name: a particle, a preposition or a verb
# ("… Phát điện 1 đã …", "… Vina 2 tại …"); not a noun it counts ("Bộ Y tế 2 năm qua",
# "Sở Du lịch 3 tháng", "hai nước": years, months, countries), so no word of time or
# quantity is one
_GOES_ON_WORDS = """của tại với cho đã sẽ được trong về là có cùng để từ vào và nhằm đến ở
    trên sau trước đang vừa cũng không hoặc mà thì đều do bởi vì nên nhưng rằng qua gồm vẫn
    còn triển phối tham thăm ký trao đón nhận gửi tiếp"""
_GOES_ON = "|".join(_GOES_ON_WORDS.split())
# one to three digits, then a mark that ends the phrase (no decimal: "1,6 tỷ"; no date:
# "20/6"; no share: "30%") or a word the sentence goes on with
_NUMBER = re.compile(
    r"[ \t]+\d{1,3}(?=[ \t]*(?:[;:)!?]|[.,](?!\d)|$)|[ \t]+(?:"
    + _GOES_ON
    + r")(?![\w’'-]))"
)


def number_after(text: str, at: int) -> int | None:
    """Where the number right after ``at`` ends, if it ends a name there, else None."""
    number = _NUMBER.match(text, at)
    return number.end() if number else None


# a club's name, then a match's score: "Câu lạc bộ Hà Nội 2, Câu lạc bộ Viettel 1"
_TEAMS = frozenset(["câu lạc bộ", "clb", "đội"])
_SCORE = re.compile(r"[ \t]+\d{1,3}$")


def scoreless_end(text: str, start: int, end: int, head: str) -> int:
    """``end``, or where a club's name ends before the score read after it."""
    if head.casefold() in _TEAMS and (score := _SCORE.search(text, start, end)):
        return score.start()
    return end
