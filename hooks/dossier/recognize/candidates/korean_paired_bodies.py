"""A body named for the two countries it joins, a sign between them, then its own words:
"한-베 청년경제 기술교육센터", "한-베트남 스마트시티 건설기술 협력센터", "한·베 친선합창단",
"한-아세안센터". The rules find the body by its head noun ("기술교육센터", "아세안센터");
the countries before it, and the topic's words between (one or two, with no particle),
are its name's, as they are an agreement's or a meeting's ("한-베트남 자유무역협정")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dossier.recognize.candidates.korean_topics import NOT_TOPIC, bare
from dossier.recognize.candidates.korean_words import Named, words_of
from dossier.recognize.candidates.morphemes import PROPER, morphemes

_ORGANIZATIONS = "organizations"
# the two countries, a dash or a dot between: "한-베", "한·베트남", "한국-베트남", "한-아세안";
# Vietnam first, as its papers write it ("베-한", "베트남-한국"), or the two run together
# ("한베")
_PAIR = re.compile(
    r"(?<![\w\-–·ㆍ‧])(?:(?:한국|한)\s?[-–·ㆍ‧]\s?(?:베트남|아세안|베)|"
    r"(?:베트남|베)\s?[-–·ㆍ‧]\s?(?:한국|한)|한베)(?=\s|[가-힣])"
)
MAX_BETWEEN = 2  # the topic's words between the countries and the body's own
_LEFT = 30  # characters before a body the countries are looked for in


def paired_bodies(text: str, found: Iterable[Named]) -> Iterator[Named]:
    """(name, "organizations", start, end) of each body ``found`` whose name opens with
    the two countries it joins."""
    for _, kind, start, end in found:
        if kind != _ORGANIZATIONS:
            continue
        pairs = [p for p in _PAIR.finditer(text, max(0, start - _LEFT), end)]
        pair = next((p for p in reversed(pairs) if p.start() < start), None)
        if pair is None:
            continue
        # "한-아세안센터": the body the rules found opens with the second country
        if pair.end() < start:
            between = text[pair.end() : start]
            words = between.split()
            if not (between.startswith(" ") and between.endswith(" ")):
                continue  # "한-베트남과 …": a particle, or a word run into the body
            if len(words) > MAX_BETWEEN or not all(_topic_word(w) for w in words):
                continue
            # "한-베 정상회담 직후 삼성전자": a body with a proper name of its own is
            # no pair's ("삼성전자", "코트라", "한국관광공사"); "… 협력센터" has none
            if any(_has_proper(w) for w in text[start:end].split()):
                continue
        yield text[pair.start() : end], _ORGANIZATIONS, pair.start(), end


def _topic_word(word: str) -> bool:
    """A noun of the body's topic: no particle, nor a word that says which it is not
    ("이번"), nor one of what the two countries do or when ("관계", "정상회담", "직후")."""
    return (
        bool(re.fullmatch(r"[가-힣A-Za-z]+", word))
        and bare(word)
        and (word not in NOT_TOPIC)
        and word not in _NO_NAME_WORDS
        and not word.endswith(_MEETINGS)
    )


# what two countries have or do, and when: no body's topic ("한-베 관계 발전 …", "한-베
# 교역 확대 …", "한-베 FTA 활용 …", "한-베 정상회담 직후 …")
_NO_NAME_WORDS = frozenset(
    words_of(
        "관계 교역 무역 수교 직후 이후 이전 당시 발전 확대 활용 기념 주도 관련 계기 "
        "FTA 협정 합의 체결 방문"
    )
)
_MEETINGS = ("회담", "회의", "정상회의")


def _has_proper(word: str) -> bool:
    """``word`` (a body's word) read alone has a proper noun in it: "삼성전자",
    "한국관광공사"; not "기술교육센터"."""
    return any(m.tag == PROPER for m in morphemes(word))
