"""A political party Korean names in one word ending in 당 (party): "새누리당", "민주당",
"더불어민주당", "바른미래당", "국민의당"; and, with its country in front as a word of its own,
"중국 공산당", "미국 공화당". A word ending in 당 is far more often a common noun ("식당",
"당시", "정당", "해당", "담당"), so the word must end in a party's own last part; one that says
only the party's creed ("공산당", "공화당", "노동당") names one only with its country before it
or glued on ("조선노동당"): bare, it says nobody's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named
from dossier.recognize.candidates.span_index import covering
from dossier.recognize.tokens import HANGUL_PARTICLES

# the last part of a party's own name: "(더불어)민주당", "새누리당", "(자유)한국당",
# "(미래)통합당", "(바른)미래당", "(열린)우리당", "국민의당", "정의당"
_OWN_ENDS = (
    "민주당",
    "누리당",
    "나라당",
    "한국당",
    "통합당",
    "미래당",
    "우리당",
    "국민의당",
    "정의당",
    "자민당",
)
# a creed's party: whose, only its country says ("베트남 공산당", "미국 공화당")
_CREED_ENDS = ("공산당", "공화당", "노동당", "사회당", "보수당", "인민당")
_MAX_OWN = 6  # syllables before the party's last part: "더불어", "자유", "새정치"
_WORD = re.compile(r"[가-힣]+")
_PARTICLES = tuple(p for p in HANGUL_PARTICLES if p)
_KIND = "organizations"


def parties(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each party named in ``text``."""
    if "당" not in text:
        return
    previous: re.Match[str] | None = None
    for word in _WORD.finditer(text):
        before, previous = previous, word
        end = _party_end(word[0])
        if end is None:
            continue
        name, start = word[0][:end], word.start()
        country = (
            before is not None
            and before.end() + 1 == start
            and text[before.end()] == " "
            and before[0] in HANGUL_COUNTRIES
        )
        if name.endswith(_CREED_ENDS) and len(name) == 3 and not country:
            continue  # "공산당 간부들": whose, no word says
        if country:
            start = before.start()  # "중국 공산당", "미국 민주당"
        yield text[start : word.start() + end], _KIND, start, word.start() + end


def _party_end(word: str) -> int | None:
    """Where the party's name ends in ``word`` (a particle may follow it), if it is one."""
    for ends in (_OWN_ENDS, _CREED_ENDS):
        for last in ends:
            at = word.find(last)
            if at < 0 or at > _MAX_OWN:
                continue
            end = at + len(last)
            rest = word[end:]
            if not rest or rest in _PARTICLES:
                return end
    return None


def with_parties(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the parties of ``text``, in place of the bodies read inside them
    ("공산당" of "중국 공산당"); a party inside a longer name found is not added again."""
    more = list(parties(text))
    if not more:
        return found
    in_found = covering(tuple(sorted(n[2:] for n in found)))
    spans = {n[2:] for n in found}
    more = [m for m in more if m[2:] not in spans and not in_found(m[2], m[3])]
    if not more:
        return found
    in_more = covering(tuple((m[2], m[3]) for m in more))
    kept = [n for n in found if not (n[1] == _KIND and in_more(n[2], n[3]))]
    return sorted([*kept, *more], key=lambda n: n[2])
