"""A body named by its letters, then a space and the Hangul noun that says what it is:
"YSL 그룹" (a group), "C&MA 교단" (a denomination), "VDF 선교회" (a mission), "CBMC 실업인
연합회" (a federation, a word of its own between), "CJ HK 엔터테인먼트", "KD 맨파워
컴퍼니", "NCV 게임즈", "TJB 대전방송" (a broadcaster, the station's city glued on). The
letters alone were read as the name, the noun left off it.

An abbreviation of a field or a thing ("IT 기업 협회", "ODA 협력 센터", "AI 센터"), a
generic word between ("기업", "협력"), letters inside a longer word ("K-POP 그룹") or a
bare 방송 (broadcast: "KBS 방송을 본다") names no body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_bodies import BODY_HEADS
from dossier.recognize.candidates.korean_words import Named, stem, words_of
from dossier.recognize.candidates.transliterated import GENERIC_AFTER_LETTERS

# one or two runs of capitals ("CJ HK"), "&" inside one ("C&MA"), then one or two Hangul
# words, a space before each
_LETTERED = re.compile(
    r"(?<![\w&\-.])(?P<letters>[A-Z][A-Z&]{1,5}(?: [A-Z][A-Z&]{1,5})?)"
    r"(?P<words>(?: [가-힣]{2,10}){1,2})"
)
# heads a body's noun ends in, besides a body's heads: a denomination, a mission, a
# company, a games firm; a broadcaster with its city glued on ("대전방송")
_MORE_HEADS = tuple(words_of("교단 선교회 컴퍼니 게임즈"))
_BROADCASTER = "방송"
# abbreviations of fields and things, not of bodies
_COMMON_LETTERS = frozenset(
    words_of(
        "IT AI ICT SNS ODA FDI FTA EPS MOU CEO CFO GDP ESG VIP TV PC OTT R&D M&A "
        "KPI EV ASEAN APEC"
    )
)


def lettered_heads(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each body named by letters and a noun."""
    for match in _LETTERED.finditer(text):
        letters = match["letters"]
        if any(run in _COMMON_LETTERS for run in letters.split()):
            continue
        words = match["words"].split()
        for size in range(1, len(words) + 1):  # the shortest name first
            last = stem(words[size - 1])
            if any(w in GENERIC_AFTER_LETTERS for w in words[: size - 1]):
                break
            if _a_head(last):
                start = match.start()
                end = match.start("words") + len(" ".join(("", *words[: size - 1])))
                end += 1 + len(last)
                yield text[start:end], "organizations", start, end
                break


def _a_head(word: str) -> bool:
    """A body's noun: one of its heads, or a broadcaster's name ending in 방송."""
    return (
        word in BODY_HEADS
        or any(word.endswith(h) and len(word) > len(h) for h in BODY_HEADS)
        or word.endswith(_MORE_HEADS)
        or (word.endswith(_BROADCASTER) and len(word) > len(_BROADCASTER))
    )
