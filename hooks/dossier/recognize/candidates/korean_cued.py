"""Names the readers of korean.py miss, read from a cue beside them once those readers
have done: a neighbourhood or a township after its city or before its office, a place
listed with places, a foreigner's name of several words before a title."""

from __future__ import annotations

from dossier.recognize.candidates.korean_foreign_titled import foreign_titled
from dossier.recognize.candidates.korean_place_lists import listed_places
from dossier.recognize.candidates.korean_subunits import subunits
from dossier.recognize.candidates.korean_words import Named
from dossier.recognize.candidates.span_index import covering


def with_cued_names(text: str, found: list[Named]) -> list[Named]:
    """``found`` (the names korean_names read in ``text``) and the names their cues
    tell; a person's name of several words replaces the pieces of it found inside."""
    spans = {n[2:] for n in found}
    places = [n[2:] for n in found if n[1] == "cities"]
    more = [n for n in subunits(text, places) if n[2:] not in spans]
    more += [n for n in listed_places(text, found) if n[2:] not in spans]
    people = [n for n in foreign_titled(text, found) if n[2:] not in spans]
    if people:  # "도널드" of "도널드 트럼프"
        inside = covering(tuple(sorted(n[2:] for n in people)))
        found = [n for n in found if not inside(*n[2:])]
    return sorted([*found, *more, *people], key=lambda n: n[2])
