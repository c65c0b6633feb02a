"""A person set after a title and the body it heads, a comma between: "the chairman of
the Dorvan Trading Company, Pak Soo Min", "said the chief of the Department for Rural
Crafts, Tran Ngoc Loc". The two names stand across a bare comma as a list's do, so the
body's context (its head noun, "chairman of the …") is shared with the person; the
title before the body says the person holds it, a leader.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.personal_names import reads_as_person

HOLDER_CUE = 6  # outweighs a body's context shared across the comma (3 to 5)

# a title and "of" ("chairman of"), then the body it heads and the comma the person
# follows ("the Dorvan Trading Company, ")
_OF = re.compile(r"\b(?P<title>[A-Za-z-]+)\s+of\s+")
_BODY = re.compile(r"(?:the\s+)?[A-Z][^,;:.!?()]{1,80},\s*")
_LOOK_BACK = 120  # characters before the person the title and its body are read in


def titled_holder(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the name at ``text[start:end]``, shaped as a person's, follows "<title>
    of (the) <body>," and so holds the title ("the support of the chairman of …": the
    title is the last "… of" before the body)."""
    if not reads_as_person(text[start:end], lex):
        return False
    return any(
        match["title"].casefold() in lex.titles
        and _BODY.fullmatch(text, match.end(), start) is not None
        for match in _OF.finditer(text, max(0, start - _LOOK_BACK), start)
    )
