"""The kind of a Korean body read by its head noun: an airport, an industrial complex or
an industrial park by its place's name is a place ("cities"), any other body an
organization."""

from __future__ import annotations

from dossier.recognize.candidates.korean_localities import names_a_place
from dossier.recognize.candidates.morphemes import reads_as_foreign

# an airport is a place one flies to ("인천공항", "양양 국제공항"), an industrial complex a
# place firms stand in ("두롱산업단지"), as in English
_PLACE_HEADS = frozenset(("공항", "산업단지", "공업단지"))
_PARK = "공단"  # an industrial park by its place's name, else an agency ("…진흥공단")
MAX_PARK_PLACE = 3  # syllables of a place's name spelt by sound ("옌퐁", "두롱")


def body_kind(name: str, head: str | None) -> str:
    """ "cities" for an airport, an industrial complex, and a 공단 the word right before
    it names as a place's ("연짝공단", "옌퐁 공단": a name the model of Korean does not
    know, spelt by sound: an industrial park; not "국민연금 공단" nor
    "중소벤처기업진흥공단", agencies); else "organizations"."""
    own = name.removesuffix(head or "").split()
    placed = (
        head == _PARK
        and bool(own)
        and (
            names_a_place(own[-1])
            or (len(own[-1]) <= MAX_PARK_PLACE and reads_as_foreign(own[-1]))
        )
    )
    return "cities" if head in _PLACE_HEADS or placed else "organizations"
