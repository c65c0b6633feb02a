"""Korean words the model reads alone as named: a firm's name it does not know, a foreign
place or name spelt by sound ("롱손", "호안끼엠"), not common nouns it knows run together
("돌담길", "해외사업")."""

from __future__ import annotations

import itertools

from dossier.recognize.candidates.morphemes import (
    COMMON,
    JAMO,
    PROPER,
    UNKNOWN_WORD,
    Morpheme,
    read_alone,
    reads_as_foreign,
)


def reads_as_named(word: str) -> bool:
    """``word`` read alone has a proper noun in it ("광주아울렛": 광주 and an outlet) or is a
    word the model does not know ("국제종합기계", "대청개발"): a firm's name; not a field's
    common nouns it knows well ("해외사업", "농업경제", "마케팅")."""
    tokens, score = read_alone(word)
    return score < UNKNOWN_WORD or any(t.tag == PROPER for t in tokens)


# the parts of a common noun: a noun, a prefix or a suffix, a determiner ("단결과": 단 and
# 결과; "신농촌개발": 신, 농촌 and 개발)
_COMPOUND_PARTS = frozenset((COMMON, "XPN", "XSN", "MM"))


def reads_as_foreign_place(word: str) -> bool:
    """A word the model does not know, spelt by sound ("롱손", "선즈엉", "메콩델타"), not
    common nouns it knows run together ("돌담길": 돌담 and 길, "기업친화")."""
    if not reads_as_foreign(word):
        return False
    tokens, _ = read_alone(word)
    compound = len(tokens) > 1 and all(t.tag in _COMPOUND_PARTS for t in tokens)
    return not (compound and any(t.tag == COMMON and len(t.form) > 1 for t in tokens))


def sounds_foreign(word: str) -> bool:
    """A word the model does not know, whatever pieces it guesses it is made of, with no
    particle on it: a foreign name spelt by sound ("미딘", read as a noun and a verb; "미케",
    "응이손", "호안끼엠"); not a word with its particle ("푸꾸옥의"), a count ("양일간": a
    numeral and its counter) nor common nouns it knows run together ("판시판": 판시, 판)."""
    tokens, score = read_alone(word)
    if score >= UNKNOWN_WORD or _counted(tokens):
        return False
    if any(t.tag.startswith("J") and not JAMO.fullmatch(t.form) for t in tokens):
        return False
    return not (
        len(tokens) > 1 and any(t.tag == COMMON and len(t.form) > 1 for t in tokens)
    )


def _counted(tokens: tuple[Morpheme, ...]) -> bool:
    """A numeral or a determiner, then a counter: "양일간" (양, 일 and 간)."""
    return any(
        a.tag in ("MM", "NR") and b.tag in ("NNB", "NR")
        for a, b in itertools.pairwise(tokens)
    )
