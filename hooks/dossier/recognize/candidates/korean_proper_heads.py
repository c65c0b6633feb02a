"""A body named by a proper noun, then its head noun as a word of its own: "빈펄 호텔",
"폭스콘 그룹", "키라보시 은행" (not "베트남 은행": the country's banks; not "김구 외교부
장관": a person, the government body they serve and their title)."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.places import country_keys
from dossier.recognize.candidates.korean_bodies import BODY_HEADS
from dossier.recognize.candidates.korean_body_kinds import body_kind
from dossier.recognize.candidates.korean_person_names import may_be_person
from dossier.recognize.candidates.korean_words import (
    Named,
    adjacent,
    adjacent_ranked,
    is_person_title,
    stem,
    words_of,
)
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.morphemes import is_proper_noun
from dossier.text import joined_key


def proper_before_head(text: str, words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, type, start, end) of each proper noun the model knows, then a body's head
    noun a space after it."""
    for i in range(1, len(words)):
        head, (before, start, end) = stem(words[i][0]), words[i - 1]
        if head not in BODY_HEADS:
            continue
        proper = adjacent(words, i - 1, i) and is_proper_noun(text, start, end)
        if proper and not (is_country_key(name_key(before)) or _served(text, words, i)):
            stop = words[i][1] + len(head)
            yield text[start:stop], body_kind(text[start:stop], head), start, stop


def is_country_key(key: tuple[str, ...]) -> bool:
    """``key`` is a country's name: "베트남", "대한민국"."""
    return joined_key(key) in country_keys()


# a government's bodies, whose heads a person is named before ("김구 외교부 장관"); a
# firm's or a school's name may open as a surname does ("한화 그룹 회장", "서울 대학교 총장")
_SERVED_HEADS = frozenset(words_of("외교부 부처 대사관 영사관 총영사관 위원회 의회"))


def _served(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """The word before the government body's head ``words[i]`` is a person's name, a
    title after the head: "김구 외교부 장관", "조민 외교부 2차관"."""
    name, start, _ = words[i - 1]
    return (
        stem(words[i][0]) in _SERVED_HEADS
        and may_be_person(name, text, start)
        and i + 1 < len(words)
        and adjacent_ranked(words, text, i, i + 1)
        and is_person_title(stem(words[i + 1][0]))
    )
