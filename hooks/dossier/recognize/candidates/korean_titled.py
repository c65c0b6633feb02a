"""A Korean name the title after it vouches for, where the model of Korean words reads the
name as words of its own ("조광한": 조광, 하 and ㄴ, a verb's form; "이재수": 이 and 재수).

A title written onto what its holder heads, a place or a body ("이상익 함평군수", "이재수
춘천시장", "강한림 한울봉사단장", "김한수 외교부장관"), or a body or a post and then the title
("심철의 광주시의회 부의장", "전대주 주베트남 대사"), follows a person's name, where a
title alone follows as often a common word ("방문한 시장": the market visited) and a title
on a common noun names no one ("노동력 수출시장": the export market)."""

from __future__ import annotations

import re

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_bodies import BODY_HEADS, is_body
from dossier.recognize.candidates.korean_words import (
    MAX_NAME_SYLLABLES,
    PERSON_SYLLABLES,
    SURNAMES,
    TITLES,
    is_person_title,
    is_title,
    stationed_in,
    stem,
)
from dossier.text import name_key

# the titles a place's or a body's name is written onto: "…군수", "…시장", "…장관"; and
# 장 (head) on a body's own name: "한울봉사단장"
_HELD = (*TITLES, "군수", "시장", "장")
_NEXT_WORD = re.compile(r" (?P<word>[\uac00-\ud7a3]+)")


def _headed(word: str) -> bool:
    """A place or a body: "함평", "춘천", "외교부", "한울봉사단" (a name before its head
    noun)."""
    return (
        is_listed_place(name_key(word))
        or is_place_with_kind(word)
        or is_body(word)
        or any(word.endswith(head) and len(word) > len(head) for head in BODY_HEADS)
    )


def compound_titled(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a name of three syllables opening with a surname, then a
    space and a title written onto a place or a body ("이상익 함평군수는"), or a body or
    a post and its title ("심철의 광주시의회 부의장은"); not a title or a place itself,
    with a particle ("장관과 외교차관", "인천의 국회의원")."""
    word = text[start:end]
    if len(word) != PERSON_SYLLABLES or word[0] not in SURNAMES:
        return False
    if is_title(stem(word)) or _headed(stem(word)):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    title = stem(after["word"])
    if title in TITLES:
        return False  # "금융위 상임위원": a title of its own, no place's or body's
    if any(
        title.endswith(held) and _headed(title.removesuffix(held)) for held in _HELD
    ):
        return True
    # "심철의 광주시의회 부의장", "전대주 주베트남 대사": the body or the post, then the
    # title; not a place with its particle ("주말에 호치민에 가수": at the weekend, in …)
    then = _NEXT_WORD.match(text, after.end())
    return (
        title == after["word"]
        and (_headed(title) or stationed_in(title))
        and then is not None
        and is_person_title(stem(then["word"]))
    )


def titled_in_brackets(name: str) -> bool:
    """A name a title in brackets stands before ("(총장 장주석)", "(사장 김철수)"): a
    surname's syllable and one to three more, not a title itself ("(상무·이사)"), unless
    a surname and a title of two make the name ("장주석": 장 and 주석, president)."""
    low, high = MAX_NAME_SYLLABLES
    if name[0] not in SURNAMES or not low <= len(name) <= high:
        return False
    surname_and_title = len(name) == PERSON_SYLLABLES and name[1:] in TITLES
    return not is_title(name) or (name not in TITLES and surname_and_title)
