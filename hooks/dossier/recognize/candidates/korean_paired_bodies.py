"""A body named for the two countries it joins, a sign between them, then its own words:
"한-베 청년경제 기술교육센터", "한-베트남 스마트시티 건설기술 협력센터", "한·베 친선합창단",
"한-아세안센터". The rules find the body by its head noun ("기술교육센터", "아세안센터");
the countries before it, and the topic's words between (one or two, with no particle),
are its name's, as they are an agreement's or a meeting's ("한-베트남 자유무역협정")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dossier.recognize.candidates.korean_topics import NOT_TOPIC, bare
from dossier.recognize.candidates.korean_words import Named

_ORGANIZATIONS = "organizations"
# the two countries, a dash or a dot between: "한-베", "한·베트남", "한국-베트남", "한-아세안"
_PAIR = re.compile(
    r"(?<![\w\-–·ㆍ‧])(?:한국|한)\s?[-–·ㆍ‧]\s?(?:베트남|아세안|베)(?=\s|[가-힣])"
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
        yield text[pair.start() : end], _ORGANIZATIONS, pair.start(), end


def _topic_word(word: str) -> bool:
    """A noun of the body's topic: no particle, nor a word that says which it is not
    ("이번")."""
    return (
        bool(re.fullmatch(r"[가-힣A-Za-z]+", word))
        and bare(word)
        and (word not in NOT_TOPIC)
    )
