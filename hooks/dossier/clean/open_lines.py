"""A line that leaves its sentence open, so the next line goes on with it: a verb, a
relative or a joining word at its end over a line opening on no capital ("… announced
that since" / "2019, around …"), or a quoted word with no stop over a word in small
letters ("… advancement “forward”" / "without any …"), or an abbreviation in brackets
that spells the words before it over a word in small letters ("… Policy (NSP)" / "aimed
at …")."""

from __future__ import annotations

import re

from dossier.text import words_of

# over a capital these may end a heading ("… reaffirm strong political will" / "HANOI —
# …", "Who's who" / "Most of …"): only a line opening on no capital goes on
_OPEN_WORDS = frozenset(
    words_of(
        "that which who whose is are was were be been has have had will would can "
        "could since about also"
    )
)
# joining words no heading ends on: the line goes on over a capital too ("… close ties
# between" / "South Korea and …")
JOINING_WORDS = frozenset(words_of("between among including than into via"))
_QUOTED_WORD_END = re.compile(r"[^\W\d_][\"”’]$")


def left_open(previous: str, line: str) -> bool:
    """``previous`` ends on a joining word, or on a word that leaves its sentence open
    and ``line`` opens on no capital letter."""
    last = previous.rsplit(" ", 1)[-1]
    return last in JOINING_WORDS or (last in _OPEN_WORDS and not line[:1].isupper())


def quoted_word_goes_on(previous: str, line: str) -> bool:
    """``previous`` ends on a quoted word without a stop and ``line`` opens on a word in
    small letters only (not "iPhone sales …", a new paragraph)."""
    return bool(_QUOTED_WORD_END.search(previous)) and line.split(" ", 1)[0].islower()


# "… the New Southern Policy (NSP)": an abbreviation in brackets closing the line
_ABBREVIATION = re.compile(r"\(([A-Z]{2,8})\)$")


def abbreviation_goes_on(previous: str, line: str) -> bool:
    """``previous`` ends on an abbreviation in brackets that spells the capitals of the
    words before it ("… New Southern Policy (NSP)"), a name the sentence goes on from,
    and ``line`` opens on a word in small letters ("aimed at …"): no credit, no stop."""
    found = _ABBREVIATION.search(previous)
    if not found or not line[:1].islower():
        return False
    letters = found[1]
    words = previous[: found.start()].split()[-2 * len(letters) :]
    return "".join(w[0] for w in words if w[:1].isupper()).endswith(letters)
