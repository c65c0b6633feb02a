"""A body's Korean or Vietnamese name with its country, in every way that language names it.

Korean writes a body's country before its name ("대한민국 국회", "베트남 공산당"), alone or
with the possessive particle ("한국의 국회"); Vietnamese writes it after ("Quốc hội Hàn
Quốc", "Đảng Cộng sản Việt Nam"). Each language has more than one way to name a country
("한국" and "대한민국", "Hàn Quốc" and "Đại Hàn Dân Quốc": ``countries.yml``). Where an entity
file gives the name with one of them, the others follow, in the same language's order
(:func:`dossier.recognize.variants.name_variants` does the same for English). The body's
name without its country is no variant: "국회" alone may be any country's assembly.

A Korean mission's name opens with the word for "stationed in" written onto its city
("주부산 베트남 총영사관"); papers leave it off as often ("부산 베트남 총영사관").
"""

from __future__ import annotations

from dossier.model import Entity
from dossier.places import country_names
from dossier.recognize.tokens import HANGUL
from dossier.text import name_key

_POSSESSIVE = "의"  # "한국의 국회"
_STATIONED_IN = "주"  # "주부산": stationed in Busan
# the last word of a mission's name ("… 총영사관", "… 대사관")
_MISSIONS = ("대사관", "영사관", "대표부")


def _hangul(form: str) -> bool:
    return bool(HANGUL.search(form))


def _vietnamese(form: str) -> bool:
    """Letters with Vietnamese marks, no Hangul ("Hàn Quốc"; "Viet Nam" is English too)."""
    return not _hangul(form) and any(not c.isascii() and c.isalpha() for c in form)


def _without(words: list[str], form: str, at_start: bool) -> list[str] | None:
    """The name's words less the country ``form`` opening (or ending) them, or None."""
    size = len(form.split())
    if len(words) <= size:
        return None
    part = words[:size] if at_start else words[-size:]
    if name_key(" ".join(part)) != name_key(form):
        return None
    return words[size:] if at_start else words[:-size]


def native_variants(entity: Entity) -> list[str]:
    """The Korean and Vietnamese names of an organisation with its country (``country``
    field) written each other way the language names the country."""
    country = entity.get("country")
    if entity.type != "organizations" or not country:
        return []
    forms = country_names().get(country, ())
    native = entity.get("native_name")
    variants: list[str] = []
    for name in (entity.name, *entity.aliases, *([native] if native else [])):
        words = name.split()
        if _hangul(name):
            own = [f for f in forms if _hangul(f)]
            for form in own:
                if base := _without(words, form, at_start=True):
                    rest = " ".join(base)
                    variants += [f"{f} {rest}" for f in own]
                    variants += [f"{f}{_POSSESSIVE} {rest}" for f in own]
                    break
        elif _vietnamese(name):
            own = [f for f in forms if _vietnamese(f)]
            for form in own:
                if base := _without(words, form, at_start=False):
                    rest = " ".join(base)
                    variants += [f"{rest} {f}" for f in own]
                    break
        variants += _unstationed(words)
    return [v for v in dict.fromkeys(variants) if v not in (entity.name, native)]


def _unstationed(words: list[str]) -> list[str]:
    """A Korean mission's name less the "stationed in" opening its city ("주부산 베트남
    총영사관" → "부산 베트남 총영사관"), or nothing."""
    first = words[0] if words else ""
    if (
        len(words) < 2
        or not first.startswith(_STATIONED_IN)
        or len(first) < 3
        or not _hangul(first)
        or not words[-1].endswith(_MISSIONS)
    ):
        return []
    return [" ".join((first[len(_STATIONED_IN) :], *words[1:]))]
