"""A Korean body whose name has letters or digits written into it, in the few shapes a
name takes and a common noun does not: a name's Hangul before them ("한세예스24문화재단",
"한베친선IT대학"), a firm's letters joined by "&" or opened by a lower-case letter
("T&T그룹", "aT한국농수산식품유통공사"), a unit's number after its armed service ("베트남
해군 2함대사령부"), an ordinal ("베트남 제2해역사령부"), and a K- centre a place owns
("하노이 K-스타트업센터"). The Hangul reader read only the tail after the letters
("문화재단", "함대사령부") or nothing. A genre ("K-바이오제약"), a grade, a unit or a
model ("5성급호텔", "300ha산업단지", "K5자동차"), a topic ("코로나19전담병원") or an
abbreviation ("R&D센터") names no body; a place is an owner only as a whole word."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_bodies import (
    BODY_HEADS,
    group_companies,
    is_body,
)
from dossier.recognize.candidates.korean_localities import names_a_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    own_stem,
    words_of,
)
from dossier.recognize.candidates.transliterated import GENERIC_AFTER_LETTERS

# one word: a name's Hangul or 제, the letters or digits, the Hangul ending in the head
_LETTERED_WORD = re.compile(
    r"(?<![\w&\-])(?P<before>[가-힣]{0,8})"
    r"(?P<letters>[A-Za-z0-9][A-Za-z0-9&\-]{0,9})(?P<hangul>[가-힣]{2,14})"
)
# heads that only a body's name ends in (not "센터", "병원", "호텔", "테크", "그룹" alone)
_NAME_HEADS = tuple(words_of("재단 대학 대학교 공사 공단 협회"))
# a firm's letters joined by "&" ("T&T"; "R&D", "M&A" are no firm), or opened by a
# lower-case letter ("aT"; "e커머스", "IoT" are words)
_AMPERSAND = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")
_LOWER_LED = re.compile(r"[a-z][A-Z]{1,3}")
_NOT_FIRMS = frozenset(("R&D", "M&A", "Q&A"))
_NAME_LETTERS = re.compile(r"\d{1,4}|[A-Z]{2,4}")  # "한세예스24", "한베친선IT"
_TOPICS = tuple(
    words_of("코로나 메르스 사스")
)  # "코로나19전담병원": a kind of hospital
# a unit an armed service numbers, or an ordinal does: "2함대사령부", "제2해역사령부"
_UNIT_HEADS = tuple(words_of("사령부 함대 사단 군단 여단 전단 군구 비행단"))
_SERVICES = frozenset(words_of("해군 육군 공군 해병대"))
_ORDINAL = re.compile(r"\d{1,3}")
_K_CENTRE = ("K-", "센터")  # "하노이 K-스타트업센터", with a place before it
# "4차산업혁명위원회": a committee a count word opens
_COUNT_COMMITTEE = re.compile(r"차[가-힣]{4,}위원회")
_SPACE = " "


def companies(words: list[tuple[str, int, int]], text: str) -> Iterator[Named]:
    """The names a group's name opens ("삼성디스플레이") and the bodies with letters or
    digits in their name."""
    yield from group_companies(words, text)
    yield from lettered_bodies(text)


def lettered_bodies(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each body whose one-word name has letters
    or digits inside or before its Hangul, with its owner before it where it needs one."""
    for match in _LETTERED_WORD.finditer(text):
        before, letters, hangul = match["before"], match["letters"], match["hangul"]
        own = own_stem(hangul)  # "T&T디스플레이": the name's own last syllable
        start, end = match.start(), match.start("hangul") + len(own)
        if not before and letters.isdigit() and _COUNT_COMMITTEE.fullmatch(own):
            yield text[start:end], "organizations", start, end
            continue
        start = _start(text, match, before, letters, own)
        if start is not None:
            yield text[start:end], "organizations", start, end


def _start(text: str, match: re.Match[str], before: str, letters: str, own: str):
    """Where the name opens, or None when the word names no body."""
    start = match.start()
    if before == "제" and _ORDINAL.fullmatch(letters) and own.endswith(_UNIT_HEADS):
        return _owner_before(text, start, countries=True)  # "베트남 제2해역사령부"
    if before:
        fits = _NAME_LETTERS.fullmatch(letters) and own.endswith(_NAME_HEADS)
        return start if fits and not before.startswith(_TOPICS) else None
    if _ORDINAL.fullmatch(letters) and own.endswith(_UNIT_HEADS):
        service = _word_before(text, start)
        if service is None or text[service : start - 1] not in _SERVICES:
            return None  # "2사단": whose, the text says elsewhere
        return _owner_before(text, service, countries=True)  # "베트남 해군 2함대사령부"
    if letters == _K_CENTRE[0] and own.endswith(_K_CENTRE[1]) and own != _K_CENTRE[1]:
        owner = _owner_before(text, start, countries=True, places=True)
        return owner if owner != start else None  # "K-창업센터" alone: whose is unsaid
    if _AMPERSAND.fullmatch(letters) and letters not in _NOT_FIRMS:
        generic = own in GENERIC_AFTER_LETTERS
        return (
            start
            if not generic and (own.endswith(tuple(BODY_HEADS)) or is_body(own))
            else None
        )
    if _LOWER_LED.fullmatch(letters) and own.endswith(_NAME_HEADS):
        return start  # "aT한국농수산식품유통공사"
    return None


def _word_before(text: str, start: int) -> int | None:
    """Where the whole Hangul word a space before ``start`` opens (a space, a mark or the
    text's start before it), else None ("CJ베트남": 베트남 is inside a word)."""
    if text[start - 1 : start] != _SPACE:
        return None
    opens = start - 1
    while opens > 0 and "가" <= text[opens - 1] <= "힣":
        opens -= 1
    if opens == start - 1 or (
        opens and (text[opens - 1].isalnum() or text[opens - 1] in "&-")
    ):
        return None
    return opens


def _owner_before(
    text: str, start: int, *, countries: bool, places: bool = False
) -> int:
    """``start``, or where the country (or the place) a space before it opens."""
    opens = _word_before(text, start)
    if opens is None:
        return start
    word = text[opens : start - 1]
    if (countries and word in HANGUL_COUNTRIES) or (places and names_a_place(word)):
        return opens
    return start
