"""Leaders' talks Korean names by the pair of their countries written as one word, the
first syllable of each: "남북 정상회담" (the two Koreas), "북미 정상회담", "한미 정상회담",
"한중 정상회담"; with the number of the meeting in a series before it ("2차 북미
정상회담"). A pair joined by a sign ("한-베 정상회담") is read with the other meetings
(korean_kinds.py); one country ("베트남 정상회담") or both ("양국 정상회담") names none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import Named
from dossier.recognize.tokens import HANGUL_PARTICLES

# the pairs written as one word: the two Koreas, and Korea, North Korea, the United
# States, China, Japan, Russia, Vietnam two by two
_PAIRS = (
    "남북|북미|미북|북중|중북|북러|북일|북베|"
    "한미|한중|한일|한러|한베|미중|중미|미일|미러|중일|일중|한미일|한중일"
)
_SUMMIT = re.compile(
    r"(?<![\w\-–·ㆍ‧])(?:(?:제\s?)?\d{1,2}\s?차\s)?"
    rf"(?:{_PAIRS})\s?정상회담"
)
_PARTICLES = frozenset(HANGUL_PARTICLES)
_HANGUL_RUN = re.compile(r"[가-힣]*")
# what may follow the name glued on: a particle, 차 "for", the copula
_ENDINGS = (*(p for p in HANGUL_PARTICLES if len(p) > 1), "차", "인", "이다", "였")
_KIND = "events"


def pair_summits(text: str) -> Iterator[Named]:
    """(name, "events", start, end) of each meeting of two leaders named by their pair."""
    if "정상회담" not in text:
        return
    for match in _SUMMIT.finditer(text):
        tail = _HANGUL_RUN.match(text, match.end()).group()
        if tail and tail not in _PARTICLES and not tail.startswith(_ENDINGS):
            continue  # "…정상회담장": its venue
        yield match.group(), _KIND, match.start(), match.end()


def with_pair_summits(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the pairs' summits of ``text``, in place of any name read inside
    one (a scrap: "북미", "정상회담"); one inside a longer name found is not added."""
    more = list(pair_summits(text))
    if not more:
        return found
    more = [  # one inside a longer name found ("'남북 정상회담 준비위원회'") is not added
        m
        for m in more
        if not any(n[2] <= m[2] and m[3] <= n[3] and n[2:] != m[2:] for n in found)
    ]
    spans = [(a, b) for _, _, a, b in more]
    kept = [n for n in found if not any(a <= n[2] and n[3] <= b for a, b in spans)]
    return sorted([*kept, *more], key=lambda n: n[2])
