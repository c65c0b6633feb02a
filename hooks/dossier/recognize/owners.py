"""More ways a text names the country a body's name belongs to than a country's words
right beside it (:func:`dossier.recognize.variants.other_country` reads those).

- Korean writes the owner before the name: with the possessive particle on the country
  ("베트남의 문화체육관광부"), before the word for its government ("베트남 정부
  외교부"), or once right before ministries listed with middle dots ("베트남
  농업농촌개발부·문화체육관광부": both ministries are Vietnam's; not "베트남 대사관·
  문화체육관광부", the embassy's country only). Not one of two joined countries ("한국과
  베트남의 …": both countries' bodies).
- A name in letters may have the country after it in brackets ("Bộ Văn hóa, Thể thao và
  Du lịch (Hàn Quốc)") or after its initials in brackets ("the Ministry of Foreign Affairs
  (MOFA) of Korea"; not "of Korea and Vietnam").
- A country's capital as the owner stands for the country before a ministry's generic
  name ("Seoul's Ministry of …"; read by :func:`capital_owner`, which knows the registered
  capitals); a firm or an agency is its own wherever it acts ("Hanoi's HYBE fans").

Each look is a few words either side of the name: the cost does not grow with the text.
"""

from __future__ import annotations

import re

from dossier.recognize.tokens import HANGUL
from dossier.text import joined_key

Spans = tuple[list[str], list[int], list[int]]

MAX_COUNTRY_WORDS = 4  # "Đại Hàn Dân Quốc", "Republic of Korea"
# the heads of the names every country's government shares: a ministry, a department or
# an office of a field ("Ministry of Foreign Affairs", "Bộ Ngoại giao", "Cục Hàng không");
# not a province's department (Sở), a firm, an agency or a city's government
_GENERIC_HEADS = frozenset(("ministry", "department", "bộ", "cục", "tổng cục", "vụ"))
_POSSESSIVE_PARTICLE = "의"
_GOVERNMENT = frozenset(("정부",))  # "베트남 정부 외교부"
_LIST_DOTS = frozenset("·・‧ㆍ")
_MOST_LISTED = 3  # bodies before this one in a dotted list, looked back over
# a Korean ministry's name ends in 부 ("외교부", "농업농촌개발부"); not the government's
_MINISTRY = "부"
_NOT_MINISTRIES = frozenset(("정부",))
# bodies ending in 부 that are no ministry: a mission, a command, a headquarters
_NOT_MINISTRY_ENDS = ("대표부", "사령부", "본부", "지부")
# what joins two countries before one body's name: "한국과 베트남의 …", "한국·베트남의 …"
_JOINING_PARTICLES = ("과", "와")
_JOINING_MARKS = _LIST_DOTS | {","}
_AND = frozenset(("and", "&", "or"))  # "(MOFA) of Korea and Vietnam"
# initials in brackets and "of (the)" before a country: "(MOFA) of Korea"
_INITIALS_THEN_OF = re.compile(
    r"[ \t]*\([A-Z][A-Za-z&]{1,9}\)[ \t]+of[ \t]+(?:the[ \t]+)?"
)
_OPENING = re.compile(r"[ \t]*\(")


def generic_head(text: str, spans: Spans, first: int, stop: int) -> bool:
    """Whether the body's name at words ``first … stop`` opens with a head every
    country's government shares ("Ministry of …", "Bộ …", "Tổng cục …")."""
    _, starts, ends = spans
    return any(
        " ".join(text[starts[first] : ends[last]].split()).casefold() in _GENERIC_HEADS
        for last in range(first, min(first + 2, stop))
    )


def owner_elsewhere(
    text: str, spans: Spans, first: int, stop: int, countries: dict[str, str]
) -> str | None:
    """The country named for the body's name at words ``first … stop`` in one of the ways
    above (its own or another; the caller compares), or None."""
    _, starts, ends = spans
    if HANGUL.search(text, starts[first], ends[stop - 1]):
        return _korean_owner(text, spans, first, countries)
    return _bracketed_country(text, spans, stop, countries)


