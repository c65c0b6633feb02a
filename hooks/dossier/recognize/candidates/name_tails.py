"""A person named again by the words after the surname: "Nguyen Viet Phong" ... "Viet
Phong said"; "Truong Phi Hung" ... "Phi Hung". A Vietnamese story calls a person by the
given name, so those words alone are the same person, not a new name.

Only the words right after the surname or at the end of a person's name of at most
four words count ("Le Hoa" of "Nguyen Le Hoa Sophia", "Viet Phong" of "Nguyen Viet
Phong"): a longer run is two names glued ("Lee Jae Myung To Lam": "To Lam" stays), and
the first of a longer name is kept ("Park Hang-seo" beside "Park Hang-seo Ho"). A
province or city of the gazetteer stays whoever bears its name ("Nam Dinh" beside "Tran
Nam Dinh"); the cost is a given name a place of no gazetteer shares ("Van Phong" beside
"Nguyen Van Phong") is dropped."""

from __future__ import annotations

from dossier.model import Candidate
from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.text import name_key

_LONGEST_PERSON = 4  # words: "Nguyen Thi Kim Ngan"


def without_name_tails(candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The candidates less a name of two words or more that follows the surname or ends
    a longer person's name of the same article, and is no listed place."""
    people = [
        key
        for c in candidates
        if c.type == "leaders"
        and 2 < len(key := name_key(c.name)) <= _LONGEST_PERSON
        and key[0] in lex.surnames
    ]
    return [c for c in candidates if not _given_names(name_key(c.name), people)]


def _given_names(key: tuple[str, ...], people: list[tuple[str, ...]]) -> bool:
    size = len(key)
    return (
        size > 1
        and any(
            size < len(person) and key in (person[1 : size + 1], person[-size:])
            for person in people
        )
        and not is_listed_place(key)
    )
