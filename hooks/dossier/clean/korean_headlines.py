"""What marks a Korean headline: the day a board posted it before it, and how few words
it has at least."""

from __future__ import annotations

import re
from datetime import date

MIN_KOREAN_HEADLINE_WORDS = 4

# "23.11.08 베트남 박닌성 당서기 내방": a Korean board's headline after its day, the year
# in two digits first
_DATED_KOREAN_TITLE = re.compile(
    r"(?P<year>\d{2})\.(?P<month>\d{2})\.(?P<day>\d{2})\.?\s+(?=\S.*[\uac00-\ud7a3])"
)


def dated_headline(text: str) -> tuple[str, str, str] | None:
    """A Korean headline after the day it was posted: (the day as written, the day as
    YYYY-MM-DD, the headline), or None."""
    if not (match := _DATED_KOREAN_TITLE.match(text)):
        return None
    year = 2000 + int(match["year"])
    year = year if year <= date.today().year else year - 100  # "99.10.20": 1999
    try:
        day = date(year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return match.group(0).strip(), day.isoformat(), text[match.end() :]
