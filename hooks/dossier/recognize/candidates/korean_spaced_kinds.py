"""A Vietnamese province's or city's body, the word for the place's kind set apart from its
name by a space: "카인호아 성 인민위원회" (Khánh Hòa province's people's committee), "꽝아이 성
인민위원회". The kind's word alone before the body ("관계자, 성 인민위원회 사무국": the
province's, whichever the story is in) opens no name. A city's district numbered as
Vietnam's cities number theirs opens with its number ("4군 인민위원회": Quận 4's); a
province's or a city's council is named by its place, a space apart ("응에안성 의회")."""

from __future__ import annotations

from dossier.recognize.candidates.korean_localities import names_a_place
from dossier.recognize.candidates.korean_words import adjacent
from dossier.recognize.candidates.morphemes import reads_as_foreign

# 성 (province), 시 (city), 현 (district): a word of their own before the body
KIND_WORDS = frozenset(("성", "시", "현"))
COUNCIL = "의회"
_DIGITS = "0123456789"


def kind_opening(words: list[tuple[str, int, int]], kind: int) -> int | None:
    """The index of the place's name before the kind's word ``words[kind]``, or None when
    that is no kind's word or no place's name stands right before it."""
    if words[kind][0] not in KIND_WORDS or kind == 0:
        return None
    if not adjacent(words, kind - 1, kind):
        return None
    place = words[kind - 1][0]
    return kind - 1 if names_a_place(place) or reads_as_foreign(place) else None


def lone_kind(words: list[tuple[str, int, int]], kind: int) -> bool:
    """``words[kind]`` is a kind's word with no place's name before it."""
    return words[kind][0] in KIND_WORDS and kind_opening(words, kind) is None


def numbered_start(text: str, start: int) -> int:
    """Where the word at ``start`` opens with the number before it: "4군" (district 4)."""
    while start and text[start - 1] in _DIGITS:
        start -= 1
    return start
