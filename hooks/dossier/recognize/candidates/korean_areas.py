"""A place spelt by sound before the word for an area or its surroundings: "롱손 지역에"
(the Long Sơn area), "디엔반 지역을", "마이쩌우 지역에서", "락소이 인근" (near Rạch Sỏi),
"호안끼엠 일대". Korean writes a foreign district, commune or region so, without the word for
its kind; the word it is spelt in is none of the language's, which the model of Korean says
("선즈엉", "몽즈엉"), where the areas Korean names by its own words are words it knows
("수도권 지역", "농촌 지역", "접경 지역", "인근 지역"). Not a part of the world ("인도태평양
지역", "동남아 지역") nor a word of three syllables opening with a family name ("하우장
지역" or a person's name, which the model cannot tell apart). An area is read after every
other reader, and never where one of them found a name ("코참 일대": the chamber's)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    adjacent,
    is_person_title,
    person_shaped,
    stem,
    world_region,
)
from dossier.recognize.candidates.sounded_words import reads_as_foreign_place

# an area, or what lies around a place: "지역" (area), "일대" and "일원" (the whole of),
# "인근" and "부근" (near), "근교" (the outskirts)
_AREA_WORDS = ("지역", "일대", "일원", "인근", "부근", "근교")
MIN_PLACE_SYLLABLES = 2
# a country's part by the points of the compass: "북중부" (north central), "중북부"
_POINTS = re.compile(r"^[동서남북중]+부$")


def areas(text: str, words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "cities", start, end) of each word spelt by sound before an area's word,
    a space apart; not a person's name before a title that opens so ("김영수
    지역위원장"), nor a part of the world ("동남아 지역")."""
    for i in range(len(words) - 1):
        word, start, end = words[i]
        after = words[i + 1][0]
        if not (adjacent(words, i, i + 1) and after.startswith(_AREA_WORDS)):
            continue
        if text[end : end + 1] != " " or is_person_title(stem(after)):
            continue
        if len(word) < MIN_PLACE_SYLLABLES or word in HANGUL_COUNTRIES:
            continue
        if person_shaped(word) or _POINTS.match(word) or world_region(word):
            continue  # "하우장 지역" or a person's name, the model cannot tell; "북중부"
        if reads_as_foreign_place(word):
            yield word, "cities", start, end


def unfound_areas(
    text: str, words: list[tuple[str, int, int]], found: dict[tuple[int, int], Named]
) -> list[Named]:
    """The areas where the other readers ``found`` no name but a person's (a place's
    name the model reads as one: "오몬 지역"), and no body across them ("코참 일대",
    "비엣젯 지역": the chamber's, the airline's)."""
    return [
        area
        for area in areas(text, words)
        if found.get(area[2:], area)[1] in ("leaders", "cities")
        and not any(
            kind == "organizations" and a < area[3] and area[2] < b
            for _, kind, a, b in found.values()
        )
    ]
