"""An academy Korean names by whose it is: a country, a place or a person, then the
field it teaches, glued or a space apart: "베트남 국방 아카데미", "베트남외교아카데미",
"호찌민 국가 정치아카데미" (Ho Chi Minh's), "박항서 국제축구아카데미" (a coach's). An
academy is a body ("organizations"). Without its owner the field names any academy:
"외교아카데미", "외교 아카데미", "축구아카데미" are none; nor is a prize ("아카데미상":
a word glued on), or an academy after a word with its particle ("베트남의 외교아카데미":
the owner's particle says the words are a phrase, not a name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_topics import bare
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    particle_fits,
)
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.tokens import HANGUL_PARTICLES

_ACADEMY = "아카데미"
_HANGUL_RUN = re.compile(r"[가-힣]*")
_PARTICLES = frozenset(HANGUL_PARTICLES)
MAX_FIELD_WORDS = 2  # "국가 정치", "군사과학": the words of the field between
MAX_WORD = 10  # syllables of one word read back from the academy
_OWNERS = ("leaders", "cities")  # the kinds of a found name that can own an academy


def academies(text: str, found: list[Named]) -> Iterator[Named]:
    """(name, "organizations", start, end) of each academy named by its owner."""
    owners = {(n[2], n[3]) for n in found if n[1] in _OWNERS}
    at = text.find(_ACADEMY)
    while at >= 0:
        end = at + len(_ACADEMY)
        start = _owned_from(text, at, owners)
        if start is not None and _ends_name(text, end):
            yield text[start:end], "organizations", start, end
        at = text.find(_ACADEMY, end)


def _ends_name(text: str, end: int) -> bool:
    """A particle or nothing after the academy's noun ("…아카데미의"; not "…아카데미상")."""
    tail = _HANGUL_RUN.match(text, end).group()
    return not tail or (tail in _PARTICLES and particle_fits(text[end - 1], tail))


def _owned_from(text: str, at: int, owners: set[tuple[int, int]]) -> int | None:
    """Where the academy's name opens: its owner glued to the field before the noun at
    ``at`` ("베트남외교아카데미"), or a word before it a space apart with at most two
    bare words of its field between ("호찌민 국가 정치아카데미"); None without one."""
    start = _word_start(text, at)
    glued = text[start:at]
    if any(
        glued.startswith(country) and len(glued) > len(country)
        for country in _countries_opening(glued)
    ):
        return start  # "베트남외교아카데미"
    fields = 1 if glued else 0
    for _ in range(MAX_FIELD_WORDS + 1):
        if start < 2 or text[start - 1] != " ":
            return None
        end = start - 1
        start = _word_start(text, end)
        word = text[start:end]
        if not word or (start > 0 and not _opens_word(text[start - 1])):
            return None  # "…X아카데미" after letters or a number: no word of ours
        if _owns(word, start, end, owners):
            return start if fields else None  # "베트남 아카데미": no field says which
        if not bare(word):
            return None  # "베트남의 외교아카데미": a phrase, no name
        fields += 1
    return None


def _word_start(text: str, end: int) -> int:
    """Where the run of Hangul that ends at ``end`` opens (at most ``MAX_WORD`` back)."""
    start = end
    while start > max(0, end - MAX_WORD) and "가" <= text[start - 1] <= "힣":
        start -= 1
    return start


def _opens_word(before: str) -> bool:
    """What may stand before a name's first word: a space, a bracket, a quote, a sign."""
    return not before.isalnum()


def _countries_opening(word: str) -> Iterator[str]:
    """The countries' Korean names ``word`` opens with ("베트남외교" → "베트남")."""
    for size in range(2, min(len(word), 6)):
        if word[:size] in HANGUL_COUNTRIES:
            yield word[:size]


def _owns(word: str, start: int, end: int, owners: set[tuple[int, int]]) -> bool:
    """A country, a listed place or a person or place found there: an academy's owner."""
    return (
        word in HANGUL_COUNTRIES
        or (start, end) in owners
        or is_listed_place(name_key(word))
    )


def with_academies(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the academies of ``text``; names found inside an academy's span
    give way to it, save its owner (the person or place found alone stays); a name
    found over the whole academy keeps it."""
    more = [
        m
        for m in academies(text, found)
        if not any(n[2] <= m[2] and m[3] <= n[3] and n[2:] != m[2:] for n in found)
    ]
    if not more:
        return found
    spans = [m[2:] for m in more]
    kept = [
        n
        for n in found
        if not any(
            a <= n[2] < b or a < n[3] <= b
            for a, b in spans
            if not (n[2] == a and n[1] in _OWNERS and n[3] < b)
        )
    ]
    return sorted([*kept, *more], key=lambda n: n[2])
