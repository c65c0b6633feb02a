"""A body's name with another country's words beside it: that country's body by the name.

Governments share the names of their bodies: each country has its ``Ministry of Culture,
Sports and Tourism``, its ``National Assembly``, and an article names either with its country
(``Bộ Văn hóa, Thể thao và Du lịch Hàn Quốc``, ``베트남 문화체육관광부``, "the Korean Ministry
of …"). Where the words beside a registered body's name name another country
(:func:`dossier.recognize.variants.other_country`; a country written before a Korean name,
not after it), the mention is that country's body when
the registry holds one by the same name less its country (``Ministry of Culture, Sports and
Tourism (South Korea)`` and ``… (Viet Nam)``), whichever language the name was written in; a
country with no such body registered gets no link ("Japan's Ministry of Foreign Affairs").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.places import country_keys
from dossier.recognize.owners import capital_owner
from dossier.recognize.variants import (
    MAX_COUNTRY_WORDS,
    in_place_of_another,
    other_country,
)
from dossier.text import joined_key

if TYPE_CHECKING:
    from dossier.recognize.matcher import Matcher

_BEFORE_COUNTRY = frozenset(("of", "the"))  # "… of the Republic of Korea"


def without_country(key: tuple[str, ...], countries: dict[str, str]) -> str | None:
    """A body's name (its words' keys) less the country opening it (``Korean National
    Assembly``, ``베트남 외교부``) or ending it (``… of Viet Nam``, ``… (South Korea)``), as one
    joined key; None when it names no country there, or nothing is left."""
    words = list(key)
    for size in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        if joined_key(tuple(words[:size])) in countries:
            words = words[size:]
            break
    else:
        for size in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
            if joined_key(tuple(words[-size:])) in countries:
                words = words[:-size]
                while len(words) > 1 and words[-1] in _BEFORE_COUNTRY:
                    words.pop()
                break
        else:
            return None
    return joined_key(tuple(words)) if words else None


def counterpart_bodies(
    names: dict[tuple[str, ...], str], country_of: dict[str, str]
) -> dict[tuple[str, str], str]:
    """(body, another country) → that country's registered body by the same name less its
    country; a name two bodies of one country share makes no counterpart."""
    countries = country_keys()
    owners: dict[str, dict[str, set[str]]] = {}  # name less country → country → slugs
    for key, slug in names.items():
        if (own := country_of.get(slug)) and (bare := without_country(key, countries)):
            owners.setdefault(bare, {}).setdefault(own, set()).add(slug)
    found: dict[tuple[str, str], set[str]] = {}
    for by_country in owners.values():
        for slugs in by_country.values():
            for slug in slugs:
                for country, others in by_country.items():
                    if len(others) == 1 and slug not in others:
                        found.setdefault((slug, country), set()).update(others)
    return {pair: next(iter(s)) for pair, s in found.items() if len(s) == 1}


def body_named(
    matcher: Matcher,
    text: str,
    spans: tuple[list[str], list[int], list[int]],
    first: int,
    stop: int,
    slug: str,
) -> str:
    """The body the words ``first … stop``, a name of ``slug``, stand for: ``slug``; or,
    with another country's words beside them, that country's counterpart ("" when none);
    a ministry's name in another country's capital only withholds the link ("")."""
    own = matcher.country_of.get(slug)
    if not own:
        return slug
    places = (matcher.place_country, matcher.seats)
    country = other_country(text, spans, first, stop, own)
    if (
        country is None
        and (owner := capital_owner(text, spans, first, stop, places)) != own
    ):
        country = owner  # "Seoul's Ministry of …": Korea's
    if country is not None:
        return matcher.counterparts.get((slug, country), "")
    return "" if in_place_of_another(text, spans, first, stop, own, places) else slug
