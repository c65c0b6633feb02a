"""The members a Vietnamese body gathers, named inside its name after "các" (the, of
many): "Liên hiệp các tổ chức hữu nghị tỉnh …" (the union of friendship organisations),
"Hiệp hội các doanh nghiệp Hàn Quốc tại …", "Ban quản lý các khu công nghiệp tỉnh …".
Elsewhere "các" ends a name ("Bộ Ngoại giao các nước": the ministries of the countries).
"""

from __future__ import annotations

import re

# what a body gathers: organisations, firms, industrial parks, cities
_MEMBERS_WORDS = """tổ chức, doanh nghiệp, khu công nghiệp, khu chế xuất, khu kinh tế, kcn,
    thành phố, hội, hiệp hội, trường, nhà"""
_MEMBERS = frozenset(w.strip() for w in _MEMBERS_WORDS.split(","))
_LONGEST_MEMBER = 3  # syllables
_NEAR_THE_HEAD = 2  # syllables read before "các": "Liên đoàn Thế giới các thành phố …"
_PLURAL = "các"
_SYLLABLE = re.compile(r"[ \t]+([^\W\d_][\w’'-]*)")


def members_follow(text: str, at: int, word: str, words: list[str]) -> bool:
    """``word`` is "các" near a body's head (``words`` read before it) and what it
    gathers follows from ``at``: a plural inside the name."""
    if word != _PLURAL or len(words) > _NEAR_THE_HEAD:
        return False
    syllables: list[str] = []
    for _ in range(_LONGEST_MEMBER):
        match = _SYLLABLE.match(text, at)
        if match is None:
            break
        syllables.append(match.group(1).casefold())
        at = match.end()
        if " ".join(syllables) in _MEMBERS:
            return True
    return False
