"""An ordinal before a name that is no event's: the name's own, as editors write it.

"the 2nd Korean Marine Brigade", "the 5th Science and Technology Master Plan": a unit, a
body or a plan the ordinal numbers is a different one
from the 2nd or the 3rd, so the number belongs to its name, as in the dossier's files
("2nd Marine Division"). An event's edition is read apart (``_edition_start``), where a
year numbers it too ("the 2019 AFC Asian Cup"); here only an ordinal written in figures
counts, after "the" and right before a name whose last word says what kind of thing it
is; not a day ("since March 3rd Vietnam Airlines …", "by the 15th Korea Electric Power
Corporation …") nor a rank ("ranked 2nd Vietnam National University …"). A festival
is held by editions as an event is, and editors write it with its number or without ("the
30th … Festival" as "… Festival"), so it is left as it is.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.text import fold

# "1st ", "22nd ", "9th ", not "1.5th" nor a date's "on the 5th," before a comma
_ORDINAL = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th)\s+$", re.IGNORECASE)
_REACH = 8
# "the " before the ordinal, and the word before it, if any ("by the 15th": a day)
_THE = re.compile(r"(?:^|(?P<before>\w+)\s+)the\s+$", re.IGNORECASE)
_DAYS_BY = frozenset(["on", "by", "since", "until", "till", "from", "before", "after"])
_THE_REACH = 16
_HELD_BY_EDITIONS = frozenset({"festival"})


def ordinal_start(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a name in ``text[start:end]`` starts with the ordinal before it, if its last
    word is a head noun of a kind other than events."""
    words = text[start:end].split()
    last = fold(words[-1]).casefold() if words else ""
    if last in _HELD_BY_EDITIONS or not any(
        last in heads for kind, heads in lex.inside.items() if kind != "events"
    ):
        return start
    ordinal = _ORDINAL.search(text, max(0, start - _REACH), start)
    if not ordinal:
        return start
    at = ordinal.start()
    the = _THE.search(text[max(0, at - _THE_REACH) : at])
    if the is None or (the["before"] or "").casefold() in _DAYS_BY:
        return start
    return at


# what ``scoring`` adds for an event when an ordinal numbers a name ("the 15th …")
NUMBERED_CUE = 6


def unnumbered_scores(scores: dict[str, int]) -> dict[str, int]:
    """A numbered name's evidence less what the ordinal gave an event: the 9th festival,
    the 5th plan are no events for their number ("the 9th Vietnamese Cultural Festival":
    an initiative, as the registry files festivals)."""
    events = scores.get("events", 0)
    return {**scores, "events": max(0, events - NUMBERED_CUE)} if events else scores
