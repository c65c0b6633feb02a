"""Registered names in Korean text, where a particle is written onto a name's last word
("하노이에서", "부산시는", "포괄적 전략 동반자 관계를", "베트남 공산당의")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.recognize.hangul_titles import name_stems
from dossier.recognize.tokens import (
    HANGUL_PARTICLES,
    MIN_STEM,
    hangul_stems,
    opens_in_hangul,
)
from dossier.text import joined_key

if TYPE_CHECKING:
    from dossier.recognize.matcher import Matcher


def last_word_stem(
    keys: list[str], starts: list[int], i: int, length: int, matcher: Matcher
) -> tuple[str, str, int] | None:
    """A Korean name of several words whose last word carries its particle ("포괄적 전략
    동반자 관계를", "베트남 공산당의"): the entity, the name's key and where it ends."""
    last = keys[i + length - 1]
    if not opens_in_hangul(last):
        return None
    # "외교부장관의": the ministry's, its minister's title written on
    for stem in name_stems(last):
        key = joined_key((*keys[i : i + length - 1], stem))
        if (slug := matcher.joined.get(key)) is not None:
            return slug, key, starts[i + length - 1] + len(stem)
    return None


# A place's name with the word for its kind: "부산시" (Busan city), "부산항" (Busan port)
_PLACE_KINDS = ("시", "항")


# Words written onto a place's name that open the name of something there: "정부서울청사"
# (the Government Complex Seoul), "에어서울", "에어부산" (airlines named after their city)
_BEFORE_PLACES = ("정부", "에어")
# the prefix for "stationed in": "주호치민 총영사관" (the Consulate General in Ho Chi Minh
# City), "주하노이"; read after the word's own names ("주부산베트남총영사관" is registered),
# and only when the city ends the word or a mission's word follows it ("주하노이대사관"):
# "주부산악회" is a housewives' (주부) hiking club (산악회), "주부산업" an industry
STATIONED_IN = "주"
# the last word of a diplomatic mission's name ("… 총영사관", "… 대사관"), then of any
# office a country keeps abroad ("… 무역관", a trade office)
DIPLOMATIC_MISSIONS = ("대사관", "영사관", "대표부")
MISSIONS = (*DIPLOMATIC_MISSIONS, "무역관", "사무소", "문화원")


def hangul_stem(key: str, matcher: Matcher) -> tuple[str, int, int] | None:
    """The entity a Hangul word names once its particle is off ("서울과", "하노이에서",
    "부산시는"), where its name starts in the word and its length."""
    for word in _BEFORE_PLACES:
        if found := _place_after(word, key, matcher):
            return found
    found = _opening_stem(key, matcher)
    if found:
        return found[0], 0, found[1]
    found = _place_after(STATIONED_IN, key, matcher)
    if found is None:
        return None
    rest = key[found[1] + found[2] :]
    return found if not rest or any(word in rest for word in MISSIONS) else None


def _place_after(word: str, key: str, matcher: Matcher) -> tuple[str, int, int] | None:
    """The registered place named right after ``word`` in the Hangul word ``key``."""
    if not key.startswith(word) or len(key) <= len(word):
        return None
    rest = key[len(word) :]
    found = (
        (matcher.joined[rest], len(rest))
        if rest in matcher.joined
        else _opening_stem(rest, matcher)
    )
    if found and found[0] in matcher.cities:
        return found[0], len(word), found[1]
    return None


def _opening_stem(key: str, matcher: Matcher) -> tuple[str, int] | None:
    """The entity whose name opens the Hangul word, and the name's length."""
    for stem in (key, *name_stems(key)):
        for name in (stem, *(stem.removesuffix(kind) for kind in _PLACE_KINDS)):
            if len(name) >= MIN_STEM and name != key and name in matcher.joined:
                return matcher.joined[name], len(name)
    # "하노이세관", "서울의료봉사재단": a place opens the name of a body that is there (most
    # words open no name at all, and are let go at once)
    if key[:MIN_STEM] not in matcher.starts:
        return None
    for size in range(len(key) - 1, MIN_STEM - 1, -1):
        slug = matcher.joined.get(key[:size])
        if slug in matcher.cities:
            return slug, size
    return None


# A city named after a man, by its Korean names: Ho Chi Minh City (호찌민, 호치민), the
# same words as the man's own name
NAMESAKES = frozenset(("호찌민", "호치민"))

# What follows the man's name and not his city's: his title ("호찌민 주석", President Ho
# Chi Minh), his tomb or his birthplace ("호치민 묘소", "호찌민 생가"); after another city
# these are the city's ("고인의 부산 생가", "하노이 묘소")
# his works, statues and sayings too ("호찌민 옥중일기", the Prison Diary; "호치민 동상")
_PERSON_AFTER = frozenset(
    (
        "주석",
        "국가주석",
        "묘소",
        "영묘",
        "묘",
        "생가",
        "옥중일기",
        "동상",
        "흉상",
        "어록",
    )
)
# the one-syllable words of these, whose particle hangul_stems leaves on ("묘를", "묘에")
_SHORT_PERSON_AFTER = tuple(word for word in _PERSON_AFTER if len(word) == 1)
_PARTICLES = frozenset(HANGUL_PARTICLES)
# a word between the man's name and his title: "호찌민 전 국가주석" (former President)
_FORMER = frozenset(("전", "고", "초대"))


def named_after_person(key: str, keys: list[str], i: int) -> bool:
    """The city's Korean name ``key``, before the word at ``i``, names the man the city is
    named after (the word's particle aside: "주석이", "묘소를")."""
    if key not in NAMESAKES or i >= len(keys) or not opens_in_hangul(keys[i]):
        return False
    if keys[i] in _FORMER and i + 1 < len(keys):
        i += 1  # "호찌민 전 국가주석": his title after "former"
    word = keys[i]
    if word.startswith(_SHORT_PERSON_AFTER) and word[1:] in _PARTICLES:
        return True  # "호찌민 묘를": his tomb ("묘미를", "묘지에": no)
    return word in _PERSON_AFTER or any(s in _PERSON_AFTER for s in hangul_stems(word))
