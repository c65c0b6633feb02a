"""An event's numbered edition, which says where its name opens however many words of
topic follow it: "제1회 한국대사배 베트남 우수태권도클럽 전국대회", "제9회 포항사랑 한마당
연날리기 행사", "2020 한국대사배 베트남 전국 클럽 태권도 대회" (the topic alone stops at
two words: "이번 한마당 행사" is any); and the trophy an office gives, which opens a
contest's name as well ("한국대사배 전국 클럽 태권도 대회")."""

from __future__ import annotations

import re
from collections.abc import Callable

from dossier.recognize.candidates.korean_topics import ADNOMINAL, NOT_TOPIC, bare
from dossier.recognize.candidates.korean_words import adjacent

# "제9회 ", "제2차 ": an edition by its number; "2020 ": by its year (not "2020년 ", when)
_NUMBERED = re.compile(r"(?<![\w.])제\s?\d{1,3}\s?[회차]\s$")
_YEARED = re.compile(r"(?<![\w.])(?:19|20)\d\d\s$")
# "한국대사배 …", "대통령배 …": the cup an office gives, which opens a contest's name
TROPHY = re.compile(
    r"(?:대사|회장|대통령|총리|장관|시장|지사|총장|영사|사장|청장|교육감|의장|연맹|협회)배$"
)
MAX_NUMBERED_WORDS = 5  # of topic between the edition and the noun of the kind
_EDITION_CHARS = 8  # "제123회 ", "2020 "


def numbered_start(
    text: str,
    words: list[tuple[str, int, int]],
    first: int,
    i: int,
    headed: Callable[[str], bool],
) -> tuple[int, bool]:
    """``first``, or the word an edition stands before further back (at most
    ``MAX_NUMBERED_WORDS`` words of topic before word ``i``, each a noun with no
    particle, none the noun of a kind itself: ``headed``); and whether an edition by its
    number ("제9회") stands before the name's first word."""
    for k in range(first, max(-1, i - MAX_NUMBERED_WORDS - 1), -1):
        if k < first and not (
            adjacent(words, k, first)
            and bare(words[k][0])
            and words[k][0] not in NOT_TOPIC
            and not ADNOMINAL.search(words[k][0])
            and not headed(words[k][0])
        ):
            break
        at = words[k][1]
        before = max(0, at - _EDITION_CHARS)
        if _NUMBERED.search(text, before, at):
            return k, True
        if k < first and _YEARED.search(text, before, at):
            return k, False
        if k < first and TROPHY.search(words[k][0]):
            return k, False  # "한국대사배 전국 클럽 태권도 대회"
    return first, False
