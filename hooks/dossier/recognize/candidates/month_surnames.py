"""A month's short form that is a Korean surname too: "Jun" (전), as Vietnamese and
English pages write "Ambassador Jun Dae Joo", "the National Assembly's Jun Hye-sook",
"các nghị sĩ: Jun Hyesook, Suh Jung Sook". Read as a date, the surname was dropped and
the given name proposed alone ("Hyesook"). Before one or two capitalised words spelt
as a Korean given name that end the name there (no capital after them), it opens a
person's name; a date has its day next to the month ("Jun 5", "5 Jun 2023").
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.korean_given_first import KOREAN_GIVEN
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import Word

_MONTH_SURNAMES = frozenset(["jun"])
_GIVEN_WORDS = 2  # "Dae Joo", "Hyesook", "Hye-sook"
_SPACE = re.compile(r"[ \t\u00a0]")


def _adjacent(text: str, before: Word, after: Word) -> bool:
    """The two words are one space apart."""
    return bool(_SPACE.fullmatch(text[before.end : after.start]))


def opens_surname_first(text: str, words: list[Word], index: int, lex: Lexicon) -> bool:
    """Whether the month's word at ``index`` is a Korean surname opening a person's name
    written surname first (not "Jun Kim", a given name and a surname, nor "Jun Hur"; not
    "Kang Jun Ho", where it follows a surname), with no number next to it."""
    word = words[index]
    if word.key not in _MONTH_SURNAMES or not word.text[:1].isupper():
        return False
    before = words[index - 1] if index else None
    if before and before.text[:1].isdigit():
        return False
    if before and before.capitalised and before.key in lex.korean_surnames:
        return False  # "Kang Jun Ho", "Song Jun Han": a given name's syllable
    given: list[Word] = []
    for after in words[index + 1 : index + 1 + _GIVEN_WORDS + 1]:
        previous = given[-1] if given else word
        if not _adjacent(text, previous, after) or not after.capitalised:
            break
        given.append(after)
    if not 1 <= len(given) <= _GIVEN_WORDS:
        return False  # a longer run of capitals is some other name's
    if len(given) == 1 and given[0].key in lex.korean_surnames:
        return False  # "Jun Kim": given name first
    return all(KOREAN_GIVEN.fullmatch(w.key) for w in given)
