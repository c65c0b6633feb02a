"""A person named again by the words after the surname: "Nguyen Viet Phong" ... "Viet
Phong said"; "Truong Phi Hung" ... "Phi Hung". A Vietnamese story calls a person by the
given name, so those words alone are the same person, not a new name (the first of a
longer name is kept: "Park Hang-seo" beside a run glued onto it, "Park Hang-seo-ho")."""

from __future__ import annotations

from dossier.model import Candidate
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.text import name_key


def without_name_tails(candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The candidates less a name of two words or more that stands inside a longer
    person's name of the same article, after its surname."""
    people = [
        key
        for c in candidates
        if c.type == "leaders"
        and len(key := name_key(c.name)) > 2
        and key[0] in lex.surnames
    ]
    return [c for c in candidates if not _after_surname(name_key(c.name), people)]


def _after_surname(key: tuple[str, ...], people: list[tuple[str, ...]]) -> bool:
    size = len(key)
    return size > 1 and any(
        person[at : at + size] == key
        for person in people
        if size < len(person)
        for at in range(1, len(person) - size + 1)
    )
