"""A body or an event named for the fields it covers, listed before its head noun.

"the council's Education, Women, Family and Life Committee", "the HCMC Cultural, Trade,
and Tourism Day", "the Việt Nam-Republic of Korea Culture, Trade and Investment Week":
the commas cut such a name, and the finder reads scraps of it ("Women", "Family and Life
Committee") or nothing. Capitalised fields of one or two words, separated by commas, the
last two joined by "and", right before the head noun of a body or an event, are one name
with it when most of the fields are common nouns (not "Samsung, LG and Hyundai Group",
three firms); the capitalised words right before the first field say whose the name is
("HCMC", "Việt Nam-Republic of Korea").
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import words_of

_CAP = r"[^\W\d_a-z][\w’'-]*"
_ITEM = rf"{_CAP}(?:[ \t]+{_CAP})?"
# a head noun's word, capitalised, with the text before it
_HEAD_WORD = re.compile(rf"(?<=[ \t])(?P<head>{_CAP})(?![\w’'-])")
# the list before the head, read back from it: "A, B and C ", "A B, C, and D E "
_LIST = re.compile(
    rf"(?P<list>(?P<first>{_ITEM}),[ \t]+(?:{_ITEM},[ \t]+){{0,5}}{_ITEM},?[ \t]+"
    rf"(?:and|&)[ \t]+{_ITEM})[ \t]+$"
)
# whose the name is, capitalised words (and "of") right before the first field:
# "Việt Nam-Republic of " before "Korea Culture"
_OWNER = re.compile(rf"(?:{_CAP}[ \t]+(?:of[ \t]+)?){{1,3}}$")
_WINDOW = 160  # characters before a head: six fields and an owner
_DAY = "day"  # "… Tourism Day": a day is an event, no head of the word lists
_TYPES = ("organizations", "events", "initiatives")


def fields_before(
    text: str, start: int, end: int, lex: Lexicon
) -> list[tuple[int, int, str]]:
    """(start, end, type) of each name so written in ``text[start:end]``."""
    found: list[tuple[int, int, str]] = []
    for match in _HEAD_WORD.finditer(text, start, end):
        kind = _kind(match["head"].casefold(), lex)
        if kind is None or text[max(start, match.start() - 2) : match.start()] == ", ":
            continue
        at = max(start, match.start() - _WINDOW)
        window = text[at : match.start()]
        if "," not in window or (" and " not in window and " & " not in window):
            continue  # no list there: most heads are decided at once
        listed = _LIST.search(text, at, match.start())
        if listed is None or not _common(listed["list"], lex):
            continue
        first = listed.start("first")
        if owner := _OWNER.search(text, max(start, first - 60), first):
            first = owner.start() + _without_article(owner.group())
        if found and first < found[-1][1]:
            continue
        found.append((first, match.end(), kind))
    return found


def _kind(word: str, lex: Lexicon) -> str | None:
    if word == _DAY:
        return "events"
    return next((k for k in _TYPES if word in lex.inside[k]), None)


def _common(listed: str, lex: Lexicon) -> bool:
    """Whether most fields (the last word of each) are common nouns: "Culture, Trade and
    Investment"; the first field must be one ("Samsung, LG and …" names firms)."""
    items = re.split(r",[ \t]+(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+", listed)
    lasts = [words_of(item)[-1].key for item in items if words_of(item)]
    common = [key in lex.common for key in lasts]
    return bool(common) and common[0] and 2 * sum(common) >= len(common)


def _without_article(owner: str) -> int:
    """How many characters of an owner's words are an article opening it ("The")."""
    article = re.match(r"(?:The|A|An)[ \t]+", owner)
    return article.end() if article else 0
