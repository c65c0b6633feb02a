"""A headline an archive kept as its picture's caption, the picture's credit beside it:
"… Tech Sector (Photo : LG Newsroom)" over the story."""

from __future__ import annotations

import re

from dossier.clean import plain_captions as plain
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.photo_credits import is_credited
from dossier.clean.run_ons import BRACKETED_CREDIT
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

MIN_CREDITED_HEADLINE_WORDS = 4
_SCENE_OPENING = re.compile(
    r"(?:At|In|During|On|Visitors|Delegates|Participants|A view)\b"
)
_CREDIT_END = re.compile(rf"\s*{BRACKETED_CREDIT}$")


def credited_headline(units: list[Unit]) -> str | None:
    """The page's first unit, a headline-shaped caption of one line: a headline whose
    picture's credit the copy kept beside it, or under it on a line of its own
    ("… Tech Sector" over "(Photo : LG Newsroom)")."""
    if not units or not units[0].caption:
        return None
    lines = [line.text for line in units[0].lines]
    if len(lines) == 2 and _CREDIT_END.fullmatch(lines[1]):
        lines = [f"{lines[0]} {lines[1]}"]
    if len(lines) != 1 or not (match := _CREDIT_END.search(lines[0])):
        return None
    text = lines[0][: match.start()]
    words = len(text.split())
    shaped = (
        not text.endswith(SENTENCE_END) and MIN_CREDITED_HEADLINE_WORDS <= words <= 15
    )
    # a caption says who stands where or what they do: "… (R) shakes hands with …"
    shaped = shaped and not is_credited(text)
    shaped = shaped and not plain.is_photo_description(units[0])
    shaped = shaped and not _SCENE_OPENING.match(text)
    return text if shaped and len(units) > 1 and paragraph_like(units[1]) else None
