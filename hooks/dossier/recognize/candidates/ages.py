"""A person's age or year of birth right after the name: the name is a person's.

News gives the age of the people it names, a company or a place has none: "Thanh Tung,
20, of Hanoi", "Li Tian Guan, 58, and …", "Thuy Trang (22 years old, from …)",
"Deuk(13)", "Nguyễn Thị Trinh (SN 1995)" (sinh năm: born in), "Lan, 31 tuổi" (years
old). One or two digits, on the name's line, no digit after them: "Hanoi, 2024," is a
date, "Mông Cổ (7,1%)" a share, "(3) Vietnamese IT …" or "(3)" opening the next line a
numbered item.
"""

from __future__ import annotations

import re

AGE_CUE = 6  # as strong as a title before the name
_AGE = re.compile(
    r"[ \t\xa0]*(?:,\s*(?:aged\s+)?\d{1,2}(?:\s*,(?!\d)|\s+(?:years?\s+old|tuổi)\b)"
    r"|\(\s*(?:\d{1,2}|SN\s+(?:19|20)\d\d)(?:\s+(?:years?\s+old|tuổi))?\s*[,;)](?!\d))"
)


def aged(rest: str) -> bool:
    """Whether ``rest``, the sentence after a name, opens with the person's age."""
    age = _AGE.match(rest)
    # "… Strategies (3) Vietnamese IT …": items numbered in one line, each a title
    following = rest[age.end() :].lstrip()[:1] if age else ""
    return age is not None and not (age[0].endswith(")") and following.isupper())
