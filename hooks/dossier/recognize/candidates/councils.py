"""A province's, a city's or a commune's People's Committee or Council by its short name:
"UBND tỉnh Bắc Ninh", "UBND TP. Hải Phòng", "HĐND thành phố Cần Thơ". The body's
initials, the word for the place's kind in lower case, then the place; a person named
right after the body ("UBND tỉnh Hồ Quang Bửu", its chair) is no place."""

from __future__ import annotations

import re

from dossier.places import is_listed_place
from dossier.text import name_key

# the word for a place's kind before its name: province, city, district, town, commune, ward
_KIND = r"(?:tỉnh|thành phố|Thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|xã|phường)"
_COUNCIL = re.compile(
    r"(?<![\w-])(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)[ \t]+"
    rf"{_KIND}[ \t]*"
    r"(?P<place>[A-ZÀ-ỸĐ][\w’'-]*(?:(?:[ \t]+|[ \t]*[-–][ \t]*)[A-ZÀ-ỸĐ][\w’'-]*){0,3})"
)
_WORDS = re.compile(r"[A-ZÀ-ỸĐ][\w’'-]*")
# a body's name ending in the place it serves: "Sở Ngoại vụ TP Đà Nẵng", "UBND tỉnh Bắc Ninh"
_PLACE_AT_END = re.compile(
    rf"[ \t]{_KIND}[ \t]*"
    r"(?P<place>[A-ZÀ-ỸĐ][\w’'-]*(?:[ \t]+[A-ZÀ-ỸĐ][\w’'-]*){0,3})$"
)
MAX_UNLISTED = 2  # syllables of a place not on the list: longer is a person's name


def local_councils(
    text: str, surnames: frozenset[str]
) -> list[tuple[str, str, int, int]]:
    """(name, "organizations", start, end) of each council named in ``text``; a place
    opening with one of ``surnames`` and not on the list of places is a person."""
    found = []
    for match in _COUNCIL.finditer(text):
        words = []  # the capitalised words ("À-Ỹ" holds small letters too: "đã")
        for word in _WORDS.finditer(match.group("place")):
            if not word.group()[0].isupper():
                break
            words.append(word)
        end = _place_end(words, surnames) if words else None
        if end is None:
            continue
        stop = match.start("place") + end
        found.append((text[match.start() : stop], "organizations", match.start(), stop))
    return found


def _place_end(words: list[re.Match[str]], surnames: frozenset[str]) -> int | None:
    """Where the place's name ends among the capitalised words after the kind: all of
    them or the first two if on the list, else two or fewer not opening with a surname."""
    for size in range(len(words), 0, -1):
        if is_listed_place(name_key(" ".join(w.group() for w in words[:size]))):
            return words[size - 1].end()
    if len(words) <= MAX_UNLISTED and words[0].group() not in surnames:
        return words[-1].end()
    return None


def places_named_in(
    names: list[tuple[str, str, int, int]],
) -> list[tuple[str, str, int, int]]:
    """(place, "cities", start, end) of the place each body's name ends in: a curator
    wants the province's page beside its People's Committee's."""
    found = []
    for name, kind, start, _ in names:
        match = _PLACE_AT_END.search(name) if kind == "organizations" else None
        if match and all(w[:1].isupper() for w in match.group("place").split()):
            at = start + match.start("place")
            found.append((match.group("place"), "cities", at, at + len(match["place"])))
    return found
