"""Whether a span lies inside any of many spans, in logarithmic time: the spans sorted
by start, with the farthest end reached by those starting at or before each; a scan of
every span for every piece is quadratic in a long paragraph."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate


def inside_any(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``start``-``end`` lies inside one of ``spans``."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    farthest = list(accumulate((b for _, b in ordered), max))

    def inside(start: int, end: int) -> bool:
        i = bisect_right(starts, start)
        return bool(i) and farthest[i - 1] >= end

    return inside
