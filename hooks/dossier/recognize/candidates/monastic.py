"""A pagoda or a temple as the body that acts: its abbot, its monks or its nuns beside it.

A pagoda or a temple is a place ("Pilgrims climbed to Hoa Nghiem Pagoda"), as the dossier
files temples and as ``soft_kinds`` reads one named with its kind in lower case; the one
whose abbot leads a trip or whose monks hand out rice ("the abbot of Hoa Nghiem Pagoda",
"the monks of Bongsan Temple") is the community that does it, an organisation, as the
Korean rule reads "해인사 주지 …" (korean_sights).
"""

from __future__ import annotations

# the head nouns of a house that is a place unless its people stand beside it
_HOUSES = frozenset(("pagoda", "temple"))
# its people, one of the four words before the name: "the abbot of …", "monks from …"
_MONASTIC = frozenset(
    ("abbot", "abbess", "abbots", "monk", "monks", "nun", "nuns", "venerable", "sunim")
)
MONASTIC_CUE = 8  # outweighs the head noun's place (5) and a place's cue before it


def monastic(before: tuple[str, ...], name: str) -> bool:
    """Whether ``name`` is a pagoda or a temple whose abbot, monks or nuns stand among
    the (folded) words ``before`` it."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1].casefold() in _HOUSES
        and any(word in _MONASTIC for word in before[-4:])
    )
