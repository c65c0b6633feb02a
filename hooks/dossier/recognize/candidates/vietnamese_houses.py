"""Houses Vietnamese names by what they house: "Nhà Quốc hội" (the National Assembly
House, where a legislature receives its guests), with the country whose it is after it
("Nhà Quốc hội Hàn Quốc"), and a cultural house by its name ("Nhà Văn hóa ASEAN").

The capitalised run alone cuts such a name at the lower-case syllable of a compound
("Nhà Quốc" of "Nhà Quốc hội", "Nhà Văn" of "Nhà Văn hóa"), and the body's head inside
it reads the legislature ("Quốc hội Hàn Quốc"), not its building. A legislature's house is
a place, filed with the cities; a cultural house is an institution with its programme,
filed with the organizations. "Nhà văn" alone is a writer ("Hội Nhà văn Việt Nam"), and
"nhà văn hóa" with a lower-case "văn" a man of letters ("nhà văn hóa Hữu Ngọc", "một
nhà văn hóa Hàn Quốc"), or many houses or men ("các nhà văn hóa"): no house's name.

The checks are the venues' (vietnamese_venues): a plural before the kind, the words of the
name in capitals, a title or a person's name after them the next clause's."""

from __future__ import annotations

import re

from dossier.places import is_country
from dossier.recognize.candidates import vietnamese_venues as venue
from dossier.recognize.candidates.vietnamese_persons import (
    korean_person_at,
    title_or_person_at,
)

Name = tuple[str, str, int, int]

_ASSEMBLY = re.compile(r"(?<![\w’'-])Nhà[ \t]+Quốc[ \t]+hội(?![\w’'-])")
# written as a name, "Văn" in capitals: "nhà văn hóa" is a man of letters
_CULTURE = re.compile(r"(?<![\w’'-])Nhà[ \t]+Văn[ \t]+(?:hóa|hoá)(?![\w’'-])")
_MOST_WORDS = 4  # of a name after the kind; a country has at most three ("Hàn Quốc")
# a village's or a block's house by its number: "Nhà Văn hóa Thôn 3", "Tổ 12"
_UNITS = frozenset({"Thôn", "Xóm", "Ấp", "Bản", "Buôn", "Tổ", "Khối", "Khu", "Làng"})
_NUMBER = re.compile(r"[ \t]+\d{1,3}(?![\w/.,:-])")


def houses(text: str, stops: frozenset[str]) -> list[Name]:
    """(name, type, start, end) of each house so named in ``text``; ``stops`` are the
    words a sentence goes on with after a name ("khai", "của"), which a cultural house's
    name of one capitalised word needs after it (not "Nhà Văn hóa Thanh niên …", a name
    in sentence case, whose end its case does not show)."""
    found: list[Name] = []
    if "Nhà" not in text:
        return found  # the common case, decided at once
    for match in _ASSEMBLY.finditer(text):
        if _many_before(text, match.start()):
            continue
        words = _capitalised(text, match.end())
        end = match.end()
        for size in range(len(words), 0, -1):  # "Hàn Quốc": the country's, longest
            if is_country(" ".join(w.group(1) for w in words[:size])):
                end = words[size - 1].end()
                break
        found.append(
            (" ".join(text[match.start() : end].split()), "cities", match.start(), end)
        )
    for match in _CULTURE.finditer(text):
        if _many_before(text, match.start()):
            continue  # "các Nhà Văn hóa …": many houses, none named
        words = _capitalised(text, match.end())
        if not words or korean_person_at(text, words[0].start(1)):
            continue  # "Nhà Văn hóa của xã": a commune's, no name; a person after it
        end = words[-1].end()
        if words[-1].group(1) in _UNITS and (number := _NUMBER.match(text, end)):
            end = number.end()  # "Nhà Văn hóa Thôn 3": the village's by its number
        else:
            after = venue.LETTERS.match(text, end)
            next_word = after.group(1) if after else ""
            if len(words) == 1 and next_word[:1].islower() and next_word not in stops:
                continue  # "Thanh niên": a word in sentence case, cut
        found.append(
            (
                " ".join(text[match.start() : end].split()),
                "organizations",
                match.start(),
                end,
            )
        )
    return found


def _many_before(text: str, at: int) -> bool:
    """A plural before the kind at ``at`` ("các", "những"): many houses, no name."""
    return venue.MANY.search(text[max(0, at - 12) : at]) is not None


def _capitalised(text: str, at: int) -> list[re.Match[str]]:
    """The capitalised words right after ``at``, up to a few, to a title or a person's
    name, which opens the next clause ("Nhà Văn hóa Hàn Quốc Kim Min-ji biểu diễn …")."""
    words: list[re.Match[str]] = []
    while len(words) < _MOST_WORDS and (word := venue.capital(text, at)):
        if words and title_or_person_at(text, word.start(1)):
            break
        words.append(word)
        at = word.end()
    return words
