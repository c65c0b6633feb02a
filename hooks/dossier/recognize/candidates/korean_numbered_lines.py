"""A Korean metro line or a power plant's unit, named by its place or topic, its number and
the counter: "하노이 도시철도 3호선", "닝투언 1호기"; the number alone ("3호선") is any
line, and a unit after common nouns any plant's or none ("공군 1호기": a plane)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.recognize.candidates.korean_topics import topic_start
from dossier.recognize.candidates.morphemes import is_common_nouns

# "3호선", "2호기": the number glued to the counter, a space before, no Hangul word going on
# after but a particle ("3호선을", "1호기 사업")
_NUMBERED = re.compile(
    r"(?<=\s)(?P<number>\d{1,2})(?P<counter>호선|호기)(?![가-힣]{2})(?![가-힣](?<![을를이가은는의에과와도]))"
)
COUNTER = "호선"  # the pseudo-word the topic is read before
# a unit is a plant's only after its name, not after common nouns
_UNIT = "호기"


def numbered_lines(
    text: str, words: list[tuple[str, int, int]]
) -> Iterator[tuple[str, str, int, int]]:
    """(name, type, start, end) of the metro lines and plant units of ``words``."""
    for match in _NUMBERED.finditer(text):
        at = match.start() - 1  # the space before the number
        j = next((k for k in range(len(words) - 1, -1, -1) if words[k][2] <= at), None)
        if j is None or words[j][2] != at:
            continue
        pseudo = (COUNTER, at + 1, at + 1 + len(COUNTER))
        first = topic_start([*words[: j + 1], pseudo], j + 1)
        if first > j:
            continue  # "이번 3호선": no place or topic says whose
        if match["counter"] == _UNIT and is_common_nouns(
            text, words[first][1], words[j][2]
        ):
            continue  # "공군 1호기" (the air force's first plane), "화력발전소 1호기"
        yield (
            text[words[first][1] : match.end()],
            "initiatives",
            words[first][1],
            match.end(),
        )
