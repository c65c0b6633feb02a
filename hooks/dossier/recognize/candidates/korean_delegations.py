"""Korean exchange delegations (교류단): one is named by its own words opening with a
listed place, a country or 국제 ("다낭청소년교류단", "국제우호교류단"), or by the city,
county or province written before it ("영천시 우호교류단"). What it exchanges, who goes
or a word of the sentence glued to it names none ("예술교류단", "양국교류단")."""

from __future__ import annotations

from dossier.places import is_listed_place
from dossier.recognize.candidates.korean_words import COUNTRY_WORDS
from dossier.text import name_key

DELEGATION = "교류단"
_OPENINGS = (*COUNTRY_WORDS, "국제")
_PLACE_SYLLABLES = 2  # a listed place opening the name: "다낭", not "평"
_PLACE_KINDS = ("시", "군", "성", "도")  # city, county, province


def named_delegation(own: str, placed_kind: bool, before: str) -> bool:
    """``own``, before the head, opens with a listed place, a country or 국제, or
    ``before`` is a place with its kind written apart (``placed_kind``): "봉화군" of
    "봉화군 우호교류단"."""
    return (
        own.startswith(_OPENINGS)
        or any(
            is_listed_place(name_key(own[:k]))
            for k in range(_PLACE_SYLLABLES, len(own) + 1)
        )
        or (placed_kind and before.endswith(_PLACE_KINDS))
    )
