"""Spellings of a name that follow from a rule, not from an entity file.

An organisation of a country is written with the country before it, as a prefix or an
adjective ("RoK Ministry of Culture, Sports and Tourism", "Korean Ministry of …", "Việt Nam’s
Ministry of …"), or after it ("National Assembly of RoK"). Editors list the name once with the
country (``Ministry of Culture, Sports and Tourism (South Korea)``, ``National Assembly of South
Korea``) and its ``country`` field; these variants follow. Outlets' names are read so that the
matcher passes over them whole. A city or organisation of three words or more is also
written by its initials in capitals ("HCMC", "HCM City" for Ho Chi Minh City).
"""

from __future__ import annotations

import re

from dossier.clean.metadata import outlets
from dossier.model import Entity
from dossier.places import country_keys
from dossier.recognize.owners import MAX_COUNTRY_WORDS, generic_head, owner_elsewhere
from dossier.recognize.tokens import HANGUL
from dossier.text import joined_key

COUNTRY_FORMS = {
    "South Korea": (
        "South Korea",
        "Korea",
        "Republic of Korea",
        "the Republic of Korea",
        "RoK",
        "Korean",
        "South Korean",
    ),
    "Viet Nam": ("Viet Nam", "Vietnam", "Việt Nam", "Vietnamese", "SRV"),
}
_IN_BRACKETS = re.compile(r"(?P<base>.+?)\s*\((?P<country>[^()]+)\)$")
_OF_COUNTRY = re.compile(r"(?P<base>.+?)\s+of\s+(?P<country>(?:the\s+)?[^,]+)$")


def base_name(entity: Entity) -> str | None:
    """The name without its country (``National Assembly``), when the name carries one."""
    country = entity.get("country")
    forms = COUNTRY_FORMS.get(country or "", ())
    plain = {f.removeprefix("the ") for f in forms}
    for pattern in (_IN_BRACKETS, _OF_COUNTRY):
        match = pattern.match(entity.name)
        if match and match.group("country").removeprefix("the ") in plain:
            base = match.group("base").strip()
            return base if len(base.split()) >= 2 else None
    return None


def name_variants(entity: Entity) -> list[str]:
    """Country-qualified spellings of an organisation's name."""
    if entity.type != "organizations":
        return []
    base = base_name(entity)
    if not base:
        return []
    forms = COUNTRY_FORMS[entity.get("country")]
    return [
        *(f"{form} {base}" for form in forms),
        *(f"{base} of {form}" for form in forms),
        *(f"{base} ({form})" for form in forms),
    ]


_SMALL_WORDS = frozenset(("of", "and", "the", "for", "on", "in", "&"))
_WORD = re.compile(r"[^\W\d_]+")


def initials(entity: Entity) -> list[str]:
    """``Ho Chi Minh City`` → ``HCMC``, ``HCM City``: a city's or an organisation's name
    of three words or more by its initials (small words left out), in capitals."""
    if entity.type not in ("cities", "organizations"):
        return []
    name = _IN_BRACKETS.sub(r"\g<base>", entity.name)
    words = [w for w in _WORD.findall(name) if w.casefold() not in _SMALL_WORDS]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return []
    letters = "".join(w[0] for w in words).upper()
    if outlets().find(letters):
        return []  # "VNA": an outlet's tag, passed over as the outlet, never linked
    forms = [letters]
    if words[-1] == "City":
        forms.append(f"{letters[:-1]} City")
    return forms


def outlet_names() -> list[str]:
    """Every spelling of every known outlet (``clean/outlets.yml``) of two words or more."""
    return [name for name in outlets().names if len(name.split()) >= 2]


def other_country(
    text: str,
    spans: tuple[list[str], list[int], list[int]],
    first: int,
    stop: int,
    own: str,
) -> str | None:
    """The country, other than ``own``, named right before the words ``first … stop`` of a
    body's name (``Japan's``, ``Korean``, ``베트남``) or, a name in Latin letters, right
    after them (``Hàn Quốc``, ``of China``, ``(…) from Korea``), with only spaces between
    ("Film Line, Vietnam's BHD" names two bodies). Korean writes the owner before the name:
    a country after a Hangul name qualifies the next noun ("문화체육관광부 베트남 사무소" is
    the ministry's Vietnam office). None when no other country is named so."""
    keys, starts, ends = spans
    countries = country_keys()
    hangul = bool(HANGUL.search(text, starts[first], ends[stop - 1]))
    after = stop + (
        stop < len(keys)
        and (
            keys[stop] == "of"
            or (keys[stop] == "from" and ")" in text[ends[stop - 1] : starts[stop]])
        )
    )
    after += after < len(keys) and keys[after] == "the"
    for size in range(MAX_COUNTRY_WORDS, 0, -1):
        for a, b in ((first - size, first), (after, after + size)):
            if a < 0 or b > len(keys) or (hangul and a == after):
                continue
            country = countries.get(joined_key(tuple(keys[a:b])))
            if not country or country == own:
                continue
            gap = (
                text[ends[b - 1] : starts[first]]
                if b == first
                else text[ends[stop - 1] : starts[a]]
            )
            if _BESIDE.fullmatch(gap):
                return country
    country = owner_elsewhere(text, spans, first, stop, countries)
    return country if country != own else None


# what stands between a body's name and its country: spaces, a possessive, "of (the)",
# or "from (the)" after the name closed in brackets ("MOFA (Ministry of Foreign Affairs)
# from the Republic of Korea"; "Fans of HYBE from Vietnam" are the fans')
_BESIDE = re.compile(
    r"\)?(?:['’]s)?\s+(?:(?:of|from)\s+(?:the\s+)?)?|\s*", re.IGNORECASE
)


_IN = frozenset(("in", "tai"))  # "… in Seoul", "… tại Seoul"


def in_place_of_another(
    text: str,
    spans: tuple[list[str], list[int], list[int]],
    first: int,
    stop: int,
    own: str,
    places: tuple[dict[str, str], frozenset[str]],
) -> str | None:
    """The country, other than ``own``, whose registered capital follows the body's name
    (words ``first … stop``), a ministry's generic name, after ``in``, spaces between
    (``places``: each registered place's joined key → its country, and the capitals' keys):
    "the Ministry of Foreign Affairs in Seoul" may be Korea's, or Vietnam's delegation
    there ("Đoàn Bộ … tại Seoul"), a cue to withhold the link, never to name the owner.
    Not a firm, an agency or a city's government ("HYBE in Hanoi", "the Seoul Business
    Agency in Hanoi": theirs wherever they act), nor a name that carries a country or a
    place ("Vietnam News Agency in Seoul": its office there)."""
    keys, starts, ends = spans
    country_of, seats = places
    if stop + 1 >= len(keys) or keys[stop] not in _IN:
        return None
    if not generic_head(text, spans, first, stop):
        return None
    countries = country_keys()
    if any(
        joined_key(tuple(keys[a:b])) in countries
        or joined_key(tuple(keys[a:b])) in country_of
        for a in range(first, stop)
        for b in range(a + 1, min(stop, a + MAX_COUNTRY_WORDS) + 1)
    ):
        return None
    gaps = (text[ends[stop - 1] : starts[stop]], text[ends[stop] : starts[stop + 1]])
    if not all(gap.isspace() for gap in gaps):
        return None
    for size in range(MAX_COUNTRY_WORDS, 0, -1):
        if stop + 1 + size <= len(keys):
            key = joined_key(tuple(keys[stop + 1 : stop + 1 + size]))
            if key in country_of:
                mine = key in seats and country_of[key] != own
                return country_of[key] if mine else None
    return None
