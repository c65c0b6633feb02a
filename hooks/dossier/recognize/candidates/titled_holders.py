"""A person set after a title and the body it heads, a comma between: "the chairman of
the Dorvan Trading Company, Pak Soo Min", "said the chief of the Department for Rural
Crafts, Tran Ngoc Loc". The two names stand across a bare comma as a list's do, so the
body's context (its head noun, "chairman of the …") is shared with the person; the
title before the body says the person holds it, a leader.

Only an appositive: the person is set off by a comma, a stop or "said" ("…, Pak Soo
Min, spoke"); a list going on ("…, Tran Phu Street and two banks") holds no title, nor
does a name whose own head noun names a kind (the caller's check).
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.personal_names import reads_as_person

HOLDER_CUE = 6  # outweighs a body's context shared across the comma (3 to 5)

# a title and "of" ("chairman of"), then the body it heads, capitalised words and the
# small words between them ("the Ministry of Industry and Trade"; not a clause, "Hanoi
# Police arrived"), and the comma the person follows
_OF = re.compile(r"\b(?P<title>[A-Za-z-]+)\s+of\s+")
_BODY = re.compile(
    r"(?:the\s+)?[A-Z][\w'’&.-]*"
    r"(?:\s+(?:(?:of|and|for|on|in|the|&)\s+)*[A-Z][\w'’&.-]*)*,\s*"
)
# what sets the person off: a comma, a stop, "said", the end of the text
_SET_OFF = re.compile(r"\s*(?:[,.]|said\b|$)")
_LOOK_BACK = 120  # characters before the person the title and its body are read in


def titled_holder(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the name at ``text[start:end]``, shaped as a person's and set off after
    it, follows "<title> of (the) <body>," and so holds the title ("the support of the
    chairman of …": the title is the last "… of" before the body)."""
    if not _SET_OFF.match(text, end) or not reads_as_person(text[start:end], lex):
        return False
    titles = [
        match
        for match in _OF.finditer(text, max(0, start - _LOOK_BACK), start)
        if match["title"].casefold() in lex.titles
    ]
    return bool(titles) and _BODY.fullmatch(text, titles[-1].end(), start) is not None
