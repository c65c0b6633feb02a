"""The gazetteer (places.yml): provinces and cities of both countries, in any spacing or
hyphenation ("Hai Phong" = "Haiphong", "Gyeonggi-do"), and the ways of naming a country
(countries.yml). Cleaning reads them for a dateline's place and an outlet's name, the
recognizer for a name's type; neither stage owns them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from dossier.text import (
    TENSE_TO_ASPIRATED,
    hangul_parts,
    hangul_syllable,
    joined_key,
    name_key,
)

PLACES_FILE = Path(__file__).parent / "places.yml"
COUNTRIES_FILE = Path(__file__).parent / "countries.yml"


@dataclass(frozen=True)
class Gazetteer:
    places: frozenset[str]  # joined keys ("haiphong", "하노이")
    # Korean places that are common words alone ("예산", budget): places only with the
    # word for their kind after them ("예산군")
    suffixed: frozenset[str]
    # each place by its joined key as the list spells it ("binhdinh" → "binh dinh"); the
    # first listed wins ("ha nam" before Korea's "hanam")
    spellings: dict[str, str]


@cache
def gazetteer(path: Path = PLACES_FILE) -> Gazetteer:
    # every entry a string: YAML 1.1 would read some words as booleans
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    spellings: dict[str, str] = {}
    for place in map(str, data["places"]):
        spellings.setdefault(joined_key(name_key(place)), place)
    return Gazetteer(
        places=frozenset(spellings) | {heard(key) for key in spellings},
        suffixed=frozenset(str(p) for p in data["suffixed_places"]),
        spellings=spellings,
    )


def listed_spellings() -> dict[str, str]:
    """Each place of the gazetteer by its joined key, as the list spells it ("binhdinh" →
    "binh dinh"): the words an address runs together."""
    return gazetteer().spellings


def place_key(keys: list[str] | tuple[str, ...]) -> str:
    """A name's word keys as the gazetteer keys places: hyphens and spaces gone
    ("gyeonggi-do" → "gyeonggido"); empty for no words."""
    return joined_key(tuple(part for key in keys for part in key.split("-") if part))


def is_listed_place(keys: list[str] | tuple[str, ...]) -> bool:
    """Whether the word keys are a province or city of the gazetteer, in any spacing
    or hyphenation, and in Hangul with a consonant tense or aspirated ("붕타우")."""
    key, places = place_key(keys), gazetteer().places
    hangul = "가" <= key[:1] <= "힣"  # (a hot path: most keys are in letters)
    return bool(key) and (key in places or (hangul and heard(key) in places))


# Korean writes a Vietnamese consonant tense or aspirated as the writer hears it ("붕따우"
# and "붕타우", "꽝남" and "쾅남"): the initial ㄲ ㄸ ㅃ ㅉ read as ㅋ ㅌ ㅍ ㅊ
@lru_cache(maxsize=1 << 16)
def heard(key: str) -> str:
    """``key`` with each Hangul syllable's tense initial read as its aspirated one."""
    out = []
    for char in key:
        if parts := hangul_parts(char):
            initial, medial, final = parts
            initial = TENSE_TO_ASPIRATED.get(initial, initial)
            char = hangul_syllable(initial, medial, final)
        out.append(char)
    return "".join(out)


def is_place_name(name: str) -> bool:
    """``name`` names a country (``countries.yml``) or a place of the gazetteer, in any
    spacing ("베트남", "Ha Noi", "하노이")."""
    key = name_key(name)
    return joined_key(key) in country_keys() or is_listed_place(key)


# the word for a place's kind after its name: a province (성, 도), city (시), county (군)
_KINDS = "성도시군"


def is_place_with_kind(name: str) -> bool:
    """A place of the gazetteer with the word for its kind after it: "닥락성" (Đắk Lắk
    province), "함양군", "화성시" (화성 alone is Mars: a suffixed place)."""
    own, kind = name[:-1], name[-1:]
    if kind not in _KINDS or not own or (len(own) == 1 and kind != "시"):
        return False  # "빈시" is Vinh, "빈도" frequency
    return own in gazetteer().suffixed or (
        len(own) >= 2 and is_listed_place(name_key(own))
    )


@cache
def country_names() -> dict[str, tuple[str, ...]]:
    """Each country (``countries.yml``) → the ways the articles name it."""
    data = yaml.safe_load(COUNTRIES_FILE.read_text("utf-8"))
    return {
        country: tuple(str(form) for form in forms) for country, forms in data.items()
    }


@cache
def is_country(name: str) -> bool:
    """``name`` is a way of naming a country (``countries.yml``) in any spacing: "Viet
    Nam", "베트남"."""
    return joined_key(name_key(name)) in country_keys()


@cache
def country_keys() -> dict[str, str]:
    """Joined key of each way of naming a country (``countries.yml``) → the country (made
    once: the matcher asks at every body's name; callers only read it)."""
    return {
        joined_key(name_key(form)): country
        for country, forms in country_names().items()
        for form in forms
    }
