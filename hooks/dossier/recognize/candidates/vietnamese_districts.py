"""Districts and wards as an address writes them, by the short word for their kind glued
to the name: "Q.Tân Bình" (quận, a district), "P. Bến Nghé" (phường, a ward). The place
is its name alone ("Tân Bình"), never the short word with it; a district by its number
("Q.7") names no place a page could be made for, and ends the name a head opens ("Bệnh
viện Q.7" is no "Bệnh viện Q")."""

from __future__ import annotations

import re

from dossier.recognize.candidates.vietnamese_persons import SURNAMES, SYLLABLE_SHAPE
from dossier.text import strip_marks

# "Q." (quận), "P." (phường), "H." (huyện), "TX." (thị xã): glued or one space before
# one to three capitalised syllables, then no other capital
_SHORT_KIND = r"(?<![\w’'.-])(?:Q|P|H|TX)\.[ \t]?"
_DISTRICT = re.compile(
    _SHORT_KIND + r"(?P<name>[A-ZÀ-ỸĐ][\w’'-]*(?:[ \t]+[A-ZÀ-ỸĐ][\w’'-]*){0,2})"
    r"(?![ \t]+[A-ZÀ-ỸĐ])(?![\w’'-])"
)
# the short word before a number or a name, where a head's run reads on: "Q.7", "Q.Tân"
ADDRESS_KIND = re.compile(r"[ \t]+(?:Q|P|H|TX)\.[ \t]?[\dA-ZÀ-ỸĐ]")

Name = tuple[str, str, int, int]


def districts(text: str) -> list[Name]:
    """(name, "cities", start, end) of each district or ward an address names by its
    kind's short word; not a person's initial ("P. Nguyễn Văn An")."""
    if "." not in text:
        return []
    found: list[Name] = []
    for match in _DISTRICT.finditer(text):
        words = match["name"].split()
        if words[0] in SURNAMES or not all(_syllable(word) for word in words):
            continue
        found.append((" ".join(words), "cities", match.start("name"), match.end()))
    return found


def _syllable(word: str) -> bool:
    """A capitalised Vietnamese syllable ("Tân", "Vấp"; not "HCM")."""
    return word[0].isupper() and bool(
        SYLLABLE_SHAPE.fullmatch(strip_marks(word).casefold().replace("đ", "d"))
    )
