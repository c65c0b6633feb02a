"""A name that holds its own short form in brackets, its head noun after them.

"the Southeast Asian (SEA) Games", "the AFF (ASEAN Football Federation) Suzuki Cup",
"the Vietnam Television (VTV) Film Center": the brackets cut the capitalised run in two,
so the finder reads a name before them ("Southeast Asian") and a scrap or nothing after
them ("Games"). When the brackets hold a short form (initials, or the spelt-out name of
initials before them) and the words after them end in a head noun ("Games", "Cup",
"Center", "Group"), the whole is one name; what the brackets hold and the scraps after
them are no names of their own. A name before the brackets that is whole by itself
("Asian Football Confederation (AFC) U23 Championship") is kept beside it.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.initialled import initialled_names
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import Piece, is_keyworded
from dossier.recognize.candidates.scoring import score
from dossier.recognize.tokens import is_acronym, words_of

# the brackets right after a name, and up to six words after them: capitalised words or
# numbers ("U23", "U-23", "2024"), "and", "&" or "of" between them
_WORD = r"[A-Z0-9][\w’'.-]*"
_AFTER_BRACKETS = re.compile(
    rf"\s?\((?P<inner>[^()\n]{{2,60}})\)\s+"
    rf"(?P<after>{_WORD}(?:\s+(?:(?:and|&|of)\s+)?{_WORD}){{0,5}})"
)
# a short form of mixed case: "RoK", "MoU", "VinFast" is none (one capital after another)
_MIXED_SHORT = re.compile(r"[A-Z][a-z]?[A-Z][A-Za-z]{0,4}")
MAX_SPELT_WORDS = 6
# the first half of a hyphened word its line broke: "Asia- " of "Asia- Pacific"
_BROKEN_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+-\s$")
# the types whose head noun ends such a name
_HEADED = ("organizations", "events", "agreements", "initiatives")

Span = tuple[int, int]


def _short_form(inner: str, before: str) -> bool:
    """Whether the brackets hold a short form: initials ("SEA", "RoK"), or, after
    initials, the name they stand for ("AFF (ASEAN Football Federation)")."""
    if is_acronym(inner) or _MIXED_SHORT.fullmatch(inner):
        return True
    words = inner.split()
    return (
        is_acronym(before)
        and 2 <= len(words) <= MAX_SPELT_WORDS
        and all(w[0].isupper() or w in ("of", "and", "&", "for") for w in words)
    )


# the capitalised words right before brackets, "of" or "and" between them ("Southeast
# Asian", "Viet Nam-Republic of Korea"): a name the finder trimmed away (a nationality)
_BEFORE_BRACKETS = re.compile(
    rf"(?:{_WORD}\s+(?:(?:of|and)\s+)?){{0,5}}{_WORD}(?=\s?\()"
)


def _unfound(
    text: str, pieces: list[tuple[int, int]], start: int, end: int, lex: Lexicon
) -> list[tuple[int, int]]:
    """The runs of capitalised words right before brackets that end no name found."""
    ends = {stop for _, stop in pieces}
    runs = []
    for bracket in re.finditer(r"\s?\(", text[start:end]):
        at = start + bracket.start()
        if at in ends:
            continue
        # read from the last brackets' ")" on: a run before those ends there, not here
        after_last = text.rfind(")", start, at) + 1
        run = _BEFORE_BRACKETS.search(text, max(start, at - 80, after_last), at + 2)
        if not run or run.end() != at:
            continue
        if after_last > start and not text[after_last : run.start()].strip():
            continue  # "X (DN) City … (DNPC)": the tail of a name over the brackets before
        words = words_of(run.group(), False)
        while words and (words[0].key in lex.stop or words[0].key in ("of", "and")):
            words = words[1:]
        if words and " ".join(w.key for w in words) not in lex.countries:
            runs.append((run.start() + words[0].start, at))
    return runs


def bracketed_names(
    text: str,
    pieces: list[tuple[int, int]],
    sentence: Span,
    spans: list[Span],
    lex: Lexicon,
) -> list[tuple[int, int, dict[str, int], tuple[int, int]]]:
    """The names that go on over a short form in brackets after one of ``pieces`` (the
    names found, as spans of ``text``) or a run of capitalised words the finder left,
    in the ``sentence`` (its span in ``text``): each as (start, end, its scores,
    the stretch from the brackets on, whose pieces it replaces)."""
    begin, end = sentence
    found = []
    for start, stop in [*pieces, *_unfound(text, pieces, begin, end, lex)]:
        match = _AFTER_BRACKETS.match(text, stop, end)
        while (first := words_of(text[start:stop], False)) and (
            first[0].key in lex.stop and len(first) > 1
        ):
            start += first[1].start  # "The Ten Southeast Asian (SEA) Games"
        before = text[start:stop]
        if not match or not _short_form(match["inner"], before):
            continue
        if len(before.split()) < 2 and not is_acronym(before):
            continue  # "Solutions (VS) Company" of "… Vehicle component Solutions …"
        broken = _BROKEN_WORD.search(text, max(begin, start - 30), start)
        start = broken.start() if broken else start  # "Asia- Pacific …"
        words = words_of(match["after"], False)
        if words[0].key in lex.headline_verbs:
            continue  # "(KOICA) Opens New Training Center": a headline's verb, object
        size = _headed_size(words, lex)
        if not size:
            continue
        last = match.start("after") + words[size - 1].end
        if any(a < last and b > match.start("after") for a, b in spans):
            continue  # a registered name after the brackets: not this name's
        name = f"{text[start:stop]} {text[match.start('after') : last]}"
        piece = Piece(words_of(name))
        score(piece, lex)
        found.append((start, last, dict(piece.scores), (stop, last)))
    return found + initialled_names(text, pieces, sentence, lex)


def _headed_size(words: list, lex: Lexicon) -> int:
    """How many of the words after the brackets make the rest of the name: the most
    that end in a head noun ("Suzuki Cup", "Science and Technology Institute"), or 0."""
    for size in range(len(words), 0, -1):
        if words[size - 1].key in ("and", "of"):
            continue
        head_key = words[size - 1].key
        if any(head_key in lex.inside[t] for t in _HEADED) and is_keyworded(
            words[:size], lex
        ):
            return size
    return 0
