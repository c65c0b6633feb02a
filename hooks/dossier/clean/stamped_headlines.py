"""Other stories a page lists under the story, each line opening with the time it was
posted ("2024-03-02 09:15:20[연재] …", "2024-03-01 18:02 Port city adds …"): links, no
paragraph of this one. It takes two such lines running, one over the other, to make the
list: a single story line opening on a time is a live report's entry, and so is a line
ending a sentence (a headline closes on no full stop; a closing quote is a headline's end
too)."""

from __future__ import annotations

import re

from dossier.clean.dates import YEAR_FIRST
from dossier.clean.units import Unit

_DATE = rf"{YEAR_FIRST}\.?\s?"
# a date and a clock time opening the line, the headline after it (glued or spaced)
_POSTED_AT = re.compile(_DATE + r"\d{1,2}:\d{2}(?::\d{2})?(?=\s?\S)")
_TIME_ALONE = re.compile(_DATE + r"[\d:]+")
MAX_HEADLINE_WORDS = 30  # a headline's length, no paragraph's


def _stamped(unit: Unit) -> bool:
    """One line opening on its posting time, a headline's length."""
    return (
        not unit.caption
        and len(unit.lines) == 1
        and _POSTED_AT.match(unit.text) is not None
        and len(unit.text.split()) <= MAX_HEADLINE_WORDS
        and not _ends_a_sentence(unit.text)
    )


def _ends_a_sentence(text: str) -> bool:
    """A full stop closes the line ("… the utility says.", "… 밝혔다."), an ellipsis aside;
    a quote closing a headline ("… “곧 결과 나올 것”") is no sentence's end."""
    return text.endswith(".") and not text.endswith("..")


def _posting_time(unit: Unit) -> bool:
    """A line that is a posting time and nothing else (the list's last, its headline cut)."""
    return len(unit.lines) == 1 and _TIME_ALONE.fullmatch(unit.text) is not None


def is_stamped_headline(units: list[Unit], index: int) -> bool:
    """``units[index]`` is one of two or more headlines in a run, each opening on its
    posting time."""
    if not _stamped(units[index]):
        return False
    return any(
        0 <= near < len(units) and (_stamped(units[near]) or _posting_time(units[near]))
        for near in (index - 1, index + 1)
    )
