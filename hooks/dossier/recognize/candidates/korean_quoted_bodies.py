"""A body's or a place's name in quotes, whole: Korean quotes a name to say where it
starts, so when the readers of korean.py found only its last words ("강원초등학교" of
"‘낌드엉 강원초등학교’", "돌봄센터" of "'한-베 함께 돌봄센터'", "내셔널 스타디움" of "'미딩
내셔널 스타디움'"), the name runs from the opening quote.

A quote of up to four words, each with no particle on it and no figure in it, whose last
words the readers found as a body or a place, ends right where the name does; not one
opening with a country ("'베트남 삼성 그룹'": the group's Vietnamese arm, said so), nor a
place before a place ("'경기도 다낭시'": a nickname), nor a word with its particle ("'육지의
하롱베이'": a likeness). A quote ending in a place's own name is a body named with the place
it is in ("'롯데몰 하노이'"), no place, when every word before the place reads as a name
("누리몰", "롯데몰"): not a slogan or a greeting ("'다시 찾는 다낭'", "'안녕 호찌민'",
"'작은 하노이'": the place, kept), nor an event's ("'코리아 위크 다낭'"). A firm's own name
at a quote's end ("'다시 뛰는 비나밀크'") is no body's tail: only a body's kind noun
("…학교", "…센터") or a place ends one. No word of the quote may be a verb's form ("뛰자",
"작은"), nor the quote a work's title (korean_works.py: "신곡 ‘…’").
"""

from __future__ import annotations

import re

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_bodies import BODY_HEADS
from dossier.recognize.candidates.korean_kinds import own_kind
from dossier.recognize.candidates.korean_quoted import QUOTED_WHOLE
from dossier.recognize.candidates.korean_topics import bare
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named
from dossier.recognize.candidates.korean_works import quoted_works
from dossier.recognize.candidates.lexicon import name_key
from dossier.recognize.candidates.morphemes import read_alone
from dossier.recognize.candidates.sounded_words import reads_as_named
from dossier.recognize.candidates.span_index import covering
from dossier.recognize.tokens import HANGUL

_BODY_HEADS = tuple(BODY_HEADS)
# a verb's or an adjective's form, an ending, a particle, an interjection or a determiner
# ("뛰자", "작은", "안녕", "새"): a slogan's or a greeting's words, no name's
_NO_NAME_TAGS = ("V", "E", "J", "IC", "MM")
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
    works: tuple[tuple[int, int], ...] | None = None
    for quote in QUOTED_WHOLE.finditer(text):
        start, end = quote.span("name")
        tail = ends.get(end)
        if tail is None or tail[2] <= start:
            continue
        name = quote["name"]
        words = name.split()
        head = text[start : tail[2]].split()
        if not (2 <= len(words) <= MAX_WORDS) or name != " ".join(words):
            continue
        if "," in name or _FIGURE.search(name) or not all(bare(w) for w in words):
            continue
        if not _a_name_s_words(head, tail):
            continue
        if works is None:
            works = tuple(sorted(w[2:] for w in quoted_works(text)))
        if any(a < end and start < b for a, b in works):
            continue  # a song's, a book's title ("신곡 ‘안녕 호찌민’")
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
    inside = {
        kind: covering(tuple(sorted(w[2:] for w in named.values() if w[1] == kind)))
        for kind in {w[1] for w in named.values()}
    }
    return [
        named.get(n, n)
        for n in found
        if n in named or n[1] not in inside or not inside[n[1]](n[2], n[3])
    ]


def _a_name_s_words(head: list[str], tail: Named) -> bool:
    """The words before the found tail make a name with it: none a verb's form or a
    greeting's ("다시 뛰는", "안녕"), nor an event's ("코리아 위크"); before a place
    each reads as a name ("롯데몰"), and a tail that is neither a place nor ends in a
    body's kind noun is a firm's own name, no body's end ("'다시 뛰는 비나밀크'")."""
    if own_kind(" ".join(head)) is not None:
        return False
    if any(t.tag.startswith(_NO_NAME_TAGS) for w in head for t in read_alone(w)[0]):
        return False
    if tail[1] == "cities" or is_listed_place(name_key(tail[0])):
        return all(reads_as_named(w) for w in head)
    return tail[0].endswith(_BODY_HEADS)
