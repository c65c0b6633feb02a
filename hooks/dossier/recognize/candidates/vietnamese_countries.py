"""A country's name of two syllables ends a Vietnamese body's name before a syllable in
lower case: "Ngân hàng Công nghiệp Hàn Quốc tài trợ …" (sponsored), "Văn phòng KOICA Việt
Nam làm trưởng đoàn" (led the delegation): the sentence's verb, no word of the name."""

from __future__ import annotations

from dossier.places import is_country
from dossier.recognize.candidates.vietnamese_heads import PLACE_KINDS

# what a name goes on with after its country: studies ("Khoa Hàn Quốc học"), a term
# ("Hội người Việt Nam khóa V"), a seat by its kind ("… Việt Nam - Hàn Quốc tỉnh Đồng Tháp")
_GOES_ON = frozenset(["học", "khóa", "khoá"]) | PLACE_KINDS


def verb_after_country(words: list[str], word: str, keeps: frozenset[str]) -> bool:
    """``word``, in lower case, follows a country's two syllables that end ``words``
    read so far, and is none of ``keeps`` (the words the caller weighs itself: "tại",
    "và") nor a word a name goes on with."""
    return (
        word[:1].islower()
        and word not in keeps
        and word not in _GOES_ON
        and len(words) >= 2
        and is_country(" ".join(words[-2:]))
    )