def _korean_owner(
    text: str, spans: Spans, first: int, countries: dict[str, str]
) -> str | None:
    keys, starts, ends = spans
    if first == 0:
        return None
    if text[ends[first - 1] : starts[first]] in _LIST_DOTS:
        # "베트남 농업농촌개발부·문화체육관광부": the country right before the first of
        # the listed ministries, each of them a ministry
        at = _listed_from(text, spans, first)
        if at is None or not text[ends[at - 1] : starts[at]].isspace():
            return None
        return _single_country(text, spans, at - 1, countries, keys[at - 1])
    at = first
    if not text[ends[at - 1] : starts[at]].isspace():
        return None
    word, where = keys[at - 1], at - 1
    if word in _GOVERNMENT and at > 1 and text[ends[at - 2] : starts[at - 1]].isspace():
        word, where = keys[at - 2], at - 2
    if word.endswith(_POSSESSIVE_PARTICLE):
        word = word[: -len(_POSSESSIVE_PARTICLE)]
    return _single_country(text, spans, where, countries, word)


def _listed_from(text: str, spans: Spans, first: int) -> int | None:
    """The first of the ministries listed with middle dots before the one at ``first``,
    or None when one of them is no ministry."""
    keys, starts, ends = spans
    at = first
    for _ in range(_MOST_LISTED):
        if at == 0 or text[ends[at - 1] : starts[at]] not in _LIST_DOTS:
            break
        at -= 1
    if at == 0 or text[ends[at - 1] : starts[at]] in _LIST_DOTS:
        return None  # a longer list than looked back over
    if not all(_is_ministry(keys[i]) for i in range(at, first)):
        return None
    return at


def _is_ministry(key: str) -> bool:
    return (
        all("가" <= syllable <= "힣" for syllable in key)
        and len(key) >= 3
        and key.endswith(_MINISTRY)
        and key not in _NOT_MINISTRIES
        and not key.endswith(_NOT_MINISTRY_ENDS)
    )


def _single_country(
    text: str, spans: Spans, where: int, countries: dict[str, str], word: str
) -> str | None:
    """The country ``word`` (the word at ``where``) names, unless another country is
    joined to it before ("한국과 베트남의 …", "한국·베트남의 …")."""
    country = countries.get(word)
    if country is None or where == 0:
        return country
    keys, starts, ends = spans
    before, gap = keys[where - 1], text[ends[where - 1] : starts[where]]
    if gap.strip() in _JOINING_MARKS and before in countries:
        return None
    for particle in _JOINING_PARTICLES:
        if before.endswith(particle) and before[: -len(particle)] in countries:
            return None
    return country


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
            after = at + size
            joined = after < len(keys) and (
                keys[after] in _AND
                or text[ends[after - 1] : starts[after]].strip() in (",", "&", "/")
            )
            # "of Korea and Vietnam": both; "of Korea, which …": Korea's
            return (
                None
                if joined and _country_next(text, spans, after, countries)
                else country
            )
    return None


def _country_next(text: str, spans: Spans, at: int, countries: dict[str, str]) -> bool:
    """A country is named at word ``at``, past a joining word and "the", and is no
    name's first word ("the Korea Foundation")."""
    keys, starts, _ = spans
    while at < len(keys) and (keys[at] in _AND or keys[at] == "the"):
        at += 1
    for size in range(1, min(MAX_COUNTRY_WORDS, len(keys) - at) + 1):
        if joined_key(tuple(keys[at : at + size])) in countries:
            after = at + size
            return (
                after >= len(keys)
                or not text[starts[after] : starts[after] + 1].isupper()
            )
    return False


def capital_owner(
    text: str,
    spans: Spans,
    first: int,
    stop: int,
    places: tuple[dict[str, str], frozenset[str]],
) -> str | None:
    """The country whose registered capital owns the body's name at words ``first …
    stop``, a ministry's generic name, written as a possessive right before it ("Seoul's
    Ministry of …"), or None (not a firm or an agency: "Hanoi's HYBE fans")."""
    keys, starts, ends = spans
    place_country, seats = places
    if first == 0 or keys[first - 1] not in seats:
        return None
    if not generic_head(text, spans, first, stop):
        return None
    word = text[starts[first - 1] : ends[first - 1]]
    if (
        word[-2:] not in ("'s", "’s")
        or not text[ends[first - 1] : starts[first]].isspace()
    ):
        return None
    return place_country.get(keys[first - 1])
