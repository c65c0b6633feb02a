"""Places Vietnamese names by their kind: a venue's kind, then its name in capitals.

"Nhà hát Hòa Bình", "Khu công nghiệp Vân Trung", "Công viên 23/9", "sân vận động Sangam
World Cup": a theatre, an industrial zone, a park, a stadium, each a place an editor files
with the cities. The kind may be written in capitals or not; the name after it is in
capitals (or a date, as Vietnam names parks and squares for days: "Công viên 23/9"), and the
kind stays part of the name, since the name alone is often a person's ("Phố đi bộ Nguyễn
Huệ") or a province's ("Nhà thi đấu Phú Thọ"). A new town that a project builds is the
project: "dự án khu đô thị Đông Nam".
"""

from __future__ import annotations

import re

from dossier.places import country_keys, is_listed_place
from dossier.recognize.candidates.vietnamese_houses import houses
from dossier.recognize.candidates.vietnamese_persons import (
    foreign,
    korean_person_at,
    title_or_person_at,
)
from dossier.text import joined_key, name_key

# the kinds, in lower case; the case of each letter is free ("Nhà Thi đấu Nguyễn Du")
_KINDS = (
    "khu đô thị mới",  # a new town
    "khu đô thị",
    "nhà hát",  # a theatre
    "nhà thi đấu",  # an indoor arena
    "sân vận động",  # a stadium
    "công viên",  # a park
    "quảng trường",  # a square
    "phố đi bộ",  # a walking street
    "sân bay quốc tế",  # an international airport: "sân bay quốc tế Nội Bài"
    "sân bay",  # an airport: "sân bay Tân Sơn Nhất", "sân bay Busan"
)
# an industrial zone, only capitalised ("Khu công nghiệp Vân Trung"): the tests keep "…
# nằm tại khu công nghiệp Yên Phong" free of names
_CAPITALISED = r"K(?i:hu[ \t]+công[ \t]+nghiệp)"
_KIND = re.compile(
    r"(?<![\w’'-])(?:"
    + _CAPITALISED
    + "|(?i:"
    + "|".join(re.escape(k).replace(r"\ ", r"[ \t]+") for k in _KINDS)
    + r"))(?=[ \t]+\S)"
)
# one word of the name: a capitalised word, or a day and month ("23/9")
_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w’'-]*|\d{1,2}/\d{1,2}(?![\d/]))")
_MOST_WORDS = 5
# "các khu công nghiệp Việt Nam", "các trường đại học Hàn Quốc": many of a place, no name
MANY = re.compile(r"(?:các|những|nhiều|mọi)[ \t]+$", re.IGNORECASE)
# one word of a name in letters: "Kyungwoon", "Rồng"
LETTERS = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")


def capital(text: str, at: int) -> re.Match[str] | None:
    """The capitalised word right after ``at``, if one is."""
    word = LETTERS.match(text, at)
    return word if word and word.group(1)[0].isupper() else None


# "dự án khu đô thị Đông Nam": the project that builds it
_PROJECT = re.compile(r"dự[ \t]+án[ \t]+$", re.IGNORECASE)


_AIRPORT = re.compile(r"(?i:sân[ \t]+bay)")
_TOWN = re.compile(r"(?i:khu[ \t]+đô[ \t]+thị(?:[ \t]+mới)?)")
# "Nhà hát Thành phố": the city's word, its second syllable in lower case
_CITY = re.compile(r"[ \t]+phố(?!\w)")


def venues(text: str, stops: frozenset[str]) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each venue named by its kind in ``text``. A name of one
    capitalised word with a lower-case syllable after it that is none of ``stops`` (the
    words a sentence goes on with) is a sentence-case word's first syllable ("Công viên
    Công nghệ tỉnh Chungbuk", a technology park), not a venue's name."""
    found = []
    for match in _KIND.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        if MANY.search(before):
            continue
        end, words = match.end(), []
        opens = _WORD.match(text, end)
        if opens and korean_person_at(text, opens.start("word")):
            continue  # "rời sân vận động Park Hang-seo nói …": a Korean after the kind
        while len(words) < _MOST_WORDS and (word := _WORD.match(text, end)):
            if not (word["word"][0].isupper() or word["word"][0].isdigit()):
                break
            if words and word["word"][0].isdigit():
                break  # "Công viên Thống Nhất 23/9": a date after the name
            if words and title_or_person_at(text, word.start("word")):
                break  # "sân bay Nội Bài Thủ tướng …": the next clause's subject
            words.append(word["word"])
            end = word.end()
            if words[0][0].isdigit():
                break  # "Công viên 23/9": the day is the whole name
            if word["word"] == "Thành" and (city := _CITY.match(text, end)):
                words.append("phố")
                end = city.end()
        key = name_key(" ".join(words))
        if not words or joined_key(key) in country_keys():
            continue
        if _TOWN.fullmatch(match.group()) and is_listed_place(key):
            continue  # "khu đô thị Hà Nội": a city's new towns, none named
        after = _WORD.match(text, end)
        word = after["word"] if after else ""
        if (
            len(words) == 1
            and word[:1].islower()
            and word not in stops
            and not (
                _AIRPORT.match(match.group())
                and foreign(words[0])
                and words[0][1:].islower()
            )
        ):
            # (an airport's foreign name is no syllable of one: "sân bay Busan kể từ …";
            # any other kind's may be a sponsor's: "công viên Samsung tài trợ …")
            continue
        kind = "initiatives" if _PROJECT.search(before) else "cities"
        found.append(
            (" ".join(text[match.start() : end].split()), kind, match.start(), end)
        )
        if _AIRPORT.match(match.group()) and is_listed_place(key):
            # "sân bay Incheon": the city's airport, and the city, named
            at = text.index(words[0], match.end())  # the name's first word
            found.append((" ".join(words), "cities", at, end))
    return found + houses(text, stops)  # "Nhà Quốc hội Hàn Quốc", "Nhà Văn hóa ASEAN"
