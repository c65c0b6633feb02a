"""More ways a text names the country a body's name belongs to than a country's words
right beside it (:func:`dossier.recognize.variants.other_country` reads those).

- Korean writes the owner before the name: with the possessive particle on the country
  ("베트남의 문화체육관광부"), before the word for its government ("베트남 정부
  외교부"), or once before bodies listed with middle dots, each of them the country's
  ("베트남 농업농촌개발부·문화체육관광부": both ministries are Vietnam's).
- A name in letters may have the country after it in brackets ("Bộ Văn hóa, Thể thao và
  Du lịch (Hàn Quốc)") or after its initials in brackets ("the Ministry of Foreign Affairs
  (MOFA) of Korea").
- A country's capital as the owner stands for the country ("Seoul's Ministry of …"; read
  by :func:`capital_owner`, which knows the registered capitals).

Each look is a few words either side of the name: the cost does not grow with the text.
"""

from __future__ import annotations

import re

from dossier.recognize.tokens import HANGUL
from dossier.text import joined_key

Spans = tuple[list[str], list[int], list[int]]

MAX_COUNTRY_WORDS = 4  # "Đại Hàn Dân Quốc", "Republic of Korea"
_POSSESSIVE_PARTICLE = "의"
_GOVERNMENT = frozenset(("정부",))  # "베트남 정부 외교부"
_LIST_DOTS = frozenset("·・‧ㆍ")
_MOST_LISTED = 3  # bodies before this one in a dotted list, looked back over
# initials in brackets and "of (the)" before a country: "(MOFA) of Korea"
_INITIALS_THEN_OF = re.compile(
    r"[ \t]*\([A-Z][A-Za-z&]{1,9}\)[ \t]+of[ \t]+(?:the[ \t]+)?"
)
_OPENING = re.compile(r"[ \t]*\(")


def owner_elsewhere(
    text: str, spans: Spans, first: int, stop: int, countries: dict[str, str]
) -> str | None:
    """The country named for the body's name at words ``first … stop`` in one of the ways
    above (its own or another; the caller compares), or None."""
    keys, starts, ends = spans
    if HANGUL.search(text, starts[first], ends[stop - 1]):
        return _korean_owner(text, spans, first, countries)
    return _bracketed_country(text, spans, stop, countries)


def _korean_owner(
    text: str, spans: Spans, first: int, countries: dict[str, str]
) -> str | None:
    keys, starts, ends = spans
    at, listed = first, 0
    while (
        at > 0
        and listed < _MOST_LISTED
        and text[ends[at - 1] : starts[at]] in _LIST_DOTS
        and HANGUL.match(keys[at - 1])
    ):
        at, listed = at - 1, listed + 1
    if at == 0 or not text[ends[at - 1] : starts[at]].isspace():
        return None
    word = keys[at - 1]
    if word in _GOVERNMENT and at > 1 and text[ends[at - 2] : starts[at - 1]].isspace():
        word = keys[at - 2]
    if word.endswith(_POSSESSIVE_PARTICLE):
        word = word[: -len(_POSSESSIVE_PARTICLE)]
    return countries.get(word)


def _bracketed_country(
    text: str, spans: Spans, stop: int, countries: dict[str, str]
) -> str | None:
    keys, starts, ends = spans
    if stop >= len(keys):
        return None
    end = ends[stop - 1]
    if (opened := _OPENING.match(text, end)) and opened.end() == starts[stop]:
        for size in range(min(MAX_COUNTRY_WORDS, len(keys) - stop), 0, -1):
            country = countries.get(joined_key(tuple(keys[stop : stop + size])))
            if (
                country
                and text[ends[stop + size - 1] : ends[stop + size - 1] + 1] == ")"
            ):
                return country
    if (initials := _INITIALS_THEN_OF.match(text, end)) is None:
        return None
    at = next((i for i in range(stop, len(keys)) if starts[i] >= initials.end()), None)
    if at is None or starts[at] != initials.end():
        return None
    for size in range(min(MAX_COUNTRY_WORDS, len(keys) - at), 0, -1):
        if country := countries.get(joined_key(tuple(keys[at : at + size]))):
            return country
    return None


def capital_owner(
    text: str,
    spans: Spans,
    first: int,
    places: tuple[dict[str, str], frozenset[str]],
) -> str | None:
    """The country whose registered capital owns the body's name at word ``first``, written
    as a possessive right before it ("Seoul's Ministry of …"), or None."""
    keys, starts, ends = spans
    place_country, seats = places
    if first == 0 or keys[first - 1] not in seats:
        return None
    word = text[starts[first - 1] : ends[first - 1]]
    if (
        word[-2:] not in ("'s", "’s")
        or not text[ends[first - 1] : starts[first]].isspace()
    ):
        return None
    return place_country.get(keys[first - 1])
