"""A section's numbered heading between a story's paragraphs: "1. Factors that led to
the relations:", "2. Thua Me Con Di (Goodbye Mother)", "1. Bối cảnh quốc tế mới …[1]" on a
line of its own, its section told under it. It closes with a colon, a bracket or a
footnote's mark, which a heading's shape alone reads as a sentence's end (``shapes.py``;
a numbered line that ends on a word is read by that shape). No item numbered next to it
stands beside it: a run of numbered lines, one under another, is a list, whose items are
story text (``lists.py``), and so is a numbered line set in (indented) or under a line
that introduces it ("… presented the following contents:" / "1. Project objectives"); a
numbered sentence ("3. The two sides agreed to …") ends with a stop."""

from __future__ import annotations

import re

from dossier.clean.lists import is_list_item
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

MAX_HEADING_WORDS = 20
# "1. Factors …", "2) …": a section's number and a word after it (not "1.5 million …")
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+[^\W\d_]")
# "… led to the relations:", "… (Goodbye Mother)", "… Hàn Quốc[1](1990-2019)[2]": what a
# heading may close with; a sentence's stop before it is a numbered sentence's end
_HEADING_CLOSE = re.compile(r"(?::|\)|\[\d{1,2}\])$")
_SENTENCE_STOP = re.compile(r"[.!?…][\"”’)]*$")


def is_numbered_heading(units: list[Unit], index: int) -> bool:
    """The unit at ``index`` is a numbered section's heading: one numbered line of a
    heading's length closed by a colon, a bracket or a footnote's mark, below a paragraph
    of story and no item of a list."""
    unit = units[index]
    text = unit.text.strip()
    return (
        index > 0
        and len(unit.lines) == 1
        and _NUMBERED.match(text) is not None
        and len(text.split()) <= MAX_HEADING_WORDS
        and _HEADING_CLOSE.search(text) is not None
        and _SENTENCE_STOP.search(text) is None
        and not unit.lines[0].indented
        and not units[index - 1].text.rstrip().endswith(":")
        and any(paragraph_like(above) for above in units[:index])
        and not is_list_item(units, index, True)
    )
