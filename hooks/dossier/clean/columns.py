"""The columns a line takes in a fixed-width font, where a wrapper measures it: a Hangul or
CJK character ("wide" or "fullwidth" in Unicode's East Asian Width) takes two ("베트남" is
six columns wide, "Hanoi" five). Every line of every build is measured, so the wide
characters are counted by one expression built once from ``unicodedata``."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


@cache
def _wide_bmp() -> re.Pattern[str]:
    """Every wide character of the Basic Multilingual Plane, as a class of ranges."""
    ranges: list[str] = []
    start = None
    for code in range(0x10001):
        wide = code < 0x10000 and _is_wide(chr(code))
        if wide and start is None:
            start = code
        elif not wide and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]")


def columns(text: str) -> int:
    if text.isascii():
        return len(text)
    wide = len(_wide_bmp().findall(text))
    if _ASTRAL.search(
        text
    ):  # a character past the plane: a rare emoji or CJK extension
        wide += sum(1 for char in _ASTRAL.findall(text) if _is_wide(char))
    return len(text) + wide
