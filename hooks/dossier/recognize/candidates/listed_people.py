"""Two or three Vietnamese syllables listed beside a person's name are a person's too.

"hai người bạn thân (Quế Lâm và Hoàng Hà)", "Sự tham gia của Tiến Đạt và Đinh Y Nhung":
a given name and a middle name, no surname ("Quế Lâm", "Tiến Đạt"), read as a place's
syllables when nothing else is said; the name beside it, a common surname first, says
the list is of people. Only a name whose own words say nothing takes it, and neither it
nor the person's name may be a listed place ("Hà Nam và Lạc Dương": Hà is a surname,
Hà Nam a province).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.personal_names import reads_as_person
from dossier.recognize.candidates.vietnamese_persons import spelt_like_a_place
from dossier.text import name_key

if TYPE_CHECKING:
    from dossier.recognize.candidates.finding import Found, Sentence

LISTED_PERSON = 4  # as a Korean's given name and surname: more than a list's cue
# what joins two names of a list, in English or Vietnamese: "A, B và C", "A and B"
_JOINED = re.compile(r"\s*(?:,\s*(?:(?:and|và)\s+)?|(?:and|và)\s+|&\s*)")


def mark_listed_people(found: list[Found], sentence: Sentence, lex: Lexicon) -> None:
    """Adds a person's evidence to each unscored Vietnamese name listed beside one."""
    text = sentence.text
    for first, second in zip(found, found[1:], strict=False):
        if not _JOINED.fullmatch(text, first.end, second.start):
            continue
        for name, other in ((first, second), (second, first)):
            if _bare(text, name) and _person(text, other, lex):
                name.scores["leaders"] = name.scores.get("leaders", 0) + LISTED_PERSON


def _bare(text: str, piece: Found) -> bool:
    """Vietnamese syllables whose own words say nothing, no listed place."""
    name = text[piece.start : piece.end]
    return (
        not any(piece.scores.values())
        and spelt_like_a_place(name)
        and not is_listed_place(name_key(name))
    )


def _person(text: str, piece: Found, lex: Lexicon) -> bool:
    """A name its own words make a person's: a surname first, no listed place."""
    name = text[piece.start : piece.end]
    scores = piece.scores
    return (
        reads_as_person(name, lex)
        and scores.get("leaders", 0) > 0
        and max(scores.values()) == scores["leaders"]
        and not is_listed_place(name_key(name))
    )
