"""A byline's shape on the copy's last line that is the copy cut off mid-word.

A pasted copy may break off a few words into a line ("Deputy Prime M", "Viet Na"); in
title case, short, at the story's end, such a fragment has a bare byline's shape. A
signed name stands in just that place, and its last syllable often opens a longer word
the story spells ("Thanh Ha" signs a story that names "Thanh Hai Trading"; Vietnamese
given names are prefixes of one another: Ha, Hai, Hanh). So the fragment is the copy
cut off only when it cannot be a name: the story writes its words out further, with the
same marks and capitals, and the cut word is a lone letter ("Deputy Prime M") or the
words written out are a country or a listed place ("Viet Na" of "Viet Nam"). "Thu Hà"
signs a story that names "Thu Hằng".
"""

from __future__ import annotations

from dossier.clean.units import Unit
from dossier.places import is_place_name

MIN_WORDS = 2  # one word alone is too often the start of a longer one ("Hoa", "Hoang")


def cut_off_name(units: list[Unit], index: int) -> bool:
    """The story's last unit is one line that stops inside a word the story above
    writes out, and cannot be a name (see the module)."""
    if index != len(units) - 1 or len(units[index].lines) != 1:
        return False
    # as written, marks and capitals alike: "Thu Hà" is no cut "Thu Hằng"
    key = " ".join(units[index].text.split())
    if len(key.split()) < MIN_WORDS:
        return False
    story = " ".join(" ".join(unit.text for unit in units[:index]).split())
    start = story.find(key)
    while start >= 0:
        end = start + len(key)
        before = story[start - 1] if start else " "
        if not before.isalnum() and end < len(story) and story[end].isalpha():
            whole = end
            while whole < len(story) and story[whole].isalnum():
                whole += 1
            if _no_name(key, story[start:whole]):
                return True
        start = story.find(key, start + 1)
    return False


def _no_name(cut: str, written: str) -> bool:
    """``cut``, the words the story writes out as ``written``, names nobody: its cut word
    a lone letter, or ``written`` a country or a listed place."""
    return len(cut.split()[-1]) == 1 or is_place_name(written)
