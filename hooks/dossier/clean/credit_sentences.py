"""A caption whose last sentence credits its picture, with no colon or bracket to mark the
credit: "… outside the visa centre in District 3. The photo was taken by VnExpress/Dinh
Van.", "Pho Mien. Photo courtesy of Jane Roe/A Food Guide.", "… trao giấy phép đầu tư.
Ảnh báo Hải Phòng." A story's paragraph does not end on who took its picture."""

from __future__ import annotations

import re

from dossier.clean.units import Unit

# the credit sentence after the caption's own: a picture, who took or gave it ("by",
# "courtesy of", its stop "coutesy" a page may misspell; "from", "via"), or a Vietnamese
# picture's paper or agency after "Ảnh" ("Ảnh báo Hải Phòng", "Ảnh TTXVN")
_CREDIT_SENTENCE = re.compile(
    r"(?:^|[.!?]['\"”’)]?\s)"
    r"(?:(?:The\s)?(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Ii]mages?|[Ff]ootage)"
    r"(?:\s(?:was|were|is|are))?(?:\s(?:taken|provided|supplied|shot))?"
    r"\s(?:by|cou?r?tesy\sof|from|via)"
    r"|Ảnh(?:\sminh\shọa)?(?:\s(?:báo|tư\sliệu))?)"
    r"\s(?P<who>[^.!?]{2,80})\.?$"
)
# who is credited: names ("VnExpress/Dinh Van", "Gemma Wardle/A Food Guide", "Hải Phòng"),
# with no more than one word in lower case among them ("of", "the"); not a sentence's
# words ("Photos from the launch went viral on social media.")
_LOWER_WORDS = ("of", "the", "and", "on", "at", "for", "de", "van", "von")
MAX_LOWER = 1
MAX_CAPTION_WORDS = 60  # a caption's length; a longer line is a paragraph
MAX_CREDIT_WORDS = 12


def ends_on_a_credit(unit: Unit) -> bool:
    """One line of caption length whose last sentence says whose picture it is."""
    text = unit.text.strip()
    found = _CREDIT_SENTENCE.search(text)
    if found is None or len(unit.lines) != 1:
        return False
    lower = [
        word
        for word in found["who"].split()
        if word[:1].islower() and word not in _LOWER_WORDS
    ]
    return (
        len(text.split()) <= MAX_CAPTION_WORDS
        and len(found.group().split()) <= MAX_CREDIT_WORDS
        and len(lower) <= MAX_LOWER
    )
