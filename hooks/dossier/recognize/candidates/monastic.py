"""A pagoda or a temple as the body that acts: its abbot, its monks or its nuns, or a
verb it is the subject of.

A pagoda or a temple is a place ("Pilgrims climbed to Hoa Nghiem Pagoda", "Monks
gathered at Bongsan Temple"), as the dossier files temples and as ``soft_kinds`` reads
one named with its kind in lower case. It is the community that acts, an organisation,
when its people are named as its own ("the abbot of Hoa Nghiem Pagoda", "monks from the
Bongsan Temple", "Hoa Nghiem Pagoda's abbot", "Bongsan Temple monks", "Hoa Nghiem Pagoda
(abbot …"), as the Korean rule reads "해인사 주지 …" (korean_sights), or when it does
what a body does ("Jogye Temple announced …", "sponsored by Bongsan Temple", "signed an
agreement with Bongsan Temple").
"""

from __future__ import annotations

import re

# the head nouns of a house that is a place unless its people or its acts say otherwise
_HOUSES = frozenset(("pagoda", "temple"))
# its people ("venerable", "sunim" are titles before a person's name, not its people)
_MONASTIC = frozenset(("abbot", "abbess", "abbots", "monk", "monks", "nun", "nuns"))
_OWN = frozenset(("of", "from", "at"))  # "the abbot of …", "monks from …"
# its people just after it: "X's abbot", "X monks", "X (abbot …"
_PEOPLE_AFTER = re.compile(
    r"(?:['’]s)?\s*\(?\s*(?:abbots?|abbess|monks?|nuns?)\b", re.IGNORECASE
)
# what a body does, the house its subject ("Jogye Temple announced …") or the one
# it is done with ("signed an agreement with Bongsan Temple")
_ACTS = frozenset(
    (
        "sign", "signs", "signed", "announces", "announced", "donates", "donated",
        "runs", "organises", "organised", "organizes", "organized", "sponsors",
        "sponsored",
    )
)  # fmt: skip
MONASTIC_CUE = 8  # outweighs the head noun's place (5) and a place's cue before it


def monastic(
    before: tuple[str, ...], after: tuple[str, ...], name: str, rest: str
) -> bool:
    """Whether ``name`` is a pagoda or a temple that acts as a body: its people named
    as its own in the (folded) words ``before`` it or in the text ``rest`` after it, or
    it the subject of an acting verb (the first word ``after`` it, not "… by") or the
    one after "by" or after "with" in an acting verb's clause."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in _HOUSES:
        return False
    own = before[:-1] if before[-1:] == ("the",) else before
    if own[-2:-1] and own[-2] in _MONASTIC and own[-1] in _OWN:
        return True
    if _PEOPLE_AFTER.match(rest):
        return True
    if after[:1] and after[0] in _ACTS and after[1:2] != ("by",):
        return True
    return before[-1:] == ("by",) or (
        before[-1:] == ("with",) and any(w in _ACTS for w in before)
    )
