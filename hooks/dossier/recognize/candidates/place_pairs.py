"""Two places joined by a hyphen: a route or a pairing, not a third name.

"the Incheon-Nha Trang route", "Seoul-Phu Quoc flights", "a Muan-Danang service": the
capitalised run is read as one name, which no editor registers; the places at its ends
are the names. A pair is read so when one end is a place of the gazetteer and the other
is one too, a registered name, or, in a sentence about routes ("… service", "flights",
"fly"), a single word in title case that is no word of the lexicon ("Muan"): a firm, a
club or a person beside a place ("the Samsung-Bac Ninh plant", "the Viettel-Hanoi
derby") is no town, and months ("January-August"), a kind ("Gyeonggi-do") and a country
("ASEAN-Korea") pair nothing. A province spelt with a hyphen ("Ba Ria-Vung Tau") is a
place of the gazetteer whole and stays one name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.short_forms import Sighting
from dossier.text import fold, name_key

Key = tuple[str, ...]

# two runs of capitalised words joined by a hyphen or an en dash with no space
_PAIR = re.compile(
    r"(?P<one>[A-Z]\S*(?: [A-Z]\S*){0,2})[-–](?P<two>[A-Z]\S*(?: [A-Z]\S*){0,2})"
)
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
# a word that makes the sentence's pairs routes: "… route", "services are A-B", "fly"
_ROUTE = re.compile(
    r"\b(?:(?:route|flight|service|expressway|highway|railway|rail|line|bus|ferry|train)"
    r"s?|fl(?:y|ies|ying|ew|own))\b",
    re.IGNORECASE,
)
PLACE_EVIDENCE = 10  # as strong as a place's kind word after it


def _unlisted_end(end: str, lex: Lexicon) -> bool:
    """A single title-case word the lexicon has no use for: a town the gazetteer lacks."""
    word = fold(end)
    return (
        _TITLE_WORD.fullmatch(end) is not None
        and word not in lex.plain
        and word not in lex.dates
        and not any(word in words for words in lex.inside.values())
    )


def pair_ends(
    name: str, sentence: str, known: Callable[[Key], bool], lex: Lexicon
) -> tuple[str, str] | None:
    """The two places a hyphenated pair joins, or None if it is no pair of places."""
    pair = _PAIR.fullmatch(name)
    if pair is None or is_listed_place(name_key(name)):
        return None
    one, two = pair["one"], pair["two"]
    listed = [is_listed_place(name_key(end)) for end in (one, two)]
    if not any(listed):
        return None
    other = two if listed[0] else one
    if all(listed) or known(name_key(other)):
        return one, two
    if _unlisted_end(other, lex) and _ROUTE.search(sentence):
        return one, two
    return None


def split_place_pairs(
    sightings: Iterable[tuple[Key, Sighting]],
    known: Callable[[Key], bool],
    lex: Lexicon,
) -> Iterator[tuple[Key, Sighting]]:
    """The sightings with each pair of places read as its two places."""
    for key, sighting in sightings:
        name, occurrence, _ = sighting
        ends = pair_ends(name, occurrence.sentence, known, lex)
        if ends is None:
            yield key, sighting
            continue
        for end in ends:
            yield name_key(end), (end, occurrence, {"cities": PLACE_EVIDENCE})
