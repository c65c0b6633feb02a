"""A body named for the office it serves: "the Office of the Prime Minister", "the
Advisory Council of the President", "the Secretariat of the Chairman".

A title at a name's end is usually the start of a person's mention ("… Committee
Chairman Lee"), so trimming drops it. After "of the" and a body's head noun it is no
person's but the office the body belongs to, and it is part of the name.
"""

from __future__ import annotations

from dossier.recognize.candidates.hyphenated_heads import kind_key
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import Piece, connector
from dossier.recognize.candidates.trimming import trim
from dossier.recognize.tokens import Word

_TITLE_WORDS = 2  # "President", "Prime Minister"
# a title's first half, whose second the run has lost ("… of the Prime" + "Minister")
_HALVES = frozenset(("prime", "vice", "deputy", "acting", "former", "general"))


def _office(words: list[Word], lex: Lexicon) -> int:
    """How many of the last words are "of the" and a title after a body's head noun."""
    for size in range(1, _TITLE_WORDS + 1):
        at = len(words) - size
        if at < 3 or words[at - 1].key != "the" or words[at - 2].key != "of":
            continue
        title = words[at:]
        if not all(w.capitalised for w in title) or title[-1].key not in lex.titles:
            continue
        if title[-1].key in _HALVES:
            return 0
        if kind_key(words[at - 3], lex) in lex.inside["organizations"]:
            return size + 2
    return 0


def trim_keeping_office(piece: Piece, lex: Lexicon) -> Piece | None:
    """The piece trimmed of the words that frame it, keeping the office it ends with."""
    words = list(piece.words)
    while words and connector(words[-1], lex):
        words.pop()  # "… of the President and": the "and" of a list
    tail = _office(words, lex)
    if not tail:
        return trim(piece, lex)
    kept = trim(Piece(words[:-tail], piece.after_title, piece.scores), lex)
    if kept is None or kept.words[-1] is not words[-tail - 1]:
        return kept
    return Piece(kept.words + words[-tail:], kept.after_title, kept.scores)
