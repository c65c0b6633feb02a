"""A body named by a proper noun, then its head noun as a word of its own: "빈펄 호텔",
"폭스콘 그룹", "키라보시 은행" (not "베트남 은행": the country's banks; not "김구 외교부 장관": a person,
the body they serve and their title)."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.places import country_keys
from dossier.recognize.candidates.korean_bodies import BODY_HEADS, body_kind
from dossier.recognize.candidates.korean_words import (
    MAX_NAME_SYLLABLES,
    SURNAMES,
    Named,
    adjacent,
    adjacent_ranked,
    is_person_title,
    stem,
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


def _served(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """The word before the head ``words[i]`` is a person's name, a title after the head:
    "김구 외교부 장관", "조민 환경부 2차관"."""
    low, high = MAX_NAME_SYLLABLES
    name = words[i - 1][0]
    return (
        low <= len(name) <= high
        and name[0] in SURNAMES
        and i + 1 < len(words)
        and adjacent_ranked(words, text, i, i + 1)
        and is_person_title(stem(words[i + 1][0]))
    )
