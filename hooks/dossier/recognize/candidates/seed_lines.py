"""Where a name stands in the seed as stored: the line of a passage's text, which
cleaning joined from the seed's lines with spaces and cut words off."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from dossier.model import Passage

_WORD = re.compile(r"\S+")  # a word as ``str.split`` cuts it


class PassageLines:
    """The seed lines of one passage whose lines were joined by spaces.

    Counting whitespace-separated words maps the joined text back to the seed's lines,
    as joining changed only the whitespace; ``cut`` counts the words cleaning took off
    each line (all of a dropped line's, a dateline's few). The passage's words and its
    lines' counts are read once, on the first question: each offset is then found by
    bisection, so a long passage of many names costs its length, not its length for
    every name.
    """

    def __init__(
        self, raw_lines: list[str] | None, passage: Passage, cut: dict[int, int]
    ) -> None:
        self._raw_lines = raw_lines
        self._passage = passage
        self._cut = cut
        self._word_starts: list[int] | None = None
        self._ends: list[int] = []  # words counted up to the end of each line …
        self._numbers: list[int] = []  # … and that line's number
        self._blank = passage.line  # the first empty line, else the passage's own

    def _read(self) -> list[int]:
        starts = [m.start() for m in _WORD.finditer(self._passage.text)]
        raw_lines = self._raw_lines or []
        total = 0
        number = self._passage.line
        while number <= len(raw_lines) and total <= len(starts):
            words = len(raw_lines[number - 1].split())
            count = words - self._cut.get(number, 0)
            if words and count > 0:
                total += count
                self._ends.append(total)
                self._numbers.append(number)
            elif not words:
                self._blank = number
                break
            number += 1
        return starts

    def line(self, offset: int) -> int:
        """The seed line holding ``offset`` of the passage's text."""
        if not self._raw_lines:
            return self._passage.line
        if self._word_starts is None:
            self._word_starts = self._read()
        # the words the text up to the offset holds (one cut short by it too)
        before = bisect_left(self._word_starts, offset)
        at = bisect_right(self._ends, before)
        return self._numbers[at] if at < len(self._numbers) else self._blank


def seed_line(
    raw_lines: list[str] | None, passage: Passage, offset: int, cut: dict[int, int]
) -> int:
    """The seed line holding ``offset`` of a passage whose lines were joined by spaces
    (one question; ``PassageLines`` answers many about one passage)."""
    return PassageLines(raw_lines, passage, cut).line(offset)


def words_cut(dropped) -> dict[int, int]:
    """Line number → words cleaning took off it."""
    cut: dict[int, int] = {}
    for line in dropped:
        cut[line.line] = cut.get(line.line, 0) + len(line.text.split())
    return cut
