"""A byline's shape on the copy's last line that is the copy cut off mid-word.

A pasted copy may break off a few words into a line ("Deputy Prime M", "Viet Na"); in
title case, short, at the story's end, such a fragment has a bare byline's shape. It
names nobody when the story writes its words out further, with the same marks and
capitals: "Deputy Prime Minister", "Viet Nam" (the fragment's last word cut short of a
word the story spells; "Thu Hà" signs a story that names "Thu Hằng").
"""

from __future__ import annotations

from dossier.clean.units import Unit

MIN_WORDS = 2  # one word alone is too often the start of a longer one ("Hoa", "Hoang")


def cut_off_name(units: list[Unit], index: int) -> bool:
    """The story's last unit is one line that stops inside a word the story above
    writes out (see the module)."""
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
            return True
        start = story.find(key, start + 1)
    return False
