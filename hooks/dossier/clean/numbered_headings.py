"""A section's numbered heading between a story's paragraphs: "1. Factors that led to
the relations:", "2. Thua Me Con Di (Goodbye Mother)", "1. Bối cảnh quốc tế mới …[1]" on a
line of its own, its section told under it. It closes with a colon, a bracket or a
footnote's mark, which a heading's shape alone reads as a sentence's end (``shapes.py``;
a numbered line that ends on a word is read by that shape). No item numbered next to it
stands beside it: a run of numbered lines, one under another, is a list, whose items are
story text (``lists.py``), and so is a numbered line set in (indented) or under a line
that introduces it ("… presented the following contents:" / "1. Project objectives"); a
numbered sentence ("3. The two sides agreed to …") ends with a stop. A line closed by a
bracket alone is a heading only where the words before the bracket read as a title: a few
words, or each long word capitalised ("2. Thua Me Con Di (Goodbye Mother)", "1. Project
goals (2026-2030)"); a sentence with an aside in brackets is story ("2. The two sides also
agreed to expand direct flights … (up from 14 a week)", "2. Training of 500 Vietnamese
engineers in Korea (2025-2027)")."""

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
# "2. Thua Me Con Di (Goodbye Mother)": the words before a closing bracket, the bracket
_BRACKETED_END = re.compile(r"\d{1,2}[.)]\s+(?P<words>[^()]+?)\s*\([^()]*\)$")
MAX_PLAIN_TITLE_WORDS = 4  # "Project goals": a title in lower case is short
MAX_TITLE_WORDS = 10  # "Anh Trai Yeu Quai": a title's words, each long one capitalised
MIN_CAPITALISED = 4  # letters of the words a title in title case capitalises


def _reads_as_title(text: str) -> bool:
    """A line closed by a bracket that is no footnote's mark is a title before it: a few
    words, or up to ten, each long word capitalised ("Thua Me Con Di (Goodbye Mother)"),
    not a sentence with an aside ("Samsung will invest $2 billion in … (its largest)",
    "Thủ tướng … tiếp Chủ tịch … (ảnh)")."""
    bracketed = _BRACKETED_END.match(text)
    if bracketed is None:
        return True  # closed by a colon or a footnote's mark, or brackets nested
    words = bracketed["words"].split()
    if len(words) <= MAX_PLAIN_TITLE_WORDS:
        return True
    long = [word for word in words if len(word) >= MIN_CAPITALISED]
    return len(words) <= MAX_TITLE_WORDS and all(word[:1].isupper() for word in long)


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
        and _reads_as_title(text)
        and not unit.lines[0].indented
        and not units[index - 1].text.rstrip().endswith(":")
        and any(paragraph_like(above) for above in units[:index])
        and not is_list_item(units, index, True)
    )
