"""Names the readers of korean.py miss, read from a cue beside them once those readers
have done: a neighbourhood or a township after its city or before its office, a place
listed with places, a foreigner's name of several words before a title."""

from __future__ import annotations

from dossier.recognize.candidates.korean_foreign_titled import foreign_titled
from dossier.recognize.candidates.korean_kind_places import (
    kind_places,
    with_delta,
    without_place_before,
)
from dossier.recognize.candidates.korean_mission_posts import (
    is_ministers_post,
    mission_ministers,
)
from dossier.recognize.candidates.korean_place_lists import listed_places
from dossier.recognize.candidates.korean_subunits import subunits
from dossier.recognize.candidates.korean_venues import as_venue
from dossier.recognize.candidates.korean_words import Named
from dossier.recognize.candidates.span_index import covering


def with_cued_names(text: str, found: list[Named]) -> list[Named]:
    """``found`` (the names korean_names read in ``text``) and the names their cues
    tell; a person's name of several words replaces the pieces of it found inside, a
    place named by its kind the place's kind found alone ("신공항" of "롱탄 신공항")."""
    once: dict[tuple[int, int], Named] = {}
    for name in found:
        if is_ministers_post(name):  # "한국대사관 공사": the embassy's minister
            continue
        name = without_place_before(text, with_delta(text, name))
        name = as_venue(text, name)  # "하노이 국제컨벤션센터": a place, no body
        once.setdefault(name[2:], name)
    found = list(once.values())
    spans = {n[2:] for n in found}
    kinds = [n for n in kind_places(text) if n[2:] not in spans]
    if kinds:
        ends = {end: start for _, _, start, end in kinds}
        found = [
            n for n in found if not (n[1] == "cities" and ends.get(n[3], n[2]) < n[2])
        ]
    places = [n[2:] for n in found if n[1] == "cities"]
    more = kinds + [n for n in subunits(text, places) if n[2:] not in spans]
    more += [n for n in listed_places(text, found) if n[2:] not in spans]
    people = [n for n in foreign_titled(text, found) if n[2:] not in spans]
    more += [n for n in mission_ministers(text) if n[2:] not in spans]
    if people:  # "도널드" of "도널드 트럼프"
        inside = covering(tuple(sorted(n[2:] for n in people)))
        found = [n for n in found if not inside(*n[2:])]
    return sorted(
        [*_not_before_people(text, found), *more, *people], key=lambda n: n[2]
    )


_FIELD_SYLLABLES = 4  # "신경외과"; a Korean's name has three


def _not_before_people(text: str, found: list[Named]) -> list[Named]:
    """``found`` less a word of four syllables or more taken for a person's name right
    before another's, a space between: the title after them is the second's, the first
    a department's or a field's ("신경외과 김효준 과장": the neurosurgery's head); names
    listed are joined by a comma or a dot ("송대윤, 황경아 부의장"), and a word of three
    before a name is as often a person's whose body's short name the second is ("정의선
    현대차 부회장")."""
    starts = {n[2] for n in found if n[1] == "leaders" and " " not in n[0]}
    return [
        n
        for n in found
        if not (
            n[1] == "leaders"
            and " " not in n[0]
            and len(n[0]) >= _FIELD_SYLLABLES
            and text[n[3] : n[3] + 1] == " "
            and n[3] + 1 in starts
        )
    ]
