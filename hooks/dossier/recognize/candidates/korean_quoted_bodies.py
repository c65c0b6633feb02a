"""A body's or a place's name in quotes, whole: Korean quotes a name to say where it
starts, so when the readers of korean.py found only its last words ("강원초등학교" of
"‘낌드엉 강원초등학교’", "돌봄센터" of "'한-베 함께 돌봄센터'", "내셔널 스타디움" of "'미딩
내셔널 스타디움'"), the name runs from the opening quote.

A quote of up to four words, each with no particle on it and no figure in it, whose last
words the readers found as a body or a place, ends right where the name does; not one
opening with a country ("'베트남 삼성 그룹'": the group's Vietnamese arm, said so), nor a
place before a place ("'경기도 다낭시'": a nickname), nor a word with its particle ("'육지의
하롱베이'": a likeness). A quote ending in a place's own name is a body named with the place
it is in ("'롯데몰 하노이'"), no place.
"""

from __future__ import annotations

import re

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_topics import bare
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.tokens import HANGUL

# an opening quote, then the words up to the closing one; a straight quote opens a name
# only after a space, a bracket or the start
_QUOTE = re.compile(
    r"(?:[‘“「『《〈]|(?<![^\s(\[])['\"`])(?P<name>[^'‘’\"“”`「」『』《》〈〉\n.!?,]{2,40}?)"
    r"(?=['’\"”」』》〉`])"
)
MAX_WORDS = 4
_KINDS = ("organizations", "cities")
_FIGURE = re.compile(r"\d")
# initials in brackets: a short form of the words before them, which ends the name there
_DEFINED = re.compile(r"\([A-Z]")


def with_quoted_bodies(text: str, found: list[Named]) -> list[Named]:
    """``found`` (the names read in ``text``), each body or place that ends a quote
    and starts inside it taken from the quote's start."""
    if not found or not any(q in text for q in "'‘\"“「『《〈`"):
        return found
    ends = {n[3]: n for n in found if n[1] in _KINDS}
    whole: dict[Named, Named] = {}
    for quote in _QUOTE.finditer(text):
        start, end = quote.span("name")
        tail = ends.get(end)
        if tail is None or tail[2] <= start:
            continue
        name = quote["name"]
        words = name.split()
        head = text[start : tail[2]].split()
        if not (2 <= len(words) <= MAX_WORDS) or name != " ".join(words):
            continue
        if _FIGURE.search(name) or not all(bare(w) for w in words):
            continue
        if words[0] in HANGUL_COUNTRIES or not HANGUL.search(" ".join(head)):
            continue  # "'KSC 하노이'": letters and a place, the centre's short form
        if _DEFINED.search(name):
            continue  # "‘K-스타트업 센터(KSC) 하노이’": its short form defined inside
        if tail[1] == "cities" and any(is_listed_place(name_key(w)) for w in head):
            continue
        # "'롯데몰 하노이'": a body named with the place it is in, no place
        kind = "organizations" if is_listed_place(name_key(tail[0])) else tail[1]
        whole[tail] = (name, kind, start, end)
    if not whole:
        return found
    spans = {n[2:] for n in found}
    named = {n: w for n, w in whole.items() if w[2:] not in spans}
    # the words of the same kind inside the name are its own ("아시아나" of "'인터컨티넨탈
    # 아시아나 사이공 호텔'"), no name apart
    inside = list(named.values())
    return [
        named.get(n, n)
        for n in found
        if n in named
        or not any(w[1] == n[1] and w[2] <= n[2] and n[3] <= w[3] for w in inside)
    ]
