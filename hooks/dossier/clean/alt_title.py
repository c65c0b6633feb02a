"""The headline a picture's alt text repeats, for a page whose text has no headline above
its story: Vietnamese outlets' software names each picture of a story after the story's
headline and the picture's number ("Lộ diện HLV … đội tuyển Việt Nam - Ảnh 1."), a line
the cleaner drops as an image placeholder."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.model import DroppedLine

PLACEHOLDER = "image placeholder"  # the reason such a line is dropped
# "<headline> - Ảnh 1.", "<headline>- Ảnh 2"
_NUMBERED_PICTURE = re.compile(r"(?P<title>\S.{10,200}?)\s?-\s?(?i:ảnh)\s\d{1,2}\.?")
MIN_WORDS = 4  # "Ảnh 1" under a word or two names no story


def alt_title(dropped: Iterable[DroppedLine]) -> str | None:
    """The headline the first numbered picture's alt text gives, if any."""
    for line in dropped:
        if line.reason != PLACEHOLDER:
            continue
        found = _NUMBERED_PICTURE.fullmatch(line.text.strip())
        if found and len(found["title"].split()) >= MIN_WORDS:
            return found["title"].strip()
    return None
