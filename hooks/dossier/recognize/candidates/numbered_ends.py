"""A name that ends in its number: "Factory No. 2", "Construction Corporation No.1".

Pages number the works, units and venues of one name: "the Hyundai Thanh Cong
Manufacturing Vietnam Factory No. 2", "Yen Phong Industrial Park No.1", "the Stadium of
Military No.7". The runs of capitalised words stop at "No" (a stop word, which opens
"No one …"), so they give "… Factory No" or, with the number cut off, a body any
company has ("Construction Corporation"). The number after "No." is the name's where
capitalised words run right up to it. Not a rank ("the No. 1 recipient", "It is No.1"),
which a word in lower case stands before, nor a document's number, which a slash or a
dash goes on ("Decree No. 50/ND-CP", "Decision No. 289-TTg"), nor one kind word and its
number ("Resolution No. 36", "Circular No. 5"): a document, no body.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import Piece
from dossier.recognize.candidates.scoring import score
from dossier.recognize.tokens import POSSESSIVE, Word, words_of

if TYPE_CHECKING:
    from dossier.recognize.candidates.finding import Found, Sentence

# "… No. 2", "… No.1": the number, which no slash, dash or further digits go on
_NUMBER = re.compile(r"(?<=[^\W_])[ \t]+No\.[ \t]?\d{1,3}(?![\w/‐–-]|[.,]\d)")
_JOINERS = frozenset(("of", "and", "&"))
MIN_WORDS = 2  # "Construction Corporation No.1"; not "Resolution No. 36"


def numbered_ends(sentence: Sentence, found: list[Found], lex: Lexicon) -> list[Found]:
    """The pieces of a sentence, those before a number after "No." carried on to it."""
    text = sentence.text
    if "No." not in text[sentence.start : sentence.end]:
        return found  # most sentences number nothing: one quick look decides
    from dossier.recognize.candidates.finding import Found  # (which imports this)

    for match in _NUMBER.finditer(text, sentence.start, sentence.end):
        words = _run_before(text, sentence.start, match.start(), lex)
        if len(words) < MIN_WORDS:
            continue
        start, end = sentence.start + words[0].start, match.end()
        inside = [p for p in found if p.start < end and start < p.end]
        scores: Counter = Counter()
        for piece in inside:
            scores.update(piece.scores)
        if not scores:
            piece = Piece(words)
            score(piece, lex)
            scores = piece.scores
        start = min([start, *(p.start for p in inside)])
        kept = [p for p in found if p not in inside]
        found = [*kept, Found(start, end, end, dict(scores))]
    return found


def _run_before(text: str, start: int, at: int, lex: Lexicon) -> list[Word]:
    """The capitalised words (with "of", "and" between them) that end right at ``at``,
    less a stop word opening them ("The", "In") and an owner before them ("Vietnam’s
    Construction Corporation No.1"); offsets from ``start``."""
    words = words_of(text[start:at])
    run: list[Word] = []
    for word in reversed(words):
        gap = text[start + word.stop : start + (run[0].start if run else at - start)]
        if gap.strip() or (
            run and POSSESSIVE.search(text[start + word.start : start + word.stop])
        ):
            break
        if (word.capitalised and word.text[:1].isupper()) or (
            word.key in _JOINERS and run
        ):
            run.insert(0, word)
        else:
            break
    while run and (run[0].key in lex.stop or run[0].key in _JOINERS):
        run.pop(0)
    return run
