"""The capitalised pieces of a sentence that are scraps of a name found in lower case
("Vietnam-Korea Extended Investment" of "… Investment forum")."""

from __future__ import annotations

from typing import Protocol, TypeVar


class _Piece(Protocol):
    start: int
    end: int


P = TypeVar("P", bound=_Piece)


def without_scraps(
    text: str, at: int, pieces: list[P], lower: list[tuple[str, str, int, int]]
) -> list[P]:
    """The pieces that are neither a name's opening words (starting where it starts,
    ending before its end) nor its tail after one word ("Cover Dance Contest" of "K-pop
    Cover Dance Contest"); ``lower`` holds offsets from ``at``. The names are looked up
    by where they start and end: a long sentence may hold thousands of both."""
    longest: dict[int, int] = {}
    starts: dict[int, set[int]] = {}
    for _, _, start, end in lower:
        longest[at + start] = max(longest.get(at + start, 0), at + end)
        starts.setdefault(at + end, set()).add(at + start)
    return [
        p
        for p in pieces
        if p.end >= longest.get(p.start, 0)
        and not any(
            start < p.start and len(text[start : p.start].split()) == 1
            for start in starts.get(p.end, ())
        )
    ]
