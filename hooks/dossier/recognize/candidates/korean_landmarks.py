"""A place spelt by sound, then the word for its kind a space apart: "호안끼엠 호수" (Hoàn
Kiếm lake), "미딘 국립경기장" (Mỹ Đình national stadium), "논느억 해변" (Non Nước beach),
"바딘 광장", "응웬후에 거리" (Nguyễn Huệ street, named for a person), "옌뜨 사원" (a temple),
"추아베 항구" (a port), "꾸에보 산단" (an industrial park); and a lake's square, the two
kinds after one name ("호안끼엠 호수 광장"); a bay or a beach written onto the place's name
("하롱베이": Hạ Long Bay, "미케비치": Mỹ Khê beach). The place is proposed with its kind, as a
place; the words of the language before a kind name none ("아름다운 해변", "일반
산업단지", "양일간 거리는": for two days the street), nor a place the model knows
("다낭 해변": any beach of Đà Nẵng)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_country, is_listed_place
from dossier.recognize.candidates.korean_words import (
    HANGUL_COUNTRIES,
    Named,
    adjacent,
    is_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import reads_as_proper
from dossier.recognize.candidates.sounded_words import sounds_foreign
from dossier.recognize.candidates.vietnamese_in_hangul import glued_person_shaped
from dossier.text import name_key

# the kinds of a place a name is spelt before: a lake, a beach, a square, a street, a
# stadium, a port, a temple, an industrial park or an economic zone, a waterfall, a cave,
# a tower, a citadel ("탕롱 황성"), a commune ("딘투이 면") (not "…스타디움", which a truth
# as often files as a body)
KINDS = frozenset(
    words_of(
        "호수 해변 비치 해수욕장 광장 거리 국립경기장 경기장 항구 항만 사원 "
        "산단 경제특구 경제구역 폭포 동굴 국립공원 타워 황성 면 구시가지"
    )
)
# a tomb or a birthplace, named for a person the model knows ("호치민 묘소", "박정희 생가"),
# their title between too ("호찌민 주석 묘소")
PERSON_KINDS = frozenset(words_of("묘소 영묘 생가"))
# a kind of one syllable, a word too short to lose its particle: "면을", "면과"
_COMMUNE = re.compile(r"(면)(?:을|이|과|와|에|에서|의|은|도|으로)?")
# a second kind after the first: "호안끼엠 호수 광장" (the square by the lake)
_SECOND = frozenset(words_of("광장 거리 공원"))
MIN_SYLLABLES = 2  # "미케"; one syllable spells no place
# a bay, a beach, written onto the name: "하롱베이", "미케비치" (not "다비치", a band)
_GLUED_KINDS = ("베이", "비치")


def landmarks(text: str, words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "cities", start, end) of each place spelt by sound before its kind's
    word."""
    yield from _persons_places(text, words)
    for i in range(len(words) - 1):
        word, start, _ = words[i]
        kind = _kind(words[i + 1][0])
        if kind not in KINDS or not adjacent(words, i, i + 1):
            continue
        if text[words[i][2] : words[i + 1][1]] != " " or not _spelt_place(word):
            continue
        end = words[i + 1][1] + len(kind)
        if (
            i + 2 < len(words)
            and words[i + 1][0] == kind
            and stem(words[i + 2][0]) in _SECOND
            and text[end : words[i + 2][1]] == " "
        ):
            end = words[i + 2][1] + len(stem(words[i + 2][0]))
        yield text[start:end], "cities", start, end


def _persons_places(text: str, words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "cities", start, end) of each tomb or birthplace a person's name opens, a
    title between or none: "호치민 묘소", "호찌민 주석 묘소" (not "국가주석 묘소")."""
    for i in range(len(words) - 1):
        kind = stem(words[i + 1][0])
        titled = kind not in PERSON_KINDS and is_title(kind) and i + 2 < len(words)
        if titled:
            kind = stem(words[i + 2][0])
        last = i + 1 + titled
        if kind not in PERSON_KINDS or not adjacent(words, i, last):
            continue
        gaps = (text[words[k][2] : words[k + 1][1]] for k in range(i, last))
        if any(g != " " for g in gaps) or not _a_person(words[i][0]):
            continue
        start, end = words[i][1], words[last][1] + len(kind)
        yield text[start:end], "cities", start, end


# people whose name is a city's too: the tomb is theirs ("호치민 묘소")
_CITY_PEOPLE = frozenset(words_of("호치민 호찌민 호지명"))


def _a_person(word: str) -> bool:
    """``word`` is a name the model reads as proper, neither a country's ("베트남 주석
    묘소", "미국 대통령 생가") nor a listed place's ("구미 생가": the town of one)."""
    if word in HANGUL_COUNTRIES or is_country(word) or not reads_as_proper(word):
        return False
    return word in _CITY_PEOPLE or not is_listed_place(name_key(word))


def glued_landmarks(words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "cities", start, end) of each bay or beach written onto a place's name: a
    place of the list ("하롱베이") or a word spelt by sound ("미케비치"; not "타이베이",
    Taipei, nor "픽사베이", a picture library, names the model knows)."""
    for word, start, _ in words:
        # "하롱베이" whole (its 이 is the bay's, no particle), "하롱베이를" less its particle
        named = word if word.endswith(_GLUED_KINDS) else stem(word)
        if not named.endswith(_GLUED_KINDS):
            continue
        own = named[: -len(_GLUED_KINDS[0])]
        if len(own) < MIN_SYLLABLES or is_country(own):
            continue
        if is_listed_place(name_key(own)) or sounds_foreign(own):
            yield named, "cities", start, start + len(named)


def _kind(word: str) -> str:
    """``word`` without its particle ("광장에서" → 광장, "면을" → 면)."""
    short = _COMMUNE.fullmatch(word)
    return short.group(1) if short else stem(word)


def _spelt_place(word: str) -> bool:
    """A word spelt by sound, no particle on it ("미딘", "호안끼엠"), or a Vietnamese name
    run together a street is named for ("응웬후에": Nguyễn Huệ); not a country."""
    if len(word) < MIN_SYLLABLES or word in HANGUL_COUNTRIES:
        return False
    return sounds_foreign(word) or glued_person_shaped(word)
