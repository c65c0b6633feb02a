"""Events and festivals Vietnamese names after the two countries they join, with a dash
between them: "diễn đàn đầu tư Việt Nam - Hàn Quốc 2030", "lễ hội ẩm thực Việt-Hàn",
"Ngày hội Âm nhạc, Điện ảnh Việt Nam – Hàn Quốc". The head is often in lower case and
the words after it too, so the sentence-case finder reads none of it, or the head's
capitalised scrap ("Ngày hội Âm nhạc"); the pair of countries is where such a name ends.
A word that goes on with a clause (``stops``: "giữa hai nước Việt – Hàn", between the
two countries; "tại", "của") is no part of a name, and a head right before the pair
("Lễ hội Việt Nam-Hàn Quốc") is left to the finder that reads capitals."""

from __future__ import annotations

import re
from collections.abc import Set

from dossier.recognize.candidates.vietnamese_heads import GATHERINGS, KIND
from dossier.recognize.tokens import is_acronym

_COUNTRY = (
    r"(?>Việt[ \t]+Nam|Hàn[ \t]+Quốc|Việt|Hàn)"  # "Hàn" alone, never of "Hàn Quốc"
)
_WORD = r"[^\W\d_][\w’'-]*"
MAX_WORDS = 9  # between the head and the countries
_PAIRED = re.compile(
    r"(?<![\w’'-])(?P<head>"
    + "|".join(
        f"[{h[0]}{h[0].lower()}](?i:" + h[1:].replace(" ", r"[ \t]+") + ")"
        for h in GATHERINGS
    )
    + r")"
    + rf"(?P<words>(?:,?[ \t]+{_WORD}){{1,{MAX_WORDS + 2}}}?)"
    + rf"[ \t]+{_COUNTRY}[ \t]*[-–][ \t]*{_COUNTRY}(?![\w’'-])"
    # a third country after a dash ("Việt - Hàn - Nhật"): the name goes on, not read here
    + r"(?P<third>[ \t]*[-–])?"
    # the edition's year; "năm 2023" before a figure is the figure's year
    + r"(?:[ \t]+(?:19|20)\d\d(?!\d)|[ \t]+năm[ \t]+(?:19|20)\d\d(?![^.;:!?\n]*\d))?"
)
_COUNTRY_WORDS = frozenset(["Việt", "Nam", "Hàn", "Quốc"])
# a word before the head that makes it a common noun ("trên diễn đàn …", on the forum;
# "các hội thảo", the workshops)
_COMMON_BEFORE = re.compile(r"(?<![\w’'-])(?i:trên|các|những|nhiều|mọi)[ \t]+$")


def _kind(head: str) -> str:
    return KIND[head[0].upper() + " ".join(head[1:].split()).casefold()]


def _words_fit(words: str, stops: Set[str]) -> bool:
    """The words between the head and the countries: a name's, none that goes on with a
    clause, no acronym (another name: "hội nghị thượng đỉnh APEC doanh nghiệp …"), at
    least one that is no country's. A comma only between topics that open with a capital
    ("Âm nhạc, Điện ảnh"), never right after the head ("Tại hội nghị, Bộ trưởng …")."""
    found = re.findall(rf"(,?)[ \t]+({_WORD})", words)
    if not found or all(word in _COUNTRY_WORDS for _, word in found):
        return False
    if len(found) > MAX_WORDS or found[0][0]:
        return False
    if any(word in stops or is_acronym(word) for _, word in found):
        return False
    # each topic a comma lists opens with a capital, as the first does
    topics = [word for i, (comma, word) in enumerate(found) if comma or not i]
    return len(topics) == 1 or all(word[0].isupper() for word in topics)


def paired_events(text: str, stops: Set[str]) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each gathering named after two countries joined by a
    dash; ``stops`` are the words a clause goes on with after a name."""
    found = []
    for match in _PAIRED.finditer(text):
        if match["third"] or not _words_fit(match["words"], stops):
            continue
        if _COMMON_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        found.append((match.group(), _kind(match["head"]), match.start(), match.end()))
    return found
