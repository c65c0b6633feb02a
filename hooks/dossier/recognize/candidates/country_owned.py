"""A run of words a country's possessive stands before: that country's body.

"South Korea's National Police Agency", "Vietnam's General Statistics Office": each word
is one any such body may be called, yet the owner's possessive says the article means
one body by them.
"""

from __future__ import annotations

import re

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.text import name_key

# "Korea's " before a run: the country whose body the run names
MAX_OWNER_CHARS = 40
_OWNER = re.compile(r"(?:^|\s)([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})['’]s\s+$")


def owned_by_country(chain: str, start: int, lex: Lexicon) -> bool:
    """A country's possessive stands right before the run ("South Korea's National
    Police Agency"): the run names that country's body, whatever words it is made of."""
    before = chain[max(0, start - MAX_OWNER_CHARS) : start]
    if not (before[-1:].isspace() and before.rstrip().endswith(("'s", "’s"))):
        return False
    owner = _OWNER.search(before)
    return bool(owner) and " ".join(name_key(owner[1])) in lex.countries
