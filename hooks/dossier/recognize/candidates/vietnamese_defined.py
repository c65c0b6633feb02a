"""A Vietnamese body's whole name where the text defines it by a short form in brackets.

"Ủy ban Liên hợp công đoàn các công ty Hàn Quốc (UCC)", "Ủy ban nhà nước về người Việt
Nam ở nước ngoài (UBNN)": the syllables after a body's head stop at a function word
("các", "về", "và", "ở", "vì"), which may as well go on a sentence; where the short form
follows the words after it and spells that name, the writer has marked where the name
ends, and the name runs to the bracket. Only syllables, their function words and a dash
between two capitals may stand between: no comma, no second head noun; and the short
form's letters are the name's own initials, its first the head's, in order ("Sở Y tế
khuyến cáo tiêm vắc xin (VX)", "Bộ Công Thương về chỉ số … (EBI)", "Ngân hàng Shinhan
và Woori Bank (WB)": the bracket is the vaccine's, the index's, the second bank's).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from dossier.recognize.candidates.vietnamese_bracketed import WORD
from dossier.recognize.candidates.vietnamese_heads import (
    HEAD,
    NOUN_AFTER,
    alliance_of_states,
)
from dossier.text import strip_marks

_REACH = 120  # the characters read after a name for its bracket
_MOST_WORDS = 10  # at most ten syllables more
_SHORT_FORM = re.compile(r"[ \t]*\(([A-ZĐ][A-ZĐ&-]+)\)")
_SYLLABLE = re.compile(WORD)
_DASHES = ("-", "–")
# function words a name holds before its short form: of many ("các"), about ("về"), and
# ("và"), in ("ở", "tại"), for ("vì"), of ("của")
_INSIDE = frozenset(["các", "những", "về", "và", "ở", "tại", "vì", "của"])


def to_short_forms(
    text: str, found: Iterable[tuple[str, str, int, int]], stops: frozenset[str]
) -> list[tuple[str, str, int, int]]:
    """``found`` with each body's name run on to the short form in brackets after it,
    where only its own words stand between (``stops``: the words that end a name), less
    the names inside one so run on ("Liên minh Nghị viện …" of "Tổ chức Liên minh …")
    and the alliances of two states ("Liên minh Hàn - Mỹ")."""
    names = [name for name in found if not alliance_of_states(name[0])]
    defined = [_defined(text, name, stops) for name in names]
    grown = sorted(
        (a, b) for (_, _, a, b), old in zip(defined, names, strict=True) if b > old[3]
    )
    starts = [a for a, _ in grown]
    reach: list[int] = []  # the furthest end of the grown names starting so far
    for _, b in grown:
        reach.append(max(b, reach[-1]) if reach else b)
    return [
        name for name in defined if not _inside(name[2], name[3], grown, starts, reach)
    ]


def _inside(
    start: int,
    end: int,
    grown: list[tuple[int, int]],
    starts: list[int],
    reach: list[int],
) -> bool:
    """A grown name other than this one holds it (``grown`` sorted, ``reach`` its
    running furthest end)."""
    before = bisect_left(starts, start)  # the grown names starting strictly before
    if before and reach[before - 1] >= end:
        return True
    after = bisect_left(starts, start + 1)  # and those starting with it, longer
    return any(b > end for _, b in grown[before:after])


def _defined(
    text: str, name: tuple[str, str, int, int], stops: frozenset[str]
) -> tuple[str, str, int, int]:
    full, kind, start, end = name
    if kind != "organizations" or text[end : end + 1] not in (" ", "\t"):
        return name
    window = text[end : end + _REACH]
    bracket = window.find("(")
    short = _SHORT_FORM.match(window, bracket) if bracket > 0 else None
    if short is None:
        return name
    between = window[:bracket]
    words = between.replace("–", " - ").replace("-", " - ").split()
    syllables = [w for w in words if w not in _DASHES]
    if not syllables or len(syllables) > _MOST_WORDS or HEAD.search(between):
        return name
    if words[0] in _DASHES or words[-1] in _DASHES:
        return name
    if not all(_SYLLABLE.fullmatch(w) for w in syllables):
        return name  # a comma, a number, a bracket: no name's
    if any(  # a dash between two capitals only ("Hàn Quốc - Việt Nam")
        w in _DASHES and not (words[i - 1][:1].isupper() and words[i + 1][:1].isupper())
        for i, w in enumerate(words)
    ):
        return name
    if any(
        w in stops and w not in _INSIDE and NOUN_AFTER.get(w) != before.casefold()
        for before, w in zip([*full.split()[-1:], *syllables], syllables, strict=False)
    ):
        return name  # (not a noun's second syllable: "phát triển", development)
    if not _spells(short.group(1), [*full.split(), *syllables]):
        return name
    stop = end + len(between.rstrip())
    return " ".join(text[start:stop].split()), kind, start, stop


def _letter(word: str) -> str:
    return strip_marks(word[:1]).casefold().replace("đ", "d")


def _spells(short: str, words: list[str]) -> bool:
    """The short form's letters are initials of ``words`` in order, its first the
    first word's ("UBNN": "Ủy ban nhà nước về người …")."""
    letters = [_letter(c) for c in short if c.isalpha()]
    initials = [_letter(w) for w in words]
    if not letters or letters[0] != initials[0]:
        return False
    at = 1
    for letter in letters[1:]:
        while at < len(initials) and initials[at] != letter:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True
