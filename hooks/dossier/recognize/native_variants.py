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

A variant is a guess, so it counts only with its words apart by spaces, glued to no word
before, with no title written on: "베트남, 한국, 국회" is a list, "베트남·한국 국회" the
pair's, "한국 국회의장" the speaker, none the body's name.
"""

from __future__ import annotations

import re

from dossier.model import Entity, Registry
from dossier.places import country_names
from dossier.recognize.hangul_names import DIPLOMATIC_MISSIONS, STATIONED_IN
from dossier.recognize.tokens import HANGUL, hangul_stems
from dossier.text import joined_key, name_key

_POSSESSIVE = "의"  # "한국의 국회"
_APART = re.compile(r"\s+")  # between a variant's words: spaces, no "," "·" "/" "-"
# a word joined on before by a middle dot, a hyphen, a slash or a plus, spaced or not:
# "베트남·한국 국회", "베트남 - 한국 국회" (a pair's group)
_PAIRED = re.compile(r"\w ?[\-‐‑‒–—·・‧ㆍ/+] ?$")
_PAIRED_REACH = 4  # characters before a variant where its joiner may stand


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
    taken = {name_key(n) for n in (entity.name, *entity.aliases, native) if n}
    return [v for v in dict.fromkeys(variants) if name_key(v) not in taken]


def _unstationed(words: list[str]) -> list[str]:
    """A Korean mission's name less the "stationed in" opening its city ("주부산 베트남
    총영사관" → "부산 베트남 총영사관"), or nothing."""
    first = words[0] if words else ""
    if (
        len(words) < 2
        or not first.startswith(STATIONED_IN)
        or len(first) < 3
        or not _hangul(first)
        or not words[-1].endswith(DIPLOMATIC_MISSIONS)
    ):
        return []
    return [" ".join((first[len(STATIONED_IN) :], *words[1:]))]


def add_native_variants(registry: Registry, joined: dict[str, str]) -> frozenset[str]:
    """Add every body's variants to ``joined`` (joined key → slug) where no name has the
    key; return the keys added, which count only written apart (:func:`written_apart`)."""
    added: set[str] = set()
    for entity in registry.entities.values():
        for variant in native_variants(entity):
            key = joined_key(name_key(variant))
            if key not in joined:
                joined[key] = entity.slug
                added.add(key)
    return frozenset(added)


def written_apart(text: str, starts: list[int], ends: list[int], end: int) -> bool:
    """Whether a variant's words (their starts and ends in ``text``, the name's ``end``)
    stand apart by spaces alone, the first glued to no word before, the last with no more
    than a particle on: "베트남, 한국, 국회" is a list, "베트남·한국 국회" a pair's,
    "부산·베트남 총영사관" a joint event, "한국 국회의장" the speaker, none the body."""
    if _PAIRED.search(text, max(0, starts[0] - _PAIRED_REACH), starts[0]):
        return False
    last = text[starts[-1] : ends[-1]]
    if end < ends[-1] and last[: end - starts[-1]] not in hangul_stems(last):
        return False
    return all(
        _APART.fullmatch(text[stop:start])
        for stop, start in zip(ends, starts[1:], strict=False)
    )
