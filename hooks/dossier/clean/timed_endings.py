"""A short last line that is a whole sentence though its stop is left off: it ends on a
time or a date, which a cut leaves unfinished only by cutting into its digits or its
month ("The match kicks off at 19:30", "Registration closes on 30 June", "… on June 30,
2025", "Giải đấu khai mạc lúc 19h30", "… ngày 30/6/2025"), not on a bare number ("at 19",
"각각 110"), a cut month ("on 30 Ju") or a cut date ("During 7-8/20"). ``cut_endings``
keeps such a line a story paragraph, not the point where the copy breaks off."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_TIME = r"(?:[01]?\d|2[0-3])(?::|\s?h)[0-5]\d(?:\s?(?:[ap]\.?m\.?|GMT[+-]\d{1,2}))?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DATE = (
    rf"{_DAY}(?:st|nd|rd|th)?\s{_MONTH}(?:,?\s\d{{4}})?|"  # "30 June", "30 June 2025"
    rf"{_MONTH}\s{_DAY}(?:st|nd|rd|th)?(?:,\s\d{{4}})?|"  # "June 30", "June 30, 2025"
    rf"{_DAY}/(?:0?[1-9]|1[0-2])/\d{{4}}"  # "30/6/2025"
)
_TIMED = re.compile(rf"(?<![\w/.:-])(?:{_TIME}|{_DATE})$")
MIN_WORDS = 4  # a sentence: its subject, its verb, the time or date
# words in lower case before it: a sentence's, not a label's ("Updated on")
MIN_LOWER = 2
_LOWER_WORD = re.compile(r"^[^\W\d_A-Z]", re.UNICODE)


def ends_on_time_or_date(line: str) -> bool:
    """Whether ``line`` is a sentence (``MIN_WORDS`` words, ``MIN_LOWER`` of them in lower
    case) that ends on a whole time or date (``_TIMED``)."""
    text = " ".join(line.split())
    found = _TIMED.search(text)
    if found is None:
        return False
    words = text[: found.start()].split()
    lower = [w for w in words if _LOWER_WORD.match(w) and not w[0].isupper()]
    return len(text.split()) >= MIN_WORDS and len(lower) >= MIN_LOWER
