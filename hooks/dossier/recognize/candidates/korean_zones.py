"""A Vietnamese economic zone Korean names by its place: "응이손경제구역", "뇬호이
경제구역", "쭈라이 자유경제구역" (Nghi Sơn, Nhơn Hội, Chu Lai). A zone is a place firms
stand in, as an industrial park is ("cities"). The word before the zone's noun must name a
place or be spelt by sound: "베트남 경제특구", "북한 경제특구" (a country's zones, any of
them), "신규 경제구역" (a new one) name none; and a particle or nothing follows the noun
("…경제특구장": the zone's head, a title, is another word)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from dossier.recognize.candidates.korean_localities import names_a_place
from dossier.recognize.candidates.korean_words import Named, particle_fits
from dossier.recognize.candidates.morphemes import reads_as_foreign
from dossier.recognize.candidates.span_index import covering
from dossier.recognize.tokens import HANGUL_PARTICLES

# the zone's noun, glued to its place or a space after it; each part bounded, so a run
# of Hangul backtracks at most a few syllables
_ZONE = re.compile(
    r"(?<![가-힣])(?P<place>[가-힣]{2,5})\s?(?:자유경제구역|경제구역|경제특구)"
)
_HANGUL_RUN = re.compile(r"[가-힣]*")
_PARTICLES = frozenset(HANGUL_PARTICLES)


def zones(text: str) -> Iterator[Named]:
    """(name, "cities", start, end) of each economic zone named by its place."""
    for match in _ZONE.finditer(text):
        place = match["place"]
        if not _names_zone_place(place):
            continue  # "베트남 경제특구", "신규 경제구역": no place says which
        tail = _HANGUL_RUN.match(text, match.end()).group()
        if tail and not (
            tail in _PARTICLES and particle_fits(text[match.end() - 1], tail)
        ):
            continue  # "…경제특구장": a title glued on
        yield match.group(), "cities", match.start(), match.end()


@lru_cache(maxsize=1024)
def _names_zone_place(word: str) -> bool:
    """A place's name or a word spelt by sound (read once per word: the model is slow)."""
    return reads_as_foreign(word) or names_a_place(word)


def with_zones(text: str, found: list[Named]) -> list[Named]:
    """``found`` with the economic zones of ``text``; a name found over the zone's noun
    alone ("자유경제구역") gives way to it, its place found alone stays."""
    more = list(zones(text))
    if not more:
        return found
    in_found = covering(tuple(sorted(n[2:] for n in found if n[1] != "cities")))
    more = [m for m in more if not in_found(m[2], m[3])]
    spans = {m[2:] for m in more}
    places = {m[2] for m in more}
    kept = [
        n
        for n in found
        if n[2:] in spans or not (n[3] in {m[3] for m in more} and n[2] not in places)
    ]
    kept = [n for n in kept if n[2:] not in spans]
    return sorted([*kept, *more], key=lambda n: n[2])
