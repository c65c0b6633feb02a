"""Whether words are a listed place, read no further than the longest place's key reaches:
the words before each "and" of a run of thousands are no place, and are not all joined
to find it out."""

from __future__ import annotations

from functools import cache

from dossier.places import gazetteer, is_listed_place
from dossier.recognize.tokens import Word


@cache
def _longest() -> int:
    """The letters of the longest key the gazetteer lists (a Hangul key read as heard
    keeps its length)."""
    return max(map(len, gazetteer().places), default=0)


def listed_place_words(words: list[Word]) -> bool:
    """``is_listed_place`` of the words' keys: their letters (a hyphen's parts joined,
    maybe with spaces) past the longest key's are no place."""
    letters = 0
    for word in words:
        letters += sum(len(part) for part in word.key.split("-"))
        if letters > _longest():
            return False
    return is_listed_place([w.key for w in words])
