"""A name that ends in its number: "Factory No. 2", "Construction Corporation No.1".

Pages number the works, units and venues of one name: "the Hyundai Thanh Cong
Manufacturing Vietnam Factory No. 2", "Yen Phong Industrial Park No.1", "the Stadium of
Military No.7". The runs of capitalised words stop at "No" (a stop word, which opens
"No one …"), so they give "… Factory No" or, with the number cut off, a body any
company has ("Construction Corporation"). The number after "No." is the name's where
capitalised words run right up to it. Not a rank ("the No. 1 recipient", "It is No.1"),
which a word in lower case stands before, or a verb ("Lotus Remains No. 1"), or which
qualifies a word after it ("No. 1 Exporter"); nor a document's number, which a slash or
a dash goes on ("Decree No. 50/ND-CP", "Decision No. 289-TTg") or its kind stands before
("Resolution No. 36", "Politburo Resolution No. 57", "Official Letter No. 125"), nor a
flight's ("Korean Air Flight No. 461"): there the name, if any, stops before the kind
or the verb ("Korean Air"). Two bodies joined by "and" stay two ("the Lotus Group and
Harbour Construction Corporation No. 3"): the number is the second's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from dossier.recognize.candidates.and_splits import split_at_and
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import Piece
from dossier.recognize.candidates.scoring import score
from dossier.recognize.tokens import POSSESSIVE, Word, words_of

if TYPE_CHECKING:
    from dossier.recognize.candidates.finding import Found, Sentence

# "… No. 2", "… No.1": the number, which no slash, dash or further digits go on
_NUMBER = re.compile(r"(?<=[^\W_])[ \t]+No\.[ \t]?\d{1,3}(?![\w/‐–-]|[.,]\d)")
# a capitalised word after the number, which the rank qualifies: "No. 1 Exporter"
_QUALIFIED = re.compile(r"[ \t]+[A-Z][\w’'-]*")
_JOINERS = frozenset(("of", "and", "&"))
MIN_WORDS = 2  # "Construction Corporation No.1"; not "Resolution No. 36"
# what a number after "No." makes a document, a service or a part of one, not a body:
# "Politburo Resolution No. 57", "Official Letter No. 125", "Korean Air Flight No. 461"
_NUMBERED_THINGS = frozenset(
    (
        "resolution",
        "decree",
        "decision",
        "circular",
        "directive",
        "dispatch",
        "letter",
        "notice",
        "conclusion",
        "law",
        "instruction",
        "document",
        "regulation",
        "ordinance",
        "order",
        "report",
        "announcement",
        "plan",
        "flight",
        "issue",
        "volume",
        "vol",
        "article",
        "clause",
        "chapter",
        "part",
        "page",
        "item",
        "annex",
        "appendix",
        "bill",
        "case",
    )
)
# verbs that give a rank: "Samsung Electronics Remains No. 1", "… Becomes No.1"
_RANK_VERBS = frozenset(
    (
        "is",
        "was",
        "remains",
        "remained",
        "becomes",
        "became",
        "stays",
        "stayed",
        "ranks",
        "ranked",
        "retains",
        "retained",
        "keeps",
        "kept",
        "tops",
        "topped",
        "named",
    )
)


class _Span(NamedTuple):
    """The words a number after "No." ends, where its name starts and ends."""

    words: list[Word]
    start: int
    end: int


def numbered_ends(sentence: Sentence, found: list[Found], lex: Lexicon) -> list[Found]:
    """The pieces of a sentence, those before a number after "No." carried on to it."""
    text = sentence.text
    if "No." not in text[sentence.start : sentence.end]:
        return found  # most sentences number nothing: one quick look decides
    # (the sentence's words once: a number looks back from its own place among them)
    words = words_of(text[sentence.start : sentence.end])
    stops = [w.stop for w in words]
    spans: list[_Span] = []
    for match in _NUMBER.finditer(text, sentence.start, sentence.end):
        at = bisect_right(stops, match.start() - sentence.start)
        run = _run_before(text, sentence.start, words[:at], match.start(), lex)
        if not run:
            continue
        if (cut := _refused(text, run, match, lex)) is not None:
            if cut < len(run):
                found = _cut_before(found, sentence.start, words, run[cut], lex)
            continue
        # "the Lotus Group and Harbour Construction Corporation No. 3": the second's
        run = split_at_and(Piece(run), lex)[-1].words
        if len(run) >= MIN_WORDS:
            spans.append(_Span(run, sentence.start + run[0].start, match.end()))
    return _carried(found, spans, lex) if spans else found


def _refused(text: str, run: list[Word], match: re.Match, lex: Lexicon) -> int | None:
    """Where in the run the number's thing starts when it numbers no body: a document's
    or a flight's kind ("Politburo Resolution"), a rank's verb ("Remains"), or the
    whole run where the number qualifies a word after it ("No. 1 Exporter")."""
    last = run[-1].key
    if last in _NUMBERED_THINGS or last in _RANK_VERBS:
        return len(run) - 1
    after = _QUALIFIED.match(text, match.end())
    if after and after.group().strip().casefold() not in lex.headline_verbs:
        verbs = [i for i, w in enumerate(run) if w.key in _RANK_VERBS]
        return verbs[-1] if verbs else len(run)
    return None


def _cut_before(
    found: list[Found], start: int, words: list[Word], word: Word, lex: Lexicon
) -> list[Found]:
    """The pieces, those that run on over ``word`` (a document's kind, a rank's verb)
    cut before it ("Korean Air Flight No" → "Korean Air"), those opening at it gone."""
    from dossier.recognize.candidates.finding import Found  # (which imports this)

    at = start + word.start
    kept: list[Found] = []
    for piece in found:
        if not piece.start <= at < piece.end:
            kept.append(piece)
            continue
        before = [
            w for w in words if piece.start <= start + w.start and w.stop <= word.start
        ]
        if before and not all(w.key in lex.plain or w.key in lex.roles for w in before):
            # (not a word of the kind's alone: "Official" of "Official Letter")
            cut = Piece(before)
            score(cut, lex)
            stop = start + before[-1].stop
            kept.append(
                Found(piece.start, start + before[-1].end, stop, dict(cut.scores))
            )
    return kept


def _carried(found: list[Found], spans: list[_Span], lex: Lexicon) -> list[Found]:
    """The pieces, those inside a span replaced by one name carried on to its number.

    (The spans are apart and in order: a piece goes to the first it overlaps.)"""
    from dossier.recognize.candidates.finding import Found  # (which imports this)

    ends = [s.end for s in spans]
    inside: list[list[Found]] = [[] for _ in spans]
    kept: list[Found] = []
    for piece in found:
        index = bisect_right(ends, piece.start)  # the first span ending after it opens
        if index < len(spans) and spans[index].start < piece.end:
            inside[index].append(piece)
        else:
            kept.append(piece)
    for span, pieces in zip(spans, inside, strict=True):
        scores: Counter = Counter()
        for piece in pieces:
            scores.update(piece.scores)
        if not scores:
            piece = Piece(span.words)
            score(piece, lex)
            scores = piece.scores
        start = min([span.start, *(p.start for p in pieces)])
        kept.append(Found(start, span.end, span.end, dict(scores)))
    return kept


def _run_before(
    text: str, start: int, words: list[Word], at: int, lex: Lexicon
) -> list[Word]:
    """The capitalised words (with "of", "and" between them) last among ``words`` and
    ending right at ``at``, less a stop word opening them ("The", "In") and an owner
    before them ("Vietnam’s Construction Corporation No.1"); offsets from ``start``."""
    run: list[Word] = []  # (from the last word back)
    for word in reversed(words):
        gap = text[start + word.stop : start + run[-1].start if run else at]
        if gap.strip() or (
            run and POSSESSIVE.search(text[start + word.start : start + word.stop])
        ):
            break
        if (word.capitalised and word.text[:1].isupper()) or (
            word.key in _JOINERS and run
        ):
            run.append(word)
        else:
            break
    run.reverse()
    opening = 0
    while opening < len(run) and (
        run[opening].key in lex.stop or run[opening].key in _JOINERS
    ):
        opening += 1
    return run[opening:]
