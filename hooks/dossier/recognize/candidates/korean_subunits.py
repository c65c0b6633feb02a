"""The small units of a city or a county: a neighbourhood (동), a township (면, 읍) and a
village (리): "서울 옥수동에서", "강남구 역삼동", "별내면 에코랜드와 진접읍 …", "사동리
마을회관", "다낭시 화방면 인민위원회". The syllables end many a common word too ("봉사활동",
"비대면", "먹거리", "부총리"), and 동 and 리 many a person's given name ("김영동"), so a word
ending so is a unit only when

- the model of Korean reads it in its sentence as one proper noun ("별내면", "진접읍"), a
  neighbourhood or a village then only with a cue besides ("김영동" is as likely a man,
  "베이커리" a bakery), and so a township named like noodles, 면 being their word too
  ("신라면", "진라면": brands of ramen; "여수시 소라면" is a township);
- or a cue says so, and the word is no common noun the model knows: the city or district
  it lies in right before it ("서울 옥수동", "다낭시 화방면"), or the office of the unit
  right after it ("사동리 마을회관", "화방면 인민위원회", "옥수동 주민센터")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from dossier.recognize.candidates.korean_words import (
    WORD,
    Named,
    is_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import (
    COMMON,
    PROPER,
    morphemes,
    read_alone,
)

# a unit's name: one to three syllables of its own and the syllable of its kind
_UNIT = re.compile(r"^[\uac00-\ud7a3]{2,4}[동면읍리]$")
_KINDS = ("동", "면", "읍", "리")
_TOWNSHIPS = ("면", "읍")  # no given name ends so
# noodles, whose word is a township's syllable too: a brand's name ends so ("신라면")
_NOODLES = ("라면", "냉면", "쫄면", "짜장면", "자장면", "비빔면", "볶음면", "짬뽕면")
# the office of a unit, or its hall, a word of its own after the unit's name
_OFFICES = frozenset(
    words_of(
        "주민센터 행정복지센터 주민자치센터 사무소 면사무소 읍사무소 마을회관 회관 "
        "경로당 인민위원회 당위원회"
    )
)
_PREFIXES = ("XPN",)  # "비대면": a prefix and a common noun
_NEXT_WORD = re.compile(r" \s*(\S+)")  # the word after a space
_GLOSS_BEFORE = re.compile(r"\([^()]{2,30}\) $")  # a place's spelling in brackets
MIN_COMMON = 2  # syllables of a common noun the unit's syllable ends ("활동", "방면")


def subunits(text: str, places: Iterable[tuple[int, int]]) -> Iterator[Named]:
    """(name, "cities", start, end) of each neighbourhood, township or village in
    ``text``; ``places`` are the spans of the places already found in it."""
    if not any(kind in text for kind in _KINDS):
        return
    place_ends = {end for _, end in places}
    proper = None
    for match in WORD.finditer(text):
        name = stem(match.group())
        if not _UNIT.match(name) or is_title(name):
            continue
        start, end = match.start(), match.start() + len(name)
        after = _NEXT_WORD.match(
            text, end
        )  # (not the rest of the text split: quadratic)
        office = after is not None and stem(after[1]) in _OFFICES
        cued = _after_place(text, start, place_ends) or office
        if proper is None:
            proper = _proper_spans(text)
        if (start, end) in proper:
            if cued or (name.endswith(_TOWNSHIPS) and not name.endswith(_NOODLES)):
                yield name, "cities", start, end
        elif cued and not common_noun(name):
            yield name, "cities", start, end


def _after_place(text: str, start: int, place_ends: set[int]) -> bool:
    """A place found ends a space before ``start``, or before its spelling in brackets
    there ("떤안성(Tan An) 푹라동")."""
    if start - 1 in place_ends and text[start - 1] == " ":
        return True
    gloss = _GLOSS_BEFORE.search(text, max(0, start - 40), start)
    return gloss is not None and gloss.start() in place_ends


def _proper_spans(text: str) -> set[tuple[int, int]]:
    """The spans of the proper nouns of ``text``, and of those the syllable of a unit's
    kind follows, which the model reads apart ("퇴계원" and 읍)."""
    read = morphemes(text)
    spans = {(m.start, m.end) for m in read if m.tag == PROPER}
    spans.update(
        (m.start, after.end)
        for m, after in itertools.pairwise(read)
        if m.tag == PROPER and after.start == m.end and after.form in _KINDS
    )
    return spans


def common_noun(word: str) -> bool:
    """``word`` read alone is a common noun the model knows ("먹거리", "부총리"), a prefix
    and one ("비대면"), or two run together ("봉사활동"); not a name it reads as pieces
    ("사동리": a numeral and 동리, "화방면": 화 and 방면)."""
    tokens, _ = read_alone(word)
    if len(tokens) == 1:
        return tokens[0].tag != PROPER
    if tokens[0].tag in _PREFIXES:
        return True
    return sum(t.tag == COMMON and len(t.form) >= MIN_COMMON for t in tokens) > 1
