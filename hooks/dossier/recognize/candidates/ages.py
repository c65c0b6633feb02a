"""A person's age or year of birth right after the name: the name is a person's.

News gives the age of the people it names, a company or a place has none: "Thanh Tung,
20, of Hanoi", "Li Tian Guan, 58, and …", "Thuy Trang (22 years old, from …)",
"Nguyễn Thị Trinh (SN 1995)" (sinh năm: born in), "Lan, 31 tuổi" (years old). One or
two digits, on the name's line, no digit after them: "Hanoi, 2024," is a date, "Mông Cổ
(7,1%)" a share, "(3) Vietnamese IT …" or "(3)" opening the next line a numbered item.

A bare number in brackets is as often a count ("won medals in Hangzhou (3)", "Bac Giang
(12), Hai Duong (9)") or days ("Startup Forum (15, 16 June)", "Daegu Week (12, 13/10)"):
it is an age only after a name shaped as a person's or said to be one ("children
Deuk(13)"), and never with a second number or a month after it.
"""

from __future__ import annotations

import re

AGE_CUE = 6  # as strong as a title before the name
# "Thanh Tung, 20,", "Nguyen Quoc Son, aged 37,", "Lan, 31 tuổi", "(22 years old, …)",
# "(SN 1995)": said to be an age
_AGE = re.compile(
    r"[ \t\xa0]*(?:,\s*(?:aged\s+)?\d{1,2}(?:\s*,(?!\d)|\s+(?:years?\s+old|tuổi)\b)"
    r"|\(\s*(?:(?:aged?\s+)?\d{1,2}\s+(?:years?\s+old|tuổi)|SN\s+(?:19|20)\d\d"
    r"|aged?\s+\d{1,2})\s*[,;)](?!\d))"
)
# "Deuk(13)", "Leti Eng Ok (30), a …": a bare number, closed or a word after its comma
# (not "(15, 16 June)", "(12, 13/10)", "(3, June)")
_BARE = re.compile(
    r"[ \t\xa0]*\(\s*\d{1,2}\s*(?:\)|[,;](?!\s*\d)(?!\s*(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec|tháng|thg)))",
    re.IGNORECASE,
)


def aged(rest: str, person: bool) -> bool:
    """Whether ``rest``, the sentence after a name, opens with the person's age;
    ``person``: the name is shaped as a person's, or its context says it is one."""
    age = _AGE.match(rest) or (_BARE.match(rest) if person else None)
    # "… Strategies (3) Vietnamese IT …": items numbered in one line, each a title
    following = rest[age.end() :].lstrip()[:1] if age else ""
    return age is not None and not (age[0].endswith(")") and following.isupper())
