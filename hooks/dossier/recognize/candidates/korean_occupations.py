"""A Korean person named after their occupation, as papers introduce writers, singers and
actors: "가수 한사라", "번역가 김주영이", "탤런트 이영애가"."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    SURNAMES,
    Named,
    adjacent,
    stem,
    words_of,
)
from dossier.recognize.candidates.morphemes import is_name_alone

# occupations written before a name (not a post: "위원장 김…" opens a list's next item
# as often as it names the one after it)
OCCUPATIONS = frozenset(words_of("가수 배우 탤런트 작가 번역가 소설가"))
KOREAN_NAME = 3  # syllables: a surname and a given name of two


def after_occupation(words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "leaders", start, end) of each name of three syllables, a surname first,
    right after an occupation, that the model of Korean reads alone as a name ("배우
    지망생이": an aspiring actor, no name)."""
    for i in range(1, len(words)):
        name, start, _ = words[i]
        name = stem(name)  # "이영애가", "김주영이"
        if (
            words[i - 1][0] in OCCUPATIONS
            and adjacent(words, i - 1, i)
            and len(name) == KOREAN_NAME
            and name[0] in SURNAMES
            and is_name_alone(name)
        ):
            yield name, "leaders", start, start + len(name)
