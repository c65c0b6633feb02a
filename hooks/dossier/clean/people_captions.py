"""A Vietnamese picture's caption that only names who is in it, each with their role
("Ngài X, Đại sứ … tại Việt Nam.", "Diễn viên X, TS. Y - Chủ tịch Z và ông W - Đồng Giám
đốc …"): names and titles, parted by commas, dashes and "và", and no verb; a story's
sentence about the same people goes on to what they did or said."""

from __future__ import annotations

import re

from dossier.clean.languages import VIETNAMESE_LETTER
from dossier.clean.units import Unit
from dossier.clean.vietnamese_captions import _REPORTED, _TOLD_VERBS

MAX_PEOPLE_WORDS = 45  # syllables of a few people and their titles
MAX_LOWER_WORDS = 8  # syllables in small letters in a title ("Giám đốc điều hành")
# how a caption names a person before the name: a courtesy, a degree, a calling
_HONORIFIC = re.compile(
    r"^(?:Ngài|Ông|Bà|ông|bà|Anh|Chị|anh|chị|Đồng chí|đồng chí|(?:PGS\.\s?)?TS\.|ThS\.|"
    r"PGS\.|GS\.|NSND|NSƯT|Tiến sĩ|Diễn viên|diễn viên|Ca sĩ|ca sĩ|Nghệ sĩ|Đạo diễn|"
    r"đạo diễn|Nhà văn|nhà văn|Nhà thơ|Họa sĩ|HLV|Huấn luyện viên)\s"
)
# the parts a list of people is parted into
_PARTS = re.compile(r",\s|\s[-–]\s|\svà\s")
# words that tie a title to its body or place ("… của LHP …", "… tại Việt Nam")
_TIES = frozenset({"của", "tại", "thuộc", "kiêm", "về"})
# a doing or a saying, besides those a story's tense or report shows
_DOING = re.compile(
    r"\b(?:phát biểu|chia sẻ|trao|tặng|ký|đón|tiếp|thăm|dự|tham dự|chụp ảnh|bắt tay|"
    r"giới thiệu|trình bày|nói|hỏi|trả lời|cho biết|khẳng định|nhấn mạnh)\b"
)


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _named_part(part: str) -> bool:
    """A name, or a title and the body it heads: opening on a capital (after a courtesy),
    at most a few words in small letters besides those tying a title to its body."""
    words = _HONORIFIC.sub("", part).split()
    if not words or not _capital(words[0]):
        return False
    lower = [w for w in words if not _capital(w) and w not in _TIES]
    return len(lower) <= MAX_LOWER_WORDS


def names_only_people(unit: Unit) -> bool:
    """One Vietnamese line that names a person with a courtesy or a calling, then only
    names and titles (no verb, figure or quote): a picture's caption of who is in it."""
    text = unit.text
    body = text.removesuffix(".")
    if (
        len(unit.lines) != 1
        or len(text.split()) > MAX_PEOPLE_WORDS
        or _HONORIFIC.match(text) is None
        or any(c.isdigit() or c in '"“”:;!?' for c in body)
        or "." in body.replace("TS.", "").replace("ThS.", "").replace("GS.", "")
        or VIETNAMESE_LETTER.search(text) is None
    ):
        return False
    parts = _PARTS.split(body)
    first = _HONORIFIC.sub("", parts[0]).split()
    return (
        len(parts) >= 2
        and len(first) >= 2
        and all(_capital(w) for w in first)  # the first person's name
        and all(_named_part(part) for part in parts)
        and _TOLD_VERBS.search(text) is None
        and _REPORTED.search(text) is None
        and _DOING.search(text) is None
    )
