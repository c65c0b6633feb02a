"""The registered names over a stretch of a sentence, found by bisection in its sorted
spans: a scan of every span for each chain is quadratic in a sentence of thousands of
names ("Seoul, Seoul, …")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate, pairwise


class SpanIndex:
    """``spans`` (start, end) as ``over`` reads them; in order (as a sentence lists
    them), sought by bisection, else read whole."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.ordered = all(a <= b for a, b in pairwise(spans))
        self.starts = [a for a, _ in spans]
        self.reach = list(
            accumulate((b for _, b in spans), max)
        )  # the furthest end yet

    def over(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The spans that overlap ``start``–``end``, in their order, as offsets from
        ``start``."""
        chosen = self.spans
        if self.ordered:  # none before ends after start, none after starts before end
            chosen = chosen[
                bisect_right(self.reach, start) : bisect_left(self.starts, end)
            ]
        return tuple((a - start, b - start) for a, b in chosen if a < end and b > start)


def covering(spans: tuple[tuple[int, int], ...]) -> Callable[[int, int], bool]:
    """Whether one of ``spans`` holds a stretch (``start``–``end``): sought by bisection
    where the spans are in order of their starts (a chain of thousands of names)."""
    starts = [a for a, _ in spans]
    if any(a > b for a, b in pairwise(starts)):
        return lambda start, end: any(a <= start and end <= b for a, b in spans)
    reach = list(accumulate((b for _, b in spans), max))

    def covered(start: int, end: int) -> bool:
        before = bisect_right(starts, start)  # the spans that start by ``start``
        return before > 0 and reach[before - 1] >= end

    return covered


def in_place_of(
    found: list[tuple[str, str, int, int]],
    named: list[tuple[str, str, int, int]],
    kind: str | None = None,
) -> list[tuple[str, str, int, int]]:
    """``found`` with ``named`` (name, type, start, end) in place of the names (of
    ``kind``, where given) read inside one of them: "베트남 국회" of "베트남 국회의사당"."""
    inside = covering(tuple(sorted((a, b) for _, _, a, b in named)))
    kept = [n for n in found if (kind and n[1] != kind) or not inside(n[2], n[3])]
    return kept + named
