"""Streets, lakes and villages by the word for their kind in lower case before their name:
"đường Lê Lợi" (a street named for a person: the street, with its kind, not the person),
"hồ Hoàn Kiếm" (a lake, not the district), "làng Hà My" (a village: the place, its name
alone, as a commune's is; not a person, though "Hà" is a surname too)."""

from __future__ import annotations

import re

from dossier.places import is_country
from dossier.recognize.candidates.vietnamese_persons import SYLLABLE_SHAPE, person_at
from dossier.text import strip_marks

# one to three capitalised syllables, then no other capital
_NAME = (
    r"(?P<name>[A-ZÀ-ỸĐ][\w’'-]*(?:[ \t]+[A-ZÀ-ỸĐ][\w’'-]*){0,2})"
    r"(?![ \t]+[A-ZÀ-ỸĐ])(?![\w’'-])"
)
_STREET = re.compile(r"(?<![\w’'-])đường[ \t]+" + _NAME)
_LAKE = re.compile(r"(?<![\w’'-])hồ[ \t]+" + _NAME)
_VILLAGE = re.compile(r"(?<![\w’'-])(?:làng|thôn|ấp)[ \t]+" + _NAME)

Name = tuple[str, str, int, int]


def streets_and_villages(text: str) -> list[Name]:
    """(name, "cities", start, end) of each street, lake and village so named."""
    found: list[Name] = []
    for street in _STREET.finditer(text):
        # a person's name after it: "đường Phạm Văn Hai" (not "đường N15", a code)
        if _vietnamese(street["name"]) and person_at(text, street.start("name")):
            found.append(_whole(street))
    for lake in _LAKE.finditer(text):
        if _vietnamese(lake["name"]):
            found.append(_whole(lake))
    for village in _VILLAGE.finditer(text):
        name = village["name"]
        country = is_country(name)  # "làng Hàn Quốc"
        if len(name.split()) >= 2 and _vietnamese(name) and not country:
            found.append((name, "cities", village.start("name"), village.end("name")))
    return found


def _whole(match: re.Match[str]) -> Name:
    """The place with its kind: "đường Lê Lợi", "hồ Hoàn Kiếm"."""
    return (" ".join(match.group().split()), "cities", match.start(), match.end())


def _vietnamese(name: str) -> bool:
    """Every word of ``name`` a capitalised Vietnamese syllable ("Hà My"; not "VN")."""
    return all(
        word[0].isupper()
        and SYLLABLE_SHAPE.fullmatch(strip_marks(word).casefold().replace("đ", "d"))
        for word in name.split()
    )
