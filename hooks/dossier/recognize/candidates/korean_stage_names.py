"""A stage name right after the noun that says what the act is, as entertainment pages
introduce acts: a group's ("걸그룹 파랑새와", "보이그룹 하늘소리(HANEUL)의") is a body
("organizations"), a singer's ("가수 별빛나래가", "인기가수 단(Dan)과") a person
("leaders").

A stage name is no Korean name shaped as a person's, so the rule of occupations
(``korean_occupations``) misses it; it counts when the model of Korean reads it alone as
a proper noun or as a word it does not know, or when its spelling in letters follows in
brackets ("보이그룹 열둘(YEOLDUL)": a numeral the model knows, named so). The cue stands
alone, after a space, a bracket or a line's start ("SK그룹 회장" is a firm's group, no
act's noun), and a title after the word ("그룹 관계자", "가수 김철수 씨") makes it no
stage name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    adjacent,
    is_title,
    stem,
)
from dossier.recognize.candidates.morphemes import is_name_alone, is_unknown_word

# the act's noun, a modifier glued on before it as papers write it ("인기가수", "K팝가수")
_GROUPS = frozenset(("그룹", "걸그룹", "보이그룹", "아이돌그룹", "밴드", "듀오"))
_SINGERS = frozenset(("가수", "인기가수", "가수인", "래퍼", "싱어송라이터"))
# a stage name's spelling in letters right after it: "(HANEUL)", "(Dan)"
_SPELLING = re.compile(r"\([A-Za-z][A-Za-z0-9 .&'\-]{0,24}\)")
MAX_STAGE_SYLLABLES = 6


def cued_stage_names(words: list[tuple[str, int, int]], text: str) -> Iterator[Named]:
    """(name, type, start, end) of each stage name right after a group's or a singer's
    noun in ``text``."""
    for i in range(len(words) - 1):
        cue, start, _ = words[i]
        kind = (
            "organizations"
            if cue in _GROUPS
            else "leaders"
            if cue in _SINGERS
            else None
        )
        if kind is None or (start and text[start - 1] not in " \n(\"'‘“·,"):
            continue
        if not adjacent(words, i, i + 1):
            continue
        word, at, _ = words[i + 1]
        name = stem(word)
        spelt = _SPELLING.match(text, at + len(name)) is not None
        if not (1 <= len(name) <= MAX_STAGE_SYLLABLES) or _titled(words, i + 2):
            continue
        if is_title(name) or name in HANGUL_COUNTRIES:
            continue
        if not spelt and name == word and _name_goes_on(words, i + 2):
            continue  # "가수 호앙 투이 린": a name in several words, read elsewhere
        if spelt or (len(name) >= 2 and _read_as_name(name)):
            yield name, kind, at, at + len(name)


def _read_as_name(word: str) -> bool:
    return is_name_alone(word) or is_unknown_word(word)


def _name_goes_on(words: list[tuple[str, int, int]], i: int) -> bool:
    """The word at ``i`` follows the name's first and may be its next syllables: one
    syllable, or a word the model reads as a name ("호앙 투이 린"), not a word of the
    language ("민콴 그리고")."""
    if i >= len(words) or not adjacent(words, i - 1, i):
        return False
    word = stem(words[i][0])
    return len(word) == 1 or _read_as_name(word)


def _titled(words: list[tuple[str, int, int]], i: int) -> bool:
    """The word at ``i`` follows the name and is a title: the name is a person's or a
    firm's before their post ("그룹 김철수 회장"), no stage name."""
    return i < len(words) and adjacent(words, i - 1, i) and is_title(stem(words[i][0]))
