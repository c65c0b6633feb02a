"""A festival's or a contest's name that opens with a genre: "the K-pop Lovers Festival",
"the K-pop Cover Dance Contest 2025".

The reader takes "K-pop" for a genre, never a name's word (a story's "K-pop fans" names
nobody), so a name opening with it lost its first word ("Lovers Festival"). Where
capitalised words and the head noun of a festival or a contest follow it, the genre is
the name's first word.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import lexicon
from dossier.text import fold

# the head noun that ends the name, and the type it gives (a festival is an initiative,
# as the registry files festivals; a contest, a concert or a fair is held on a date)
_HEADS = {
    "Festival": "initiatives",
    "Week": "initiatives",
    "Contest": "events",
    "Competition": "events",
    "Concert": "events",
    "Awards": "events",
    "Fair": "events",
}
# the genre as the page writes it, second part in lower case ("K-Pop …" is read as a
# name's word already), then up to four capitalised words, the head, and a year, if any
_NAMED = re.compile(
    r"(?<![\w-])(?P<name>K-(?:pop|drama|food|beauty|culture)"
    r"(?:[ \t]+[A-Z][\w’'&-]*){1,4}?[ \t]+(?P<head>"
    + "|".join(_HEADS)
    + r")(?:[ \t]+(?:19|20)\d\d)?)(?![\w-])"
)

# a capitalised word right before the genre: the name begins there, and the reader
# finds it whole ("the Changwon K-pop World Festival", "Saigon K-pop Cover Dance …")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([^\W\d_][\w’'-]*)[ \t]+$")


def genre_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each name that opens with a genre."""
    if "K-" not in text:
        return []  # most sentences name none: one quick look decides
    return [
        (" ".join(m["name"].split()), _HEADS[m["head"]], m.start("name"), m.end("name"))
        for m in _NAMED.finditer(text)
        if not _capitalised_before(text, m.start())
    ]


def _capitalised_before(text: str, at: int) -> bool:
    """A capitalised word before ``at`` that is no sentence's opening ("The", "At")."""
    before = _WORD_BEFORE.search(text, 0, at)
    return (
        before is not None
        and before.group(1)[0].isupper()
        and fold(before.group(1)) not in lexicon().stop
    )
