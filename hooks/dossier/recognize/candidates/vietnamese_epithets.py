"""A land called by what it is known for: "xứ sở Kim Chi" (the land of kimchi, Korea),
"xứ Chùa Vàng" (the land of golden pagodas, Myanmar). After "xứ" or "xứ sở" (the land
of) such an epithet names no person, no city and no programme, whatever type its words
suggest ("Kim Chi" reads as a surname and a given name). Only the known epithets are
dropped: a place after the word stays a place ("xứ Nghệ", "xứ Wales"), a person after
the epithet stays ("xứ Kim Chi Shin Tae-yong", read as one run), and "xứ" of a parish
("cha xứ", "quản xứ": the parish priest) opens no land."""

from __future__ import annotations

import re

from dossier.model import Candidate

# the epithets of lands, folded to lower case
_EPITHETS = frozenset(
    [
        "kim chi",  # Korea
        "củ sâm",  # Korea, its ginseng
        "chùa vàng",  # Myanmar
        "sương mù",  # Britain
        "mặt trời mọc",  # Japan
        "hoa anh đào",  # Japan
        "bạch dương",  # Russia
        "chuột túi",  # Australia
        "lá phong",  # Canada
        "voi trắng",  # Thailand
        "vạn đảo",  # Indonesia
    ]
)
# "xứ" or "xứ sở", any case, right before the name; no more is read before it
_LAND_OF = re.compile(r"(?<![\w’'-])(?i:xứ)(?:[ \t]+(?i:sở))?[ \t]+$")
_BEFORE = 16
# the parish's "xứ": "cha xứ", "chánh xứ", "phó xứ", "quản xứ", "giáo xứ"
_PARISH = re.compile(r"(?<![\w’'-])(?i:cha|chánh|phó|quản|giáo)[ \t]+$")


def land_epithet(candidate: Candidate) -> bool:
    """A known epithet that stands only after "xứ"/"xứ sở" in its sentences."""
    if " ".join(candidate.name.split()).casefold() not in _EPITHETS:
        return False
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(candidate.name)}(?![\w’'-])")
    seen = 0
    for occurrence in candidate.occurrences:
        sentence = occurrence.sentence
        for found in pattern.finditer(sentence):
            before = max(0, found.start() - _BEFORE)
            land = _LAND_OF.search(sentence, before, found.start())
            if not land or _PARISH.search(
                sentence, max(0, land.start() - 8), land.start()
            ):
                return False
            seen += 1
    return seen > 0
