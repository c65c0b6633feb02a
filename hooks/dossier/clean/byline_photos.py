"""A byline with the story's photographer credited after it: "Thanh Hà - Ảnh: Minh Đức",
"Bài: Thanh Hà – Ảnh: TTXVN", "Thanh Hà (ảnh: Quốc hội)", "Text: Jane Roe | Photo: X".
The photographer is no author (``tests/fixtures/corpus/README.md``): the byline is read
without the credit.

A byline is read without two more things that name no writer (``plain_byline``):

- the label's first half where the page gives it in two languages ("Autor(en)/Author(s):
  Kim Se-jeong", "Tác giả/Author: X"): the English half after the slash is read (only a
  word for author: "Photo/By X" is a picture's credit);
- the writer's body after a comma, by its listed initials ("by Jane Roe, DNV", "By Tran
  Lan, UNDP"): the organisation the writer works for (not "By Kim Min-su, LEE").
"""

from __future__ import annotations

import re

from dossier.text import words_of

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


# a label meaning author in another language, a slash, then the English label (not a
# picture's credit: "Photo/By Minh Duc" stays a caption's credit)
_OTHER_LANGUAGE = re.compile(
    r"(?i:autor(?:\(en\)|en)?|verfasser|auteur|tác giả|người viết|작성자|글쓴이|저자)"
    r"\s?/\s?(?=(?i:author\(s\)|authors?|writers?|by)\b)"
)
# "by" and a writer's name of two words or more, then ", DNV" ending the line
_BODY_AFTER = re.compile(
    r"((?i:by)\s+[A-ZÀ-ỸĐ][\w'’-]*(?:\s+[A-ZÀ-ỸĐ][\w'’-]*)+),\s*(?P<body>[A-Z]{2,6})"
)
# the bodies a writer works for, by their initials (not a second writer's surname in
# capitals: "By Kim Min-su, LEE")
BODIES = frozenset(
    words_of(
        "DNV VNA VNS TTXVN VOV VTV VTC AP AFP UNDP UNICEF UNESCO UNFPA UNIDO FAO ILO IOM WHO "
        "WB ADB IMF ASEAN KOICA KOTRA KCCI KITA KDI KIEP KIET KOFIH JICA USAID GIZ OECD WTO "
        "VCCI NEU VNU HUST CIEM VASS ABS CSIS RFA BBC CNN"
    )
)


def plain_byline(text: str) -> str:
    """``text`` without a label's other language or the writer's body after a comma."""
    if "/" in text[:30]:
        text = _OTHER_LANGUAGE.sub("", text, count=1)
    body = _BODY_AFTER.fullmatch(text)
    if body and body["body"] in BODIES and not body.group(1).isupper():
        text = body.group(1)  # (not "BY JANE ROE, AP": a name in capitals)
    return text
