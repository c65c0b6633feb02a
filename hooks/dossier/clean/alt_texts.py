"""A picture's alt text over its caption, the caption's words with every mark stripped:
"Phó Chủ tịch X tại lễ ký ngày 151 ẢnhABC Kim Min-su minsu12abcpresscom" over "Phó Chủ
tịch X tại lễ ký ngày 15/1. [Ảnh=ABC Kim Min-su, minsu12@abcpress.com]". Letters and
figures the same, in the same order, is the same line printed twice."""

from __future__ import annotations

import re

from dossier.text import fold

_MARKS = re.compile(r"[\W_]+")
MIN_ALT_CHARS = 20  # letters and figures: no short label's
# a caption's length, with its credit; longer is a page printed twice
MAX_ALT_WORDS = 60


def skeleton(text: str) -> str:
    """``text``'s letters and figures, folded, nothing between them."""
    return _MARKS.sub("", fold(text))


def stripped_twins(text: str, other: str) -> bool:
    """``text`` and ``other`` the same letters and figures in the same order, one of
    them printed without the other's marks, both a caption's length."""
    if max(len(text.split()), len(other.split())) > MAX_ALT_WORDS:
        return False
    key = skeleton(text)
    return len(key) >= MIN_ALT_CHARS and key == skeleton(other)
