"""A division of a place by the kind written after its name: "Phung Hiep district",
"Tu Ly commune", "… Trieu Phong and Gio Linh districts".

Vietnam names its districts, wards and communes for people, so a name of a person's
shape is a place when its kind follows it in lower case. The kind counts only where it
ends the noun phrase: not "Hoan Kiem district officials", "district heating", "the Cho
Ray Hospital ward for burns", "Samsung and Hyosung ward off rivals". A body (a head noun
of an organisation: "People's Committee of Phuc Xa ward") or an acronym ("KOICA") is no
place by it, and a list shares only the plural kind, never with a person in it (a title
before, a person's full shape: "Ambassador Choi Young-sam and …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.recognize.candidates.personal_names import reads_as_person
from dossier.recognize.tokens import is_acronym, token_keys
from dossier.text import words_of

if TYPE_CHECKING:
    from dossier.recognize.candidates.finding import Found, Sentence
    from dossier.recognize.candidates.lexicon import Lexicon

# the kinds of a division, as written after its name in lower case (one list for the
# cue here, "the city of …" in scoring and a body's "… of Bac Ninh province")
DIVISION_KINDS = ("province", "city", "district", "county", "town", "ward", "commune")
DIVISION_CUE = 8  # more than a person's shape: surname +3, middle name +3
_KIND = re.compile(
    rf"[ \t]+(?P<kind>{'|'.join(DIVISION_KINDS)})(?P<plural>s?)(?![\w’'-])"
    r"(?:[ \t]*(?:[^\w\s]|$)|[ \t]+(?P<next>[a-z]+)(?![\w’'-]))"
)
# words after the kind that close its noun phrase: a preposition, a conjunction, a verb
_CLOSING = frozenset(
    words_of(
        "of in and or on at to with by from as near into under since after before "
        "during while but where which that who whose is are was were be been has have "
        "had will would can could should must may might said says say held met sent took "
        "gave won made built began saw told paid got led lent sold bought spent became "
        "last this next"
    )
)
_BODY_KINDS = ("organizations", "initiatives", "events", "agreements")


def kind_after(text: str, at: int, limit: int) -> re.Match[str] | None:
    """The kind of a division right after ``at``, when it ends its noun phrase ("…
    district, …", "… district in Hanoi", "… districts received …")."""
    match = _KIND.match(text, at, limit)
    if match is None:
        return None
    following = match["next"]
    if following and following not in _CLOSING and not following.endswith("ed"):
        return None  # "district officials", "ward off", "city centre"
    return match


def division_cues(group: list[Found], sentence: Sentence, lex: Lexicon) -> list[int]:
    """The cities' cue each name of a list (or a name alone) takes from a kind after it."""
    text = sentence.text
    kinds = [kind_after(text, p.end, sentence.end) for p in group]
    cues = [
        DIVISION_CUE if k and _may_be_place(p, text, lex) else 0
        for p, k in zip(group, kinds, strict=True)
    ]
    last = kinds[-1]
    if len(group) < 2 or not (last and last["plural"] and cues[-1]):
        return cues
    gap = text[group[-2].end : group[-1].start]
    if len(group) == 2 and "and" not in gap and "&" not in gap:
        return cues  # two across a bare comma: a clause's end and its subject
    return [
        cue
        or (DIVISION_CUE * _may_be_place(p, text, lex) * (not _person(p, text, lex)))
        for p, cue in zip(group, cues, strict=True)
    ]


def _may_be_place(piece: Found, text: str, lex: Lexicon) -> bool:
    """Not a body by its own head noun, nor an acronym."""
    name = text[piece.start : piece.end]
    if is_acronym(name) or any(piece.scores.get(t, 0) >= 5 for t in _BODY_KINDS):
        return False
    return lex.inside["organizations"].isdisjoint(
        token_keys(text, piece.start, piece.end)
    )


def _person(piece: Found, text: str, lex: Lexicon) -> bool:
    """A person's title before the name, or a person's full shape ("Choi Young-sam",
    "Tran Van Long")."""
    before = token_keys(text, max(0, piece.start - 30), piece.start)
    if before and before[-1] in lex.titles:
        return True
    name = text[piece.start : piece.end]
    return reads_as_person(name, lex) and ("-" in name or len(name.split()) >= 3)
