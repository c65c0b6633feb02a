"""One short sentence standing alone among a page's long paragraphs: the caption of a
picture the copy left out ("Leaders of the two localities re-signed …"), unless it speaks,
points back to the story or is an item of a list."""

from __future__ import annotations

import re

from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit, told_in_korean

MIN_LONG_PARAGRAPH_WORDS = 45  # the median paragraph of a page that writes them long
MAX_SHORT_CAPTION_WORDS = 16
_SPOKEN = re.compile(
    r"\b(?:said|says|say|told|according|added|noted|stressed|mentioned|stated|reported)\b",
    re.I,
)
# "The delegation also visited …", "이 같은 발전은 …에 기인한다.": a sentence that points
# back to what the story told above it; a caption tells only what its picture shows
_POINTS_BACK = re.compile(
    r"\b(?:also|too|again|however|meanwhile|moreover|furthermore|besides|likewise)\b|"
    r"^(?:This|These|Those|Such|It|They|He|She|Its|Their|His|Her)\s|"
    r"^(?:이\s?같은|이러한|이런|이는|이에|이와\s?같이|이처럼|또한|한편|특히)\s",
    re.I,
)
# "▲Tell us why you applied for the program.": a line speaking to someone, an
# interviewer's; a caption tells what its picture shows
_ADDRESSED = re.compile(r"(?<!thank )\b(?:you|your)\b", re.I)  # not "thank you"


def writes_long(units: list[Unit]) -> bool:
    """The page writes its paragraphs long: a one-sentence line among them is not one."""
    sizes = sorted(len(u.text.split()) for u in units if paragraph_like(u))
    return bool(sizes) and sizes[len(sizes) // 2] >= MIN_LONG_PARAGRAPH_WORDS


def is_short_caption(units: list[Unit], index: int) -> bool:
    """One short sentence, nobody speaking, no quote, no figure, no item of a list: on a
    page of long paragraphs, the caption of a picture ("Leaders of the two localities
    re-signed …")."""
    unit = units[index]
    text = unit.text
    words = text.split()
    return (
        len(unit.lines) == 1
        and 5 <= len(words) <= MAX_SHORT_CAPTION_WORDS
        and not in_a_list(units, index)
        and text.endswith(".")
        and ". " not in text[:-1]
        and not any(mark in text for mark in '"“”:;')
        and not any(c.isdigit() for c in text)  # "… to receive 3,500 workers": a fact
        and _SPOKEN.search(text) is None
        and _ADDRESSED.search(text) is None
        and _POINTS_BACK.search(text) is None
        and not told_in_korean(text)
        and KOREAN_PLANNED.search(text[-MAX_PLANNED_TAIL:]) is None
        and VIETNAMESE_STATED.search(text) is None
    )


# "… 논의할 예정이다.", "… 확대할 계획입니다.", "… 늘어날 전망이다.": a Korean sentence telling
# what is planned or expected, which no picture shows (a caption shows what is going on)
MAX_PLANNED_TAIL = 16  # characters of the ending looked at
KOREAN_PLANNED = re.compile(
    r"[\uac00-\ud7a3]\s?(?:예정|계획|방침|전망)(?:이다|입니다)\.$"
)
# what a picture cannot show, only a Vietnamese sentence state: what a thing is ("Tổng
# thầu dự án là Công ty …"), what it will be ("Đây sẽ là dự án …"), "this" pointing back
VIETNAMESE_STATED = re.compile(r"\b(?:là|sẽ)\b|^(?:Đây|Điều này|Đó)\s")
MAX_LIST_ITEMS = 20  # items looked back over for the line introducing them


def _short_sentence(text: str) -> bool:
    return len(text.split()) <= MAX_SHORT_CAPTION_WORDS and text.endswith(".")


def in_a_list(units: list[Unit], index: int) -> bool:
    """Short sentences under a line that ends in a colon ("… bao gồm:" / "Phát triển
    …." / "Trao đổi …."): the items of a list it introduces, each beside another."""
    beside = [units[i] for i in (index - 1, index + 1) if 0 <= i < len(units)]
    if not any(_short_sentence(u.text) for u in beside):
        return False  # "… nhấn mạnh:" / a caption / the quote: no list
    for above in range(index - 1, max(-1, index - 1 - MAX_LIST_ITEMS), -1):
        text = units[above].text
        if text.endswith(":"):
            return True
        if len(text.split()) > MAX_SHORT_CAPTION_WORDS:
            return False
    return False
