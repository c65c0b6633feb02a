"""A byline with the story's photographer credited after it: "Thanh Hà - Ảnh: Minh Đức",
"Bài: Thanh Hà – Ảnh: TTXVN", "Thanh Hà (ảnh: Quốc hội)", "Text: Jane Roe | Photo: X".
The photographer is no author (``tests/fixtures/corpus/README.md``): the byline is read
without the credit."""

from __future__ import annotations

import re

# the credit after a dash, bar, comma or semicolon, or in brackets, at the line's end
# (not after a sentence's full stop: "… ký kết. Ảnh: TTXVN" is a caption); bounded
_PHOTO_CREDIT = re.compile(
    r"(?:\s*[-–—|,;/]\s*\(?|\s*\()\s*(?i:ảnh|photos?|pictures?)\s*:\s*"
    r"[^():;|]{2,40}?\)?\.?$"
)
MIN_LEFT = 3  # characters of a name before the credit
MAX_CREDIT = 60  # characters of the credit and what sets it off, looked for at the end
# "Tin, ảnh: X", "Text, photos: X": one credit for both, its label no writer's name
_LABEL_ONLY = re.compile(r"(?i:tin|bài|text|story|words|nội dung|văn bản)")


def without_photo_credit(text: str) -> str:
    """``text`` without the photographer's credit after the writer's name."""
    found = _PHOTO_CREDIT.search(text, max(0, len(text) - MAX_CREDIT))
    left = text[: found.start()].rstrip() if found else ""
    if len(left) < MIN_LEFT or _LABEL_ONLY.fullmatch(left):
        return text
    return left
