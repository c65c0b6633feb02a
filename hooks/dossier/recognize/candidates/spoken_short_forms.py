"""A full name whose last word alone speaks later in the article is a person's.

"Back home, Lien Tho had always liked the dramas. … “It was far from what I hoped,” Tho
said": the story calls the person by the last word of the name, and what that word does
alone ("said", "his", "who …") says what the full name is, though its own syllables
read as a place's. Only a name whose own words name no kind takes it ("Lac Duong
District" stays a place), and no listed place ("Bac Ninh").
"""

from __future__ import annotations

from dataclasses import replace

from dossier.model import Candidate
from dossier.places import is_listed_place
from dossier.text import name_key

HEAD_EVIDENCE = 5  # a name's own head noun ("… District", "… Company")
MOST_WORDS = 3  # "Lien Tho", "Tran Minh Tho"


def typed_by_short_forms(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, a full name typed a person's where its last word alone is one."""
    people = {
        key[0]
        for c in candidates
        if len(key := name_key(c.name)) == 1
        and c.type == "leaders"
        and c.scores.get("leaders", 0) > 0
    }
    if not people:
        return candidates
    return [
        replace(c, type="leaders") if _called_by_last_word(c, people) else c
        for c in candidates
    ]


def _called_by_last_word(candidate: Candidate, people: set[str]) -> bool:
    key = name_key(candidate.name)
    return (
        2 <= len(key) <= MOST_WORDS
        and key[-1] in people
        and candidate.type != "leaders"
        and max(candidate.scores.values(), default=0) < HEAD_EVIDENCE
        and not is_listed_place(key)
    )
