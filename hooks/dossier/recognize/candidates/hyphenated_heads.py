"""A head noun joined by a hyphen to another word: the part of it that names a kind.

English pages write some names' head noun glued by a hyphen to a letter, a brand or a
place: "K-League" (a league), "V-Project" (a project), "Vietnam National
University-Hanoi" (a university), "ASEAN Defence Ministers' Meeting-Plus" (a meeting).
The whole word is no cue of any kind, so the name got no evidence from its head; the
part that is one says what the name is. A person's hyphened given name ("Sang-woo",
"Hang-seo") holds no such part; a part of one or two letters ("K", "V") is no noun.
"""

from __future__ import annotations

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import Word

MIN_PART_LETTERS = 3  # "cup", "fund"; not "co", "tv" of a longer word


def _cue(key: str, lex: Lexicon) -> bool:
    return any(key in kind for kind in lex.inside.values())


def kind_key(word: Word, lex: Lexicon) -> str:
    """The key of the part of ``word`` that names a kind: the word's own key when it is
    a cue or holds no hyphen, else its last part that is a cue ("k-league": "league"),
    else its first ("meeting-plus": "meeting")."""
    key = word.key
    if "-" not in key or _cue(key, lex):
        return key
    parts = [p for p in key.split("-") if len(p) >= MIN_PART_LETTERS]
    return next((p for p in reversed(parts) if _cue(p, lex)), key)
