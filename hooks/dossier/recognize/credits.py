"""A city in a Korean wire's dateline credit is where the story was filed, not a mention.

Korean papers open (or close) a story with the place and the outlet joined by ``=`` in
brackets: "(서울=연합뉴스)", "【하노이＝가나일보】", or the outlet first with the reporter
after a comma: "[인사이드비나=하노이, 홍길동 기자]". The cleaner takes most of them off;
one left in a paragraph names no place the story is about. Only a few characters either
side of the name are read.
"""

from __future__ import annotations

import re

_OPEN = "([【〔"
_EQUALS = "=＝"
_AFTER_OUTLET = ",)]】〕"
_MOST_OUTLET = 20  # characters of an outlet's name between the bracket and "="
_PLACE_THEN_OUTLET = re.compile(r"[ \t]*[=＝]")


def in_credit(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is a dateline credit's: right after an
    opening bracket and before ``=`` ("(서울=…"), or right after ``=`` that follows an
    outlet's name in brackets, and before a comma or the closing bracket ("[…=하노이, …")."""
    before = text[max(0, start - _MOST_OUTLET - 2) : start].rstrip(" \t")
    if before[-1:] in _OPEN:
        return _PLACE_THEN_OUTLET.match(text, end) is not None
    if before[-1:] not in _EQUALS:
        return False
    opened = max(before.rfind(mark) for mark in _OPEN)
    outlet = before[opened + 1 : -1]
    return (
        opened >= 0
        and outlet.strip() != ""
        and not any(mark in outlet for mark in "\n=)]】〕")
        and text[end : end + 1] in _AFTER_OUTLET
    )
