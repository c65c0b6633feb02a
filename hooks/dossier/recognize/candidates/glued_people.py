"""A person's name glued to the words before it in a run of capitalised words.

A title or a body often stands right before a person with no comma: "Deputy Editor
Ik-Kyung Chang", "Speaker of the Korean NA Park Byeong-seug", "Rector INU Dong-sung
Cho", "Tập đoàn SK Tae-Won Chey". ``rules.split_at_person`` cuts such a run before
the surname, unless a word before it may be part of the same person's name; these
helpers tell when the words before cannot be.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.korean_given_first import (
    KOREAN_GIVEN,
    given_then_surname,
)
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import Word, is_acronym

# A Korean given name written with a hyphen: "Byeong-seug", "Ik-Kyung", "Tae-Won"
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[A-Za-z][a-z]+")


def whole_korean_name(tail: list[Word], lex: Lexicon) -> bool:
    """Two words, a Korean surname and a given name written with a hyphen, in either
    order ("Park Byeong-seug", "Dong-sung Cho"): a whole name, so no word before it
    is the person's."""
    if len(tail) != 2:
        return False
    first, last = tail
    return (first.key in lex.korean_surnames and _hyphened_given(last.text)) or (
        _hyphened_given(first.text) and last.key in lex.korean_surnames
    )


def korean_tail(words: list[Word], lex: Lexicon) -> bool:
    """Words that end in a whole Korean name after other words of the run ("NA Park
    Byeong-seug", "Editor Ik-Kyung Chang", "Tập đoàn SK Tae-Won Chey"): the person is
    proposed alone; not where a head noun ends the words ("Saigon Hi-Tech Park")."""
    return (
        len(words) >= 3
        and whole_korean_name(words[-2:], lex)
        and not any(words[-1].key in lex.inside[kind] for kind in lex.inside)
    )


def holds_kind(words: list[Word], lex: Lexicon) -> bool:
    """Whether a word says what kind of thing the words name ("… University", "Bank
    of …"): what is left before a person is a name then, not a title ("Editor") or a
    short form ("NA")."""
    return any(w.key in heads for w in words for heads in lex.inside.values())


def no_given_syllable(word: Word) -> bool:
    """A word no Korean given name is spelt with ("Editor", "Energy", "Referee"):
    a name written given name first does not begin before it."""
    return not KOREAN_GIVEN.fullmatch(word.key) and not is_acronym(word.text)


def apart_from(
    before: list[Word], own: list[Word], tail: list[Word], lex: Lexicon
) -> bool:
    """Whether a name written given name first (``tail``) is apart from the words
    ``before`` it: after a country (``own`` is what is left of ``before`` without
    it) or two words ("Huh Hyang Jin" is one name), or a whole Korean name, or after
    a word no given name is spelt with ("Energy Youngjin Jang")."""
    return (
        len(before) > 1
        or not own
        or whole_korean_name(tail, lex)
        or no_given_syllable(before[0])
    )


def lone_surname(words: list[Word], lex: Lexicon) -> bool:
    """One word, a surname: "Park" before "Hong Ook" is his, though "park" ends a body's
    name too ("Yen Phong Industrial Park")."""
    return len(words) == 1 and words[0].key in lex.surnames


def country_tail(words: list[Word], lex: Lexicon) -> int:
    """How many of the last words name a country ("… Viet Nam", "… Đại Hàn Dân Quốc")."""
    keys = [w.key for w in words[-4:]]  # no longer tail is sought
    return next(
        (
            k
            for k in (4, 3, 2, 1)
            if " ".join(keys[-k:]) in lex.countries and k <= len(keys)
        ),
        0,
    )


def ends_country(words: list[Word], index: int, lex: Lexicon) -> bool:
    """``Nam`` of ``Viet Nam``: a surname's word that ends a country's name."""
    return index > 0 and f"{words[index - 1].key} {words[index].key}" in lex.countries


def given_first(words: list[Word], lex: Lexicon) -> bool:
    """A Korean's name written given name first ("Heung Seok Kim"), whose second syllable
    may be a surname too: "Dong Ho Kim" is one person, not "Dong" | "Ho Kim"."""
    return given_then_surname(" ".join(w.text for w in words), lex)


def _hyphened_given(text: str) -> bool:
    return _HYPHENED_GIVEN.fullmatch(text) is not None
