"""A Korean group's hotel, named by the city it stands in: "롯데호텔 하노이에서" (the
hotel's own name, the city after it, a particle or a stop ending it), "하노이 롯데호텔",
"부산 롯데호텔" (the city before it). The group has a hotel in many cities, which the
city tells apart: the hotel alone ("롯데호텔") names the chain, not the one the story
is at."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.places import is_listed_place, is_place_with_kind
from dossier.recognize.candidates.korean_bodies import GROUPS
from dossier.recognize.candidates.korean_words import HANGUL_COUNTRIES, Named, stem
from dossier.recognize.candidates.lexicon import name_key

_HOTEL = re.compile(
    r"(?<![가-힣])(?:(?P<before>[가-힣]{2,5}) )?"
    rf"(?P<hotel>(?:{'|'.join(GROUPS)})호텔)"
    r"(?: (?P<after>[가-힣]{2,8})(?P<next> ?[가-힣])?)?"
)


def group_hotels(text: str) -> Iterator[Named]:
    """(name, "organizations", start, end) of each group's hotel with its city, the city
    after it first ("베트남 하노이 롯데호텔 하노이에서": the hotel's name, the city before
    it where it stands)."""
    for match in _HOTEL.finditer(text):
        after = match["after"] and _city(match["after"])
        # "롯데호텔 하노이에서", "롯데호텔 하노이는", "롯데호텔 하노이,": the city ends the name;
        # not "롯데호텔 호찌민 진출" (its entry into the city), "롯데호텔 다낭 개관"
        if after and after == match["after"] and match["next"]:
            after = None
        if after:
            start, end = match.start("hotel"), match.start("after") + len(after)
        elif match["before"] and _city(match["before"]) == match["before"]:
            start, end = match.start("before"), match.end("hotel")
        else:
            continue
        yield text[start:end], "organizations", start, end


def _city(word: str) -> str | None:
    """The city ``word`` names, with its particle off ("하노이에서"), or None; not a
    country ("베트남 롯데호텔": the group's hotels there)."""
    for city in (word, stem(word)):
        if city in HANGUL_COUNTRIES:
            return None
        if is_listed_place(name_key(city)) or is_place_with_kind(city):
            return city
    return None
