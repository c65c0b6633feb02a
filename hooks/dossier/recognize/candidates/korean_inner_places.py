"""The place a Korean body's name opens with: "대전창조경제혁신센터" (Daejeon's centre for
creative economy) names Daejeon, "인천상공회의소" Incheon, as the English side reads
"Daegu" in "Daegu Hanseong University"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dossier.places import is_listed_place
from dossier.text import name_key

Named = tuple[str, str, int, int]
PLACE_SYLLABLES = (4, 3, 2)  # "경상남도", "하노이", "대전": longest first
MIN_REST = 2  # syllables of the body after the place ("센터", "공사")


def places_opening(names: Iterable[Named]) -> Iterator[Named]:
    """(place, "cities", start, end) for each body written as one word that a listed
    place opens."""
    for name, kind, start, _ in names:
        if kind not in ("organizations", "cities") or " " in name:  # "김해국제공항" too
            continue
        for size in PLACE_SYLLABLES:
            place = name[:size]
            if len(name) - size >= MIN_REST and is_listed_place(name_key(place)):
                yield place, "cities", start, start + size
                break
