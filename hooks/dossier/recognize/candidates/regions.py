"""Names made of words that name nothing alone: a region by its position and landform.

"the Central Highlands", "the Central Delta": each word is a common word of the lexicon
(a position, a landform kind), so a run of them alone would be dropped as naming
nothing; in capitals, the two together are a region. A position before any other kind
("Central Committee", "Central Province") stays a common phrase.
"""

from __future__ import annotations

from dossier.recognize.tokens import Word

_POSITIONS = frozenset(
    {
        "central", "northern", "southern", "eastern", "western", "north", "south",
        "east", "west", "northwest", "northeast", "southwest", "southeast",
        "northwestern", "northeastern", "southwestern", "southeastern",
    }
)  # fmt: skip
# each is also a place's kind word (candidates.yml, cities' ``inside``): that types
# the region a place
LANDFORMS = frozenset(
    {"highlands", "lowlands", "uplands", "midlands", "delta", "plateau"}
)


def names_a_region(words: list[Word]) -> bool:
    """Whether capitalised words are a position and a landform: "Central Highlands"."""
    return (
        len(words) == 2
        and all(w.capitalised for w in words)
        and words[0].key in _POSITIONS
        and words[1].key in LANDFORMS
    )
