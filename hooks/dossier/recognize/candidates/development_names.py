"""An urban development project named as a town: "the Thu Thiem Eco Smart City complex",
"Haiphong Ecological City", "the Southeast New Town development project".

Its last word says "City" or "Town", so its words alone read as a place; but a smart, an
eco- or a new town is a project a developer builds, as the registry files it (an
initiative), and its name ends the noun phrase ("… Eco Smart City complex", not "…
Eco Smart City Thu Thiem", a longer name the reader finds whole).
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import lexicon
from dossier.text import fold

_PROPER = r"[A-Z][\w’'-]*"
# the proper words (none, before "Eco Smart City" only), then the kind of development
_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<name>(?:{_PROPER}[ \t]+){{0,4}}Eco[ \t]+Smart[ \t]+City|"
    rf"(?:{_PROPER}[ \t]+){{1,4}}(?:Smart|Eco|Ecological)[ \t]+City|"
    rf"(?:{_PROPER}[ \t]+){{1,4}}New[ \t]+Town)"
    r"(?![\w’'-]|[ \t]+[A-Z0-9])"
)

_POSSESSIVE = re.compile(r"[’']s$")


def development_names(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each development project named as a town."""
    if "City" not in text and "Town" not in text:
        return []  # most sentences name none: one quick look decides
    found = []
    stop = lexicon().stop
    for match in _NAMED.finditer(text):
        start = match.start("name")
        words = list(re.finditer(r"\S+", match["name"]))
        # "Lotte’s Eco Smart City": the developer's, before its possessive
        owned = [i for i, w in enumerate(words) if _POSSESSIVE.search(w.group())]
        words = words[owned[-1] + 1 :] if owned else words
        # "The Thu Thiem …", "In Haiphong …": the sentence's opening is none of it
        while len(words) > 1 and fold(words[0].group()) in stop:
            words.pop(0)
        first = start + words[0].start()
        name = " ".join(text[first : match.end("name")].split())
        if len(name.split()) > 2 or name == "Eco Smart City":
            found.append((name, "initiatives", first, match.end("name")))
    return found
