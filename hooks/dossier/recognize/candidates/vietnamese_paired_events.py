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

from dossier.recognize.candidates.vietnamese_heads import KIND

# the heads of a gathering, as a name opens (KIND keeps their kind, capitalised)
_HEADS = (
    "Diễn đàn",
    "Hội nghị",
    "Hội thảo",
    "Hội chợ",
    "Lễ hội",
    "Liên hoan",
    "Ngày hội",
)
_COUNTRY = r"(?:Việt[ \t]+Nam|Hàn[ \t]+Quốc|Việt|Hàn)"
_WORD = r"[^\W\d_][\w’'-]*"
MAX_WORDS = 9  # between the head and the countries
_PAIRED = re.compile(
    r"(?<![\w’'-])(?P<head>"
    + "|".join(
        f"[{h[0]}{h[0].lower()}](?i:" + h[1:].replace(" ", r"[ \t]+") + ")"
        for h in _HEADS
    )
    + r")"
    + rf"(?P<words>(?:,?[ \t]+{_WORD}){{1,{MAX_WORDS + 2}}}?)"
    + rf"[ \t]+{_COUNTRY}[ \t]*[-–][ \t]*{_COUNTRY}(?![\w’'-])"
    + r"(?:[ \t]+(?:năm[ \t]+)?(?:19|20)\d\d(?!\d))?"
)
_COUNTRY_WORDS = frozenset(["Việt", "Nam", "Hàn", "Quốc"])


def _kind(head: str) -> str:
    return KIND[head[0].upper() + " ".join(head[1:].split()).casefold()]


def _words_fit(words: str, stops: Set[str]) -> bool:
    """The words between the head and the countries: a name's, none that goes on with a
    clause, a comma only before a capital ("Ẩm thực, Văn hóa"), at least one that is
    no country's."""
    found = re.findall(rf"(,?)[ \t]+({_WORD})", words)
    if not found or all(word in _COUNTRY_WORDS for _, word in found):
        return False
    if len(found) > MAX_WORDS:
        return False
    for comma, word in found:
        if word in stops:
            return False
        if comma and not word[0].isupper():
            return False
    return True


def paired_events(text: str, stops: Set[str]) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each gathering named after two countries joined by a
    dash; ``stops`` are the words a clause goes on with after a name."""
    found = []
    for match in _PAIRED.finditer(text):
        if not _words_fit(match["words"], stops):
            continue
        found.append((match.group(), _kind(match["head"]), match.start(), match.end()))
    return found
