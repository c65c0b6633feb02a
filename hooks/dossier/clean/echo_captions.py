"""A caption that tells again, in a line of its own, what a paragraph of the story told:
"Chairman X receives Mr. Y, Deputy Mayor of Z." under "On the afternoon of January 26,
Chairman X received and worked with Mr. Y, Deputy Mayor of Z …". Outlets set under a
picture the names and titles its paragraph gives, word for word; a story's paragraph says
something the others have not."""

from __future__ import annotations

import re

from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit
from dossier.text import fold

MIN_ECHO_WORDS, MAX_ECHO_WORDS = 8, 40
MIN_SHARED = 0.6  # of the line's pairs of words the longer paragraph holds
LONGER = 1.5  # times the line's words: the paragraph it echoes says more
# or a paragraph a little longer that holds nearly all of the line's pairs: the caption
# took its names and titles and changed no more than the tense ("… receives Mr. Y, …"
# under "On the afternoon of January 26, … received and worked with Mr. Y …")
CLOSE_SHARED, CLOSE_LONGER = 0.8, 1.25
_WORD = re.compile(r"\w+")
# what no caption opens with: a pronoun going on from the sentence above ("He
# acknowledged …"), a list's item or a numbered heading ("• …", "1. …"), who attended
# ("Dự buổi làm việc có đồng chí …", "Attending the talks were …")
_STORY_OPENING = re.compile(
    r"(?:He|She|It|They|We|I|His|Her|Their|This|These|Ông ấy|Bà ấy|Họ|Đây|Điều này|Đó)\s|"
    r"[•◦▪■□○●►▶→·*-]\s|\d{1,2}[.)]\s|"
    r"(?:Dự|Tham dự|Cùng dự|Attending|Also attending|Present at)\s"
)
# a report ("…, local media reported", "…, ông X cho biết"): a story's sentence
_REPORTED = re.compile(
    r"\b(?:said|says|told|reported|according|added|cho biết|cho hay|nói)\b"
)
MIN_CAPITALISED = 4  # letters of the words a heading in title case capitalises
MIN_UNENDED_WORDS = 15  # a shorter line without a full stop may be a subheading


def _title_case(words: list[str]) -> bool:
    """ "Chips and the Middle of the Value Chain": a subheading, every long word
    capitalised."""
    long = [w for w in words if len(w) >= MIN_CAPITALISED and w[:1].isalpha()]
    return bool(long) and all(w[:1].isupper() for w in long)


def _pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(fold(text))
    return set(zip(words, words[1:], strict=False))


def echoes_a_paragraph(units: list[Unit], index: int) -> bool:
    """One line of a caption's length, no quote, nobody reporting, not a heading (a
    shorter line without a full stop, or one in title case), most of whose pairs of words
    a paragraph half as long again holds."""
    unit = units[index]
    text = unit.text
    words = text.split()
    if not (len(unit.lines) == 1 and MIN_ECHO_WORDS <= len(words) <= MAX_ECHO_WORDS):
        return False
    if (
        any(mark in text for mark in '"“”')
        or text.endswith(":")
        or _STORY_OPENING.match(text)
        or _REPORTED.search(text)
        or (
            not text.endswith(".")
            and (_title_case(words) or len(words) < MIN_UNENDED_WORDS)
        )
    ):
        return False
    pairs = _pairs(text)
    return bool(pairs) and any(
        other_index != index
        and not other.caption
        and paragraph_like(other)
        and _echoed(pairs, len(words), other.text)
        for other_index, other in enumerate(units)
    )


def _echoed(pairs: set[tuple[str, str]], size: int, other: str) -> bool:
    """Whether a paragraph of ``other``'s words holds the line's ``pairs`` of words: most
    of them and half as long again, or nearly all and a quarter longer."""
    shared = len(pairs & _pairs(other))
    longer = len(other.split())
    return (longer >= LONGER * size and shared >= MIN_SHARED * len(pairs)) or (
        longer >= CLOSE_LONGER * size and shared >= CLOSE_SHARED * len(pairs)
    )
