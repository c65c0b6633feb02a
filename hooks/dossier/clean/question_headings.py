"""A section's heading asked as a question: "Why Vietnam?", "Vietnam: the perfect
host?", "How did the trend begin?" on a line of its own between paragraphs, the answer
told in the paragraphs under it. Not a speaker's turn ("ANCHOR: …?", a transcript's
paragraph), not one asking the reader ("Do you think …?"), not a quoted question ("“Are
they …?”", someone's words), and not in Korean, whose stories ask their readers one as a
paragraph ("그렇다면 … 있을까?")."""

from __future__ import annotations

import re

from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

MAX_QUESTION_WORDS = 14
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# (an apostrophe inside a word is no quote: "What’s next?"); a dialogue's dash opening it
_QUOTE_OR_MARK = re.compile(r"[\"“”«»*]|^[‘'—–-]|\s[‘']")
# "Do you think the office will change anything?", "Bạn có biết …?": the story asking its
# reader
_TO_THE_READER = re.compile(
    r"\b(?:you|your|yours|bạn|các bạn|quý vị|quý độc giả)\b", re.IGNORECASE
)
# "DANA WHITFIELD: And is this …?", "Q: Why …?", "Minister Lee: Why not …?": a speaker's
# turn, an interview's question (not "Vietnam: the perfect host?", a heading's two parts)
_SPEAKER = re.compile(  # (a speaker's words open with a capital)
    r"^(?:[A-Z][A-Z.'’ -]{0,30}:\s|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+:\s(?=[A-Z]))"
)


def is_question_heading(units: list[Unit], index: int) -> bool:
    """One line of a few words ending in a question mark, no quote, a paragraph under it
    (the answer), not the page's first line."""
    unit = units[index]
    text = unit.text.strip()
    below = units[index + 1] if index + 1 < len(units) else None
    return (
        index > 0
        and len(unit.lines) == 1
        and not unit.caption
        and text.endswith("?")
        and len(text.split()) <= MAX_QUESTION_WORDS
        and text.count("?") == 1
        and _QUOTE_OR_MARK.search(text) is None
        and _HANGUL.search(text) is None
        and _SPEAKER.match(text) is None
        and _TO_THE_READER.search(text) is None
        and below is not None
        and paragraph_like(below)
    )
