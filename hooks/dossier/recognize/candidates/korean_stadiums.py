"""Stadiums by their place and the kind of stadium they are: "미딘 국제축구경기장" (Mỹ
Đình international football stadium), a space apart, or written onto the place
("미딘국립경기장", "수원월드컵경기장"). The kind is 경기장 (stadium) with what says which
kind before it ("국립": national, "국제": international, "축구": football, "월드컵": built
for the World Cup, "종합": multi-sport); the place is spelt by sound, or, written onto
it, a place the list knows ("수원"). A kind with no place ("새 국제축구경기장", "인근
종합경기장") or a sport's stadium alone ("야구경기장") names none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    adjacent,
    stem,
)
from dossier.recognize.candidates.sounded_words import sounds_foreign
from dossier.text import name_key

_KIND = r"(?:국립|국제|축구|월드컵|종합)+경기장"
_SPACED_KIND = re.compile(_KIND)
_GLUED = re.compile(rf"(?P<place>[가-힣]{{2,5}}?)(?P<kind>{_KIND})")
MIN_SYLLABLES = 2


def stadiums(text: str, words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "cities", start, end) of each stadium named by its place and kind."""
    for i, (word, start, _) in enumerate(words):
        named = stem(word)
        glued = _GLUED.fullmatch(named)
        if glued and _a_place(glued["place"], listed_too=True):
            yield named, "cities", start, start + len(named)
            continue
        if i + 1 == len(words) or not adjacent(words, i, i + 1):
            continue
        kind = stem(words[i + 1][0])
        if (
            _SPACED_KIND.fullmatch(kind)
            and text[words[i][2] : words[i + 1][1]] == " "
            and _a_place(word, listed_too=False)
        ):
            end = words[i + 1][1] + len(kind)
            yield text[start:end], "cities", start, end


def _a_place(word: str, *, listed_too: bool) -> bool:
    """A word spelt by sound ("미딘"), or a place the list knows where ``listed_too``;
    not a country."""
    if len(word) < MIN_SYLLABLES or word in HANGUL_COUNTRIES or is_country(word):
        return False
    return sounds_foreign(word) or (listed_too and is_listed_place(name_key(word)))
