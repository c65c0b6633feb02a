"""A name with a kind in lower case after it that pages also leave off: "Posco group",
"Lieu Giai street", "Phung An pagoda", "KOPIA Vietnam center".

A page that names a firm, a street or a village only with its kind after it means the
two together ("the Posco group"); a page that names it alone elsewhere ("LG group's …",
then "LG told …") means the name, and the kind only says what it is. So each page is
read whole: the name with its kind is proposed unless the page names it alone too, or the
name alone is registered ("Hanoi street", "Korea group": no new name at all); then the
kind's sightings count for the name alone, and their kind for its type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from dossier.recognize.candidates.vietnamese_persons import SURNAMES
from dossier.text import name_key, strip_marks

# the kind in lower case, and the type it gives the name (a temple or a pagoda is a
# place, as the dossier files them)
SOFT_KINDS = {
    "group": "organizations",
    "street": "cities",
    "pagoda": "cities",
    "temple": "cities",
    "center": "organizations",
    "centre": "organizations",
}
# (not "village": pages name a village with its kind or without as often, "Ha My village",
# "Phong Nhi village", and its name alone gives the place all the same)
_KIND_KEYS = {name_key(kind): kind for kind in SOFT_KINDS}

# what a name's words are not: a describing compound ("Seoul-based", "Korean-language")
_DESCRIBING = re.compile(r"\w-[a-z]")
# a sentence's opening: nothing, a list's bullet, or the last one's end and its quote
# ("… the situation.' Allegations centre …")
_OPENING = re.compile(r"(?:^|[.!?][’'\"”]?)[\s•·*–—-]*$")


def soft_named(text: str, start: int, words: list[str], kind: str) -> bool:
    """Whether the capitalised words before a soft kind name one: not a describing
    compound ("a Seoul-based group"), a word capitalised only as it opens the sentence
    ("• Commercial center, 700-seat cinema"), nor a person a street is named for."""
    if any(_DESCRIBING.search(word) for word in words):
        return False
    if kind == "street" and _namesake(words):
        return False
    opens = _OPENING.search(text, 0, start) is not None
    return not (opens and len(words) == 1)


# Vietnam's commonest surnames: a street named for a person ("Le Van Sy street") is the
# place its namesake's name gives, as the page's other streets are ("Le Van Sy, Tran
# Quang Khai and Pham Ngoc Thach streets")
_NAMESAKES = frozenset(strip_marks(s).casefold() for s in SURNAMES)


def _namesake(words: list[str]) -> bool:
    return len(words) > 1 and strip_marks(words[0]).casefold() in _NAMESAKES


Key = tuple[str, ...]
# a name's sighting: the name as written, its occurrence, its evidence for each type
Sighting = tuple[str, object, dict[str, int]]


def _bare(key: Key) -> tuple[Key, str] | None:
    """The name without its soft kind, and the kind, if the key ends with one."""
    for kind_key, kind in _KIND_KEYS.items():
        size = len(kind_key)
        if len(key) > size and key[-size:] == kind_key:
            return key[:-size], kind
    return None


def fold_soft_kinds(
    sightings: Iterable[tuple[Key, Sighting]], known: Callable[[Key], bool]
) -> list[tuple[Key, Sighting]]:
    """The sightings of a page, each "X kind" whose X the page also names alone (or that
    is registered) read as X: "LG group" beside "LG told …" is LG."""
    sightings = list(sightings)
    keys = {key for key, _ in sightings}
    out = []
    for key, (name, occurrence, scores) in sightings:
        bare = _bare(key)
        # (written in lower case: "Lotte Group" is the name whole)
        lower = bare is not None and name.endswith(f" {bare[1]}")
        if bare and lower and (bare[0] in keys or known(bare[0])):
            name, key = name[: -len(bare[1]) - 1], bare[0]
        out.append((key, (name, occurrence, scores)))
    return out
