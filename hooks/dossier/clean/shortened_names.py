"""An outlet's name the page shortens in its tag and writes in full on a line of its own:
"(QK7 Online) -" before the lead, "Quân khu 7 Online" alone at the top of the page. A
shortened word is capitals (and digits) standing for the initials of the full name's
words ("QK7": "Quân khu 7"); the other words are the same in both."""

from __future__ import annotations

import re

from dossier.text import fold

MAX_LINE_WORDS = 8
MIN_SPELT = 2  # words a shortened word stands for: "QK" for "Quân khu"
_SHORT = re.compile(r"[A-ZĐ][A-ZĐ0-9]{1,7}")


def _initial(word: str) -> str:
    """What a word gives a shortened name: its first letter, or a number whole."""
    return word if word.isdigit() else fold(word[0])


def _spells(short: list[str], full: list[str]) -> bool:
    """The words ``full`` are the words ``short``, each shortened word spelt out."""
    if not short:
        return not full
    word, rest = short[0], short[1:]
    if full and fold(full[0]) == fold(word):
        return _spells(rest, full[1:])
    if not _SHORT.fullmatch(word):
        return False
    letters, wanted = "", fold(word)
    for end, part in enumerate(full, 1):
        letters += _initial(part)
        if not wanted.startswith(letters):
            return False
        if letters == wanted and end >= MIN_SPELT and _spells(rest, full[end:]):
            return True
    return False


def spelt_in_full(outlet: str, text: str) -> str | None:
    """The page's own line writing the outlet ``outlet`` in full, where ``outlet``
    shortens a word of it to initials ("QK7 Online", "Quân khu 7 Online")."""
    short = outlet.split()
    if not any(_SHORT.fullmatch(word) for word in short):
        return None
    for line in text.splitlines():
        full = line.split()
        if len(short) < len(full) <= MAX_LINE_WORDS and _spells(short, full):
            return line.strip()
    return None
