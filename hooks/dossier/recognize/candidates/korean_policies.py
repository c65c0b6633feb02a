"""A state's policies Korean names without quotes: a strategy or an initiative by the
region it is for ("인도-태평양 전략", "인도태평양 전략", "한-아세안 연대구상", "동북아
평화협력구상", "한반도 신뢰 프로세스"), and a government by its president ("문재인 정부의
신남방정책", "윤석열 정부 출범"): the president is named.

A strategy opens with a region of several countries, or two parties joined by a sign;
a country's own ("베트남 진출 전략", "성장전략") is any plan, no name. A government is a
president's only after a name of three syllables opening with a surname the model reads
as one proper noun, no place or body ("안성시 정부", "공산당 정부")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_bodies import is_body
from dossier.recognize.candidates.korean_words import (
    PERSON_SYLLABLES,
    SURNAMES,
    Named,
    stem,
)
from dossier.recognize.candidates.morphemes import is_proper_noun
from dossier.recognize.tokens import HANGUL_PARTICLES
from dossier.text import name_key

# the region a strategy is for: the Indo-Pacific ("인도-태평양", "인도·태평양", "인도
# 태평양", "인도태평양"), Korea and ASEAN ("한-아세안", "한 아세안"),
# North-East Asia, the Korean peninsula, Eurasia
_REGION = (
    r"인도\s?[-–·ㆍ]?\s?태평양|한\s?[-–·ㆍ]?\s?아세안|한\s?[-–·ㆍ]\s?메콩"
    r"|동북아(?:시아)?|한반도|유라시아"
)
# the strategy's or the initiative's noun, with a topic of a word or two before it
# ("평화협력", "연대 ", "경제 ")
_HEAD = r"전략|구상|프로세스|이니셔티브|프레임워크"
_STRATEGY = re.compile(
    rf"(?<![가-힣])(?:{_REGION})(?:\s?[가-힣]{{2,4}}){{0,2}}?\s?(?:{_HEAD})"
)
# what may follow the name glued on: a particle, the copula; not a noun of its own
# ("…전략대화": a dialogue, "…전략적": strategic)
_PARTICLES = frozenset(HANGUL_PARTICLES)
_HANGUL_RUN = re.compile(r"[가-힣]*")
_COPULA = ("이다", "이며", "이라", "인", "을", "를")
# a president's government: the name, a space, then 정부 (government) or 행정부
_GOVERNMENT = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{3}) (?:행정부|정부)")
# a topic's word that is no noun: a verb's form before a noun ("위한", "새로운")
_VERB_ENDINGS = ("한", "된", "는", "운", "인")
_TOPIC_WORD = re.compile(r"[가-힣]+")
# the last syllable of a place's or a body's name: a party, a city, a county, a province
_NOT_GIVEN = frozenset("당시군구성청")
_SCRAPS = frozenset(("initiatives",))


def _ends_well(text: str, end: int) -> bool:
    tail = _HANGUL_RUN.match(text, end).group()
    return not tail or tail in _PARTICLES or tail.startswith(_COPULA)


def strategies(text: str) -> Iterator[Named]:
    """(name, "initiatives", start, end) of each strategy named by its region."""
    for match in _STRATEGY.finditer(text):
        words = _TOPIC_WORD.findall(match.group())[1:-1]
        if any(stem(w) != w or w.endswith(_VERB_ENDINGS) for w in words):
            continue  # "한반도 평화를 위한 전략": a clause, no name
        if _ends_well(text, match.end()):
            yield match.group(), "initiatives", match.start(), match.end()


def presidents(text: str) -> Iterator[Named]:
    """(name, "leaders", start, end) of each president named by his government."""
    for match in _GOVERNMENT.finditer(text):
        start, end = match.span("name")
        if not _ends_well(text, match.end()):
            continue  # "… 정부청사": a building
        if _presidential(text, start, end):
            yield match["name"], "leaders", start, end


def _presidential(text: str, start: int, end: int) -> bool:
    word = text[start:end]
    return (
        len(word) == PERSON_SYLLABLES
        and word[0] in SURNAMES
        and word[-1] not in _NOT_GIVEN
        and is_proper_noun(text, start, end)
        and not is_listed_place(name_key(word))
        and not is_place_with_kind(word)
        and not is_body(word)
    )


def with_policy_names(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the strategies and the presidents of ``text``; a strategy replaces
    the initiatives read inside it ("연대구상" of "한-아세안 연대구상")."""
    more = [*strategies(text), *presidents(text)]
    if not more:
        return found
    spans = {n[2:] for n in found}
    kept = [
        n
        for n in found
        if not any(
            n[1] in _SCRAPS and m[2] <= n[2] and n[3] <= m[3] and m[2:] != n[2:]
            for m in more
            if m[1] == "initiatives"
        )
    ]
    return sorted([*kept, *(m for m in more if m[2:] not in spans)], key=lambda n: n[2])
