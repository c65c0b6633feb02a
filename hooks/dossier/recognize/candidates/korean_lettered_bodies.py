"""A Korean body whose name has letters or digits written into it: "한세예스24문화재단",
"한베친선IT대학", "T&T그룹", "해군 2함대사령부", "하노이 K-스타트업센터". The Hangul reader
reads words of Hangul alone, so it found only the tail after the letters ("문화재단",
"함대사령부") or nothing ("IT대학": "대학" alone names none). The whole word is the name,
its particle off, when its Hangul after the letters ends in a body's head noun; a place,
a country or an armed service before it, a space apart, says whose it is ("하노이 K-…",
"해군 2…"), where a number or a letter and a dash opens the word; not before a firm's
letters ("베트남 LG전자", "베트남 T&T그룹": Vietnam's LG, a Vietnamese firm)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_bodies import (
    BODY_HEADS,
    group_companies,
    is_body,
)
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    stem,
    words_of,
)
from dossier.text import name_key

# one word: Hangul or none, then letters or digits (with "&" or "-" inside: "T&T",
# "K-"), then the Hangul that ends in the head noun and maybe a particle
_LETTERED_WORD = re.compile(
    r"(?<![\w&\-])(?P<before>[가-힣]{0,8})"
    r"(?P<letters>[A-Za-z0-9][A-Za-z0-9&\-]{0,9})(?P<hangul>[가-힣]{2,14})"
)
# a number and its counter, no name: "10개초등학교", "3곳센터"
_COUNTER = re.compile(r"\d+$")
_COUNTERS = tuple(words_of("개 곳 대 명 년 월 일 차 회 층 호 번 위 종 건 만 천 억"))
# a letter and a dash before the Hangul: "K-스타트업센터"; letters before a bare head
# name it from two on ("T&T그룹", "IT대학"; "K푸드" is Korean food)
_PREFIX = re.compile(r"[A-Za-z]-")
_MIN_LETTERS = 2
# the armed services whose units a number names: "해군 2함대사령부"
_SERVICES = frozenset(words_of("해군 육군 공군 해병대"))
_HEAD_SPACE = " "
_HEADS = tuple(BODY_HEADS)
_ORDINAL = ("", "제")  # "베트남 제2해역사령부": the number's own 제 opens the word


def companies(words: list[tuple[str, int, int]], text: str) -> Iterator[Named]:
    """The names a group's name opens ("삼성디스플레이") and the bodies with letters or
    digits in their name."""
    yield from group_companies(words, text)
    yield from lettered_bodies(text)


def lettered_bodies(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each body whose one-word name has letters
    or digits inside or before its Hangul, with the place or service before it."""
    for match in _LETTERED_WORD.finditer(text):
        hangul = match["hangul"]
        own = stem(hangul)
        if not (own.endswith(_HEADS) or is_body(own)):
            continue
        if _COUNTER.search(match["letters"]) and hangul.startswith(_COUNTERS):
            continue  # "10개초등학교": how many schools
        letters = match["letters"]
        if "-" in letters and not _PREFIX.fullmatch(letters):
            continue  # "KTA-주베트남한국문화원": two bodies, a dash between
        if own in BODY_HEADS and len(letters.rstrip("-")) < _MIN_LETTERS:
            continue  # "K푸드", "K-푸드": Korean food, a genre
        start = match.start()
        end = match.start("hangul") + len(own)
        if match["before"] in _ORDINAL and (letters[0].isdigit() or "-" in letters):
            start = _owner_before(text, start)
            if start == match.start() and not match["before"] and letters[0].isdigit():
                continue  # "1공업단지": the first of somewhere's, whose the text says
        yield text[start:end], "organizations", start, end


def _owner_before(text: str, start: int) -> int:
    """``start``, or where the word before it opens, a space apart, when that word is a
    listed place, a country or an armed service ("하노이 K-스타트업센터")."""
    if text[start - 1 : start] != _HEAD_SPACE:
        return start
    opens = start - 1
    while opens > 0 and "가" <= text[opens - 1] <= "힣":
        opens -= 1
    word = text[opens : start - 1]
    owner = word in HANGUL_COUNTRIES or word in _SERVICES
    if word and (owner or is_listed_place(name_key(word))):
        return opens
    return start
