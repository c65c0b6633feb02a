"""A name that ``of`` and a country end, where the country only says whose it is.

"the Lotte Group of South Korea", "the Sacheon City Council of the Republic of Korea",
"Ambassador Khamla Xayachack of Laos": a company, a place's own body or a person, named
in full before ``of``; the country after it tells the reader where they are from. A body
named by common words keeps its country ("Communist Party of Vietnam", "Bank of Korea",
"Embassy of Vietnam"), as does a state's own name ("Socialist Republic of Vietnam").
"""

from __future__ import annotations

from dossier.places import is_listed_place
from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.candidates.rules import is_keyworded
from dossier.recognize.tokens import Word, is_acronym

MAX_PERSON_WORDS = 4
MAX_PLACE_WORDS = 3
MAX_TAIL_WORDS = 6  # "of the Democratic People's Republic of Korea"
# the words a state's own name ends in before "of": "Socialist Republic of Vietnam"
_STATES = frozenset(("republic", "kingdom", "union", "federation", "state", "states"))


def without_country(words: list[Word], lex: Lexicon) -> list[Word]:
    """The words before ``of [the] <country>`` when they name a company, a place's body
    or a person in full; else all the words."""
    end = len(words)
    while end and not words[end - 1].capitalised:  # "… of Korea on": trimmed after
        end -= 1
    keys = [w.key for w in words[:end]]
    # the first "of" a country follows to the end: "… of the Republic of Korea"
    first = max(1, len(keys) - MAX_TAIL_WORDS)
    at = next((i for i in range(first, len(keys)) if _country_after(keys, i, lex)), 0)
    owner = words[:at]
    # "The Lotte Group of …" opening a sentence, "… and the Sacheon City Council of …"
    named = owner[1:] if owner and owner[0].key == "the" else owner
    if named and (
        _company(named, lex) or _place_body(named, lex) or _person(named, lex)
    ):
        return owner
    return words


def _country_after(keys: list[str], at: int, lex: Lexicon) -> bool:
    """Whether ``of`` stands at ``at`` and a country's name, "the" before it or not,
    fills the rest."""
    if keys[at] != "of":
        return False
    tail = keys[at + 1 :]
    if tail[:1] == ["the"]:
        tail = tail[1:]
    return bool(tail) and " ".join(tail) in lex.countries


def _company(words: list[Word], lex: Lexicon) -> bool:
    """ "Lotte Group", "Samsung Electronics": a company the news names often."""
    keys = [w.key for w in words]
    return keys[0] in lex.companies or " ".join(keys[:2]) in lex.companies


def _place_body(words: list[Word], lex: Lexicon) -> bool:
    """ "Sacheon City Council": a body named by its place and its head noun."""
    keys = [w.key for w in words]
    return is_keyworded(words, lex) and any(
        is_listed_place(keys[:size])
        for size in range(1, min(MAX_PLACE_WORDS, len(keys) - 1) + 1)
    )


def _person(words: list[Word], lex: Lexicon) -> bool:
    """ "Khamla Xayachack": two to four capitalised words none of which is a kind, a
    common word, a title or a country's ("Socialist Republic" is a state's name)."""
    kinds = [w.key in heads for heads in lex.inside.values() for w in words]
    return (
        2 <= len(words) <= MAX_PERSON_WORDS
        and all(w.capitalised and not is_acronym(w.text) for w in words)
        and not any(kinds)
        and not any(w.key in lex.plain or w.key in _STATES for w in words)
    )
