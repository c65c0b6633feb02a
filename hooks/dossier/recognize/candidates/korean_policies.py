"""A state's policy Korean names without quotes: a strategy or an initiative by the
region it is for ("인도-태평양 전략", "인도태평양 전략", "한-아세안 연대구상", "동북아
평화협력구상", "한반도 신뢰 프로세스").

The region stands whole (a space, a joining sign or the next word of the name after
it, no particle: "인도태평양에서 전략" is no name); Korea is 한 only with a joining sign
("한-아세안", "한·메콩"; "한 아세안 국가" is one ASEAN country). Between the region and
the noun come only words of a policy's topic (평화, 협력, 신뢰 …): "동북아 물류 거점
전략", "유라시아 시장 진출 전략" are a company's plans, no name; and the region alone
names a strategy only for the Indo-Pacific ("동북아 전략", "한반도 전략" are any
plan)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    Named,
    final_consonant,
    particle_fits,
    world_region,
)
from dossier.recognize.candidates.span_index import covering
from dossier.recognize.tokens import HANGUL_PARTICLES

# the region a strategy is for: the Indo-Pacific ("인도-태평양", "인도·태평양", "인도
# 태평양", "인도태평양"), Korea and ASEAN or the Mekong, joined by a sign ("한-아세안",
# "한·메콩"), a part of the world in one word ("동북아", "유라시아"), the peninsula
_JOIN = r"[-–·ㆍ]"
_INDIA = "인도"
_INDO_PACIFIC = rf"{_INDIA}\s?{_JOIN}?\s?태평양"
_PAIR = rf"{_INDO_PACIFIC}|한\s?{_JOIN}\s?(?:아세안|메콩)"
_PENINSULA = "한반도"
# the words of a policy's topic between the region and the noun, glued or spaced
# ("평화협력", "연대 ", "경제 "): a closed list, not any noun ("시장 진출", "물류 거점")
_TOPIC = r"평화|협력|신뢰|연대|경제|번영|안보|상생|공동|비핵화|통일"
_HEAD = r"전략|구상|프로세스|이니셔티브|프레임워크"
_STRATEGY = re.compile(
    rf"(?<![가-힣])(?:(?P<pair>{_PAIR})|(?P<word>[가-힣]+?))"
    rf"(?P<topic>(?:\s?(?:{_TOPIC})){{0,2}})\s?(?P<head>{_HEAD})"
)
# what may follow the name glued on: a particle, the copula; not a noun of its own
# ("…전략대화": a dialogue, "…전략적": strategic, "…전략가": a strategist)
_PARTICLES = frozenset(HANGUL_PARTICLES)
_HANGUL_RUN = re.compile(r"[가-힣]*")
_COPULA = ("이다", "이며", "이라", "인")
_AFTER_VOWEL = "가"  # the subject's particle after a vowel ("프로세스가"), not "전략가"
_SCRAPS = frozenset(("initiatives",))


def _region(word: str) -> bool:
    return word == _PENINSULA or world_region(word)


def _ends_well(text: str, end: int) -> bool:
    tail = _HANGUL_RUN.match(text, end).group()
    if not tail:
        return True
    if tail.startswith(_COPULA):
        return True
    last = text[end - 1]
    if tail == _AFTER_VOWEL:
        return not final_consonant(last)
    return tail in _PARTICLES and particle_fits(last, tail)


def strategies(text: str) -> Iterator[Named]:
    """(name, "initiatives", start, end) of each strategy named by its region."""
    for match in _STRATEGY.finditer(text):
        pair, word = match["pair"], match["word"]
        if word and not _region(word):
            continue  # "인도태평양에서 전략": a particle after the region
        if not match["topic"].strip() and not (pair and pair.startswith(_INDIA)):
            continue  # "동북아 전략", "한반도 전략": any plan
        if _ends_well(text, match.end()):
            yield match.group(), "initiatives", match.start(), match.end()


def with_policy_names(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the strategies of ``text``; a strategy replaces the initiatives
    read inside it ("연대구상" of "한-아세안 연대구상"), and one inside a longer name
    found ("'한국형 인도태평양 전략'") is not added again."""
    more = list(strategies(text))
    if not more:
        return found
    in_found = covering(tuple(sorted(n[2:] for n in found)))
    more = [m for m in more if not in_found(m[2], m[3])]
    if not more:
        return found
    in_more = covering(tuple((m[2], m[3]) for m in more))
    spans = {m[2:] for m in more}
    kept = [
        n
        for n in found
        if n[1] not in _SCRAPS or n[2:] in spans or not in_more(n[2], n[3])
    ]
    return sorted([*kept, *more], key=lambda n: n[2])
