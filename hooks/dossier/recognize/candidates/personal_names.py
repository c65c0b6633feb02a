"""Whether a name reads as a person's by its own words: two to four words, the first a
Vietnamese or Korean surname ("Kha Ngan", "Cho Joo Han", "Song Hye-kyo", "Nguyễn Văn
Long"), no word in capitals. A band or a firm is named otherwise ("Epik High", "Ca Hoi
Hoang", "Da LAB", "Hanwha Ocean"), and a cue that a list or a cast may share with bands
("singers including …", "starring …", "Hangzhou (3)") holds only for such a name."""

from __future__ import annotations

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.text import name_key


def reads_as_person(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is shaped as a person's: "Park Sang Min", not "Epik High"."""
    words = name.split()
    if not 2 <= len(words) <= 4 or any(len(w) > 1 and w.isupper() for w in words):
        return False
    keys = name_key(name)
    return bool(keys) and keys[0] in lex.surnames
