"""A parliament's building or room Korean names by 국회 (parliament) and the room's word
glued on: "국회접견실" (its reception room), "국회청사", "국회의사당", with the listed city or
the country before it that says whose it is ("하노이 국회청사", "베트남 국회의사당"):
the word alone is any parliament's. Only with a particle or nothing after it:
"국회의사당 지하 … 전시관" is a longer name the building opens. Not a title or an office glued on ("국회의원", "국회의장실")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named
from dossier.recognize.candidates.span_index import in_place_of
from dossier.recognize.tokens import HANGUL_PARTICLES
from dossier.text import name_key

_ROOM = re.compile(
    r"(?<![가-힣])(?:(?P<place>[가-힣]{2,6}) )?"
    r"(?P<room>국회(?:접견실|청사|의사당|본관|의원회관|소통관|본회의장))"
    r"(?P<after>[가-힣]*)"
)
_PARTICLES = frozenset(HANGUL_PARTICLES)


def parliament_rooms(text: str) -> Iterator[Named]:
    """(name, "cities", start, end) of each parliament's room or building of ``text``."""
    for match in _ROOM.finditer(text):
        if match["after"] and match["after"] not in _PARTICLES:
            continue  # "국회의원회관장": another word
        if match.end() < len(text) and text[match.end()] == " " and not match["after"]:
            # "국회의사당 지하 …": the building opens a longer name; a full stop, a comma
            # or a bracket after it ends the name
            continue
        place = match["place"]
        if not place or not (
            place in HANGUL_COUNTRIES or is_listed_place(name_key(place))
        ):
            continue  # "국회의사당" alone: any parliament's, Seoul's and Hanoi's one name
        start, end = match.start("place"), match.end("room")
        yield text[start:end], "cities", start, end


def with_parliament_rooms(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the parliament's rooms of ``text``, in place of the names read
    inside them ("베트남 국회" of "베트남 국회의사당")."""
    named = list(parliament_rooms(text))
    return in_place_of(found, named) if named else found
