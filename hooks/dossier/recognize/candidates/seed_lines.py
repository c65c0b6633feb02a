"""Where a name stands in the seed as stored: the line of a passage's text, which
cleaning joined from the seed's lines with spaces and cut words off."""

from __future__ import annotations

from dossier.model import Passage


def seed_line(
    raw_lines: list[str] | None, passage: Passage, offset: int, cut: dict[int, int]
) -> int:
    """The seed line holding ``offset`` of a passage whose lines were joined by spaces.

    Counting whitespace-separated words maps the joined text back to the seed's lines,
    as joining changed only the whitespace; ``cut`` counts the words cleaning took off
    each line (all of a dropped line's, a dateline's few).
    """
    if not raw_lines:
        return passage.line
    remaining = len(passage.text[:offset].split())
    number = passage.line
    while number <= len(raw_lines):
        words = len(raw_lines[number - 1].split())
        count = words - cut.get(number, 0)
        if words and count > 0:
            if remaining < count:
                return number
            remaining -= count
        elif not words:
            return number
        number += 1
    return passage.line


def words_cut(dropped) -> dict[int, int]:
    """Line number → words cleaning took off it."""
    cut: dict[int, int] = {}
    for line in dropped:
        cut[line.line] = cut.get(line.line, 0) + len(line.text.split())
    return cut
