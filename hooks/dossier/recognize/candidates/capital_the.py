"""A name whose own first word is "The", capitalised in the middle of a sentence.

Mid-sentence, after a word in lower case, "the" is written in capitals only where it is
the name's: "the dance crew The Moonwalkers", "dinner at The Orchard", "a reporter for
The Weekly Lantern". The runs of capitalised words drop a "The" as the sentence's
article, which is right where it opens the sentence ("The Ministry said …") or follows
a capitalised word, where it is a Vietnamese name's syllable (Thế, "Tran The Vinh"), but
not after a word in lower case. A body with a head noun of its kind is filed without
its article ("from The Delta Research Institute"): its head says it is one body.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import head
from dossier.recognize.tokens import words_of

# a word in lower case, then "The" and the space before the name ("at The ")
_AFTER_LOWER = re.compile(r"(?<![\w’'.-])[a-z][a-z’'-]*[ \t]+(The)[ \t]+$")
_SPAN = 40
_CAPITAL_AFTER = re.compile(
    r"[ \t]+[^\W\d_a-z]"
)  # enough of the text before the name to read the word


def the_start(text: str, start: int, at: int, end: int, lex: Lexicon) -> int:
    """Where the name at ``at`` starts: at the "The" before it, when a word in lower case
    stands before that "The" (no further back than ``start``, its sentence's), and the
    name (to ``end``) is all the capitalised words after it (not "Hanoi" of "The Hanoi
    Times", an outlet's name cut at its registered place) and no body's by its head."""
    if _CAPITAL_AFTER.match(text, end):
        return at
    match = _AFTER_LOWER.search(text, max(start, at - _SPAN), at)
    if not match or head(words_of(text[at:end])).key in lex.inside["organizations"]:
        return at
    return match.start(1)
