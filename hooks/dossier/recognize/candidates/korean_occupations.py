"""A Korean person named after their occupation, as papers introduce writers, singers and
actors: "가수 한사라", "번역가 김주영이", "탤런트 이영애가"."""

from __future__ import annotations

from collections.abc import Iterator

from dossier.recognize.candidates.korean_words import (
    OCCUPATIONS,
    Named,
    adjacent,
    person_shaped,
    stem,
)
from dossier.recognize.candidates.morphemes import is_name_alone


def after_occupation(words: list[tuple[str, int, int]]) -> Iterator[Named]:
    """(name, "leaders", start, end) of each name of three syllables, a surname first,
    right after an occupation, that the model of Korean reads alone as a name ("배우
    지망생이": an aspiring actor, no name). Occupations only, not posts: "위원장 김…" opens
    a list's next item as often as it names the one after it."""
    for i in range(1, len(words)):
        name, start, _ = words[i]
        name = stem(name)  # "이영애가", "김주영이"
        if (
            words[i - 1][0] in OCCUPATIONS
            and adjacent(words, i - 1, i)
            and person_shaped(name)
            and is_name_alone(name)
        ):
            yield name, "leaders", start, start + len(name)
