"""A Vietnamese picture's caption that only names who is in it, each with their role
("Ngài X, Đại sứ … tại Việt Nam.", "Diễn viên X, TS. Y - Chủ tịch Z và ông W - Đồng Giám
đốc …"): names and titles, parted by commas, dashes and "và", and no verb; a story's
sentence about the same people goes on to what they did or said."""

from __future__ import annotations

import re

from dossier.clean.languages import VIETNAMESE_LETTER
from dossier.clean.short_captions import VIETNAMESE_STATED
from dossier.clean.units import Unit
from dossier.clean.vietnamese_captions import _REPORTED, _TOLD_VERBS

MAX_PEOPLE_WORDS = 45  # syllables of a few people and their titles
MAX_LOWER_WORDS = 8  # syllables in small letters in a title ("Giám đốc điều hành")
# how a caption names a person before the name: a courtesy, a degree, a calling
HONORIFIC = re.compile(
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
    r"giới thiệu|trình bày|nói|hỏi|trả lời|cho biết|khẳng định|nhấn mạnh|hội đàm|"
    r"hội kiến|gặp|làm việc|chủ trì|dẫn đầu|cắt băng|khai mạc|coi|có mặt|cùng)\b"
)
# what a title opens on: a role ("Phó Giám đốc …", "Đồng Giám đốc điều hành …")
_TITLE_HEAD = re.compile(
    r"^(?:Phó |Đồng |Nguyên |Tổng )?(?:Chủ tịch|Giám đốc|Đại sứ|Bộ trưởng|Thứ trưởng|"
    r"Bí thư|Ủy viên|Trưởng|Thị trưởng|Tổng lãnh sự|Lãnh sự|Chủ nhiệm|Hiệu trưởng|"
    r"Viện trưởng|Thư ký|Tổng thư ký|Đại diện|Trưởng đại diện|Trưởng ban|Trưởng đoàn|"
    r"Người sáng lập|Nhà sáng lập|Tham tán|Cục trưởng|Vụ trưởng|Chánh|Hội trưởng|"
    r"Tổng Giám đốc|Tổng Biên tập|CEO|Đại biểu)\b"
)
# small words a title may end on ("Giám đốc điều hành", "Phó Chủ tịch thường trực")
_TITLE_TAILS = frozenset({"điều hành", "thường trực", "danh dự"})


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _named_part(part: str) -> bool:
    """A person's name (after a courtesy), or a title opening on a role and ending on the
    body or place it heads: at most a few words in small letters besides those tying a
    title to its body, none after its last capital but a title's own ("điều hành"). Small
    words after the body are what a story's sentence goes on to: a verb."""
    bare = HONORIFIC.sub("", part)
    words = bare.split()
    if not words or not _capital(words[0]):
        return False
    if bare != part or all(_capital(w) for w in words):
        return all(_capital(w) for w in words)  # "ông Min Jae", "TS. Trần Thu Hà"
    if _TITLE_HEAD.match(bare) is None:
        return False
    lower = [w for w in words if not _capital(w) and w not in _TIES]
    capitals = [at for at, w in enumerate(words) if _capital(w)]
    tail = " ".join(words[capitals[-1] + 1 :])
    return len(lower) <= MAX_LOWER_WORDS and (not tail or tail in _TITLE_TAILS)


def names_only_people(unit: Unit) -> bool:
    """One Vietnamese line that names a person with a courtesy or a calling, then only
    names and titles (no verb, figure or quote): a picture's caption of who is in it."""
    text = unit.text
    body = text.removesuffix(".")
    if (
        len(unit.lines) != 1
        or len(text.split()) > MAX_PEOPLE_WORDS
        or HONORIFIC.match(text) is None
        or any(c.isdigit() or c in '"“”:;!?' for c in body)
        or "." in body.replace("TS.", "").replace("ThS.", "").replace("GS.", "")
        or VIETNAMESE_LETTER.search(text) is None
    ):
        return False
    parts = _PARTS.split(body)
    first = HONORIFIC.sub("", parts[0]).split()
    return (
        len(parts) >= 2
        and len(first) >= 2
        and all(_capital(w) for w in first)  # the first person's name
        and all(_named_part(part) for part in parts)
        and _TOLD_VERBS.search(text) is None
        and _REPORTED.search(text) is None
        and _DOING.search(text) is None
        and VIETNAMESE_STATED.search(text) is None
    )
