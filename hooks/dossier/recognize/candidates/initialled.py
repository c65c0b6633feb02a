"""A name whose initials the brackets after it give, though a place inside it cut it.

"Samsung Electronics Vietnam Thái Nguyên (SEVT)", "Samsung Electronics HCMC CE Complex
(SEHC)": a place (or a registered name) inside a company's name cuts the capitalised run,
so the finder reads "Samsung Electronics Vietnam" and "Thái Nguyên". When the brackets
hold initials, the first of them a word's initial and each of the others the initial of
a later word in order, all but one word at most giving one, the words from that first one
to the brackets are one name, proposed beside the pieces.

"Capacity Improvement and Advancement for Tomorrow (CIAT)": where ``and`` (with "for",
"of", "the" between the words) parts the finder's pieces, the initials of every
capitalised word from the first piece's start to the brackets, in order, make the name
one: it replaces the pieces ("Capacity Improvement", "Advancement for Tomorrow").
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import Piece
from dossier.recognize.candidates.scoring import score
from dossier.recognize.tokens import words_of

# initials in brackets: "(SEVT)", "(SEHC)"
_INITIALS = re.compile(r"\s?\(([A-Z][A-Z&]{2,7})\)")
# the capitalised words right before them, from a word's start (tried only there, so a
# long run of letters is read once, not once from each of its letters)
_BEFORE = re.compile(
    r"(?<![\w’'&.-])(?:[^\W\d_a-z][\w’'&.-]*\s+){1,9}[^\W\d_a-z][\w’'&.-]*$"
)
MAX_SKIPPED = 1  # "Thái Nguyên": one place, one initial; "CE" of "… CE Complex"
# the lower-case words an initialled name holds, which give no initial
_CONNECTORS = frozenset(["and", "for", "of", "the", "on", "in", "to", "&"])

Span = tuple[int, int]


def _spelt(initials: str, letters: list[str]) -> bool:
    """Whether the initials spell the words' first letters in order, the first of the
    words giving one, at most ``MAX_SKIPPED`` others giving none (the last may be one:
    "Thái Nguyên" of "(SEVT)")."""
    if not letters or letters[0] != initials[0]:
        return False
    at, skipped = 1, 0
    for letter in letters[1:]:
        if at < len(initials) and letter == initials[at]:
            at += 1
        else:
            skipped += 1
    return at == len(initials) and skipped <= MAX_SKIPPED


def initialled_names(
    text: str, pieces: list[Span], sentence: Span, lex: Lexicon
) -> list[tuple[int, int, dict[str, int], Span]]:
    """The names of ``sentence`` (its span in ``text``) whose initials follow them in
    brackets, where no piece found is that name already; each as (start, end, scores,
    an empty stretch: the pieces inside it stay)."""
    begin, end = sentence
    found = []
    spans = set(pieces)
    starts, ends = {a for a, _ in pieces}, {b for _, b in pieces}
    # the words before brackets never reach back over the last brackets' ")", so each
    # is looked for after it: the sentence is read once, not once for each brackets
    after_last = begin
    for match in _INITIALS.finditer(text, begin, end):
        initials = match[1].replace("&", "")
        read_from, after_last = after_last, match.end()
        whole = _across_and(text, (starts, ends), begin, match.start(), initials, lex)
        if whole:
            piece = Piece(words_of(text[whole[0] : whole[1]]))
            score(piece, lex)
            found.append((*whole, dict(piece.scores), whole))
            continue
        before = _BEFORE.search(text[read_from : match.start()])
        if not before:
            continue
        offset = read_from + before.start()
        words = words_of(before.group(), False)
        for first in range(len(words) - len(initials), -1, -1):
            letters = [w.text[0].upper() for w in words[first:]]
            if len(letters) > len(initials) + MAX_SKIPPED:
                break
            if not words[first].capitalised or not _spelt(initials, letters):
                continue
            start = offset + words[first].start
            if len(letters) > len(initials) and (start, match.start()) not in spans:
                piece = Piece(words_of(text[start : match.start()]))
                score(piece, lex)
                stop = match.start()
                found.append((start, stop, dict(piece.scores), (stop, stop)))
            break
    return found


def _across_and(
    text: str,
    edges: tuple[set[int], set[int]],
    begin: int,
    at: int,
    initials: str,
    lex: Lexicon,
) -> Span | None:
    """The span of the name whose initials the brackets at ``at`` hold, read back over
    capitalised words and connectors, where ``and`` stands inside it, a piece ends at
    the brackets and another piece starts where the name does; never over a comma
    ("Vietnam Airlines, Korean Air and the …": a list), nor where the words on each side
    of ``and`` are a name by themselves ("Hanbit Logistics and Daewon Shipping (HLDS)":
    two firms, whose joint short form names their venture); ``edges`` are the starts
    and the ends of the pieces found."""
    starts, ends = edges
    if at not in ends:
        return None
    words = words_of(text[max(begin, at - 160) : at], False)
    offset = max(begin, at - 160)
    left, needed, joined = len(words), len(initials), False
    while left and needed:
        word = words[left - 1]
        if word.key in _CONNECTORS and not word.capitalised:
            joined = joined or word.key == "and"
        elif word.capitalised and word.text[0] == initials[needed - 1]:
            needed -= 1
        else:
            return None
        left -= 1
    start = offset + words[left].start if not needed and left < len(words) else -1
    if not joined or start not in starts or "," in text[start:at]:
        return None
    if _two_names(text[start:at], lex):
        return None
    return start, at


def _two_names(text: str, lex: Lexicon) -> bool:
    """Whether the words on each side of an ``and`` are a name alone (scored as one)."""
    sides = [side.removeprefix("the ") for side in re.split(r"\s+and\s+", text)]
    named = 0
    for side in sides:
        piece = Piece(words_of(side))
        score(piece, lex)
        named += max(piece.scores.values(), default=0) > 0
    return named >= 2
