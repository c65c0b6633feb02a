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


# "Q: Why did you choose Korea?", "… Is there something you want people to know?": a
# question put to the one interviewed, by its label or by speaking to them
_PUT_TO_A_GUEST = re.compile(r"^Q\d{0,2}\s?[:.)]\s?\S|\b(?:you|your)\b", re.IGNORECASE)
MAX_PUT_WORDS = 40


# "▲Tell us why you applied …": a request marked as an interview's question
_MARKED_REQUEST = re.compile(r"[▲■◆]\s?\S.*\b(?:you|your)\b", re.IGNORECASE)


def _put_to_a_guest(unit: Unit) -> bool:
    text = unit.text.strip()
    return (
        len(unit.lines) == 1
        and len(text.split()) <= MAX_PUT_WORDS
        and (
            (text.endswith("?") and _PUT_TO_A_GUEST.search(text) is not None)
            or _MARKED_REQUEST.match(text) is not None
        )
    )


def in_an_interview(units: list[Unit], index: int) -> bool:
    """Another line of the page puts a question to the one interviewed: the page is an
    interview, and its questions are its paragraphs ("How many members does the
    association have?" among "What does it do? Is there something you want …?")."""
    return any(_put_to_a_guest(u) for i, u in enumerate(units) if i != index)


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
        and not in_an_interview(units, index)
    )
