"""Registered names written in capitals ("VAC", "HYBE", "BHD"): found only as written in
capitals, or opening with one when longer than a syllable, and without Vietnamese marks:
folded, "vắc xin" and "Vac xin" (vaccine) spell VAC."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.text import joined_key, name_key, strip_marks

if TYPE_CHECKING:
    from dossier.model import Registry

ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


def capital_keys(registry: Registry) -> frozenset[str]:
    """Joined keys every name and alias of which, with that key, is written in capitals."""
    forms: dict[str, bool] = {}
    for entity in registry.entities.values():
        for form in (entity.name, *entity.aliases):
            key = joined_key(name_key(form))
            forms[key] = forms.get(key, True) and bool(ACRONYM.fullmatch(form))
    return frozenset(key for key, capitals in forms.items() if capitals)


def written_as_capitals(written: str) -> bool:
    """A name in capitals as written where it counts: in capitals ("VAC", "HYBE"), or
    opening with one when it is longer than a syllable ("Hybe", "Agiko"; "Vac" is the
    unmarked Vietnamese "Vắc"), and without Vietnamese marks."""
    opening = written[:1].isupper() and len(written) > MAX_SYLLABLE
    return (written.isupper() or opening) and written == strip_marks(written)


MAX_SYLLABLE = 3  # letters: "Vac", "Ban", "Tan" are Vietnamese syllables unmarked
