"""A partnership two countries agree, by its level: "전략적 협력 동반자 관계", "포괄적·전략적
동반자관계"; with the two countries before it, joined by a sign ("한·베트남 전략적 …"),
and the century it was named for ("21세기 포괄적 …"), which are the name's; and the
plan of action the two agree for it ("… 동반자 관계 행동 계획")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_topics import SHORT_COUNTRIES

# the level ("포괄적", "전략적"); "동반자 관계" or "협력 동반자 관계" alone is any partnership
_LEVEL = r"(?:포괄적|전략적|전략|전면적|미래지향적)인?"
# the two countries, longest spelling first ("베트남" before "베")
_COUNTRY = "|".join(sorted(SHORT_COUNTRIES, key=len, reverse=True))
_PARTNERSHIP = re.compile(
    rf"(?:(?<![\w\-–·ㆍ‧])(?P<pair>(?:{_COUNTRY})\s?[-–·ㆍ‧]\s?(?:{_COUNTRY}))\s)?"
    r"(?:21세기\s?)?"
    rf"(?<![가-힣]){_LEVEL}(?:[\s·]?(?:{_LEVEL}|협력)){{0,3}}\s?동반자\s?관계"
    r"(?:\s?행동\s?계획(?![가-힣]))?"  # "… 동반자 관계 행동 계획": its plan of action
)


# the two countries alone before a partnership's level: "베트남-한국 " (a registered
# partnership with them before it is that partnership, no new name)
PAIR_BEFORE = re.compile(rf"(?:{_COUNTRY})\s?[-–·ㆍ‧]\s?(?:{_COUNTRY})\s")


def partnerships(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of each partnership named by its level."""
    if "동반자" not in text:
        return  # most sentences name none: one quick look decides
    for match in _PARTNERSHIP.finditer(text):
        yield match.group(), "agreements", match.start(), match.end()
