"""Items of a list: story text however short. A subheading stands alone between
paragraphs; an item stands in a run of items marked alike ("1. …", "2. …" or "- …", "- …")
or under a bullet of its own ("• Smart economy")."""

from __future__ import annotations

import re

from dossier.clean.units import Unit

# "- ", "• ", "→ ": the marks that lead a list's items at a page's foot as in a story
BULLETS = ("- ", "• ", "→ ", "* ", "· ")
# words from which a line reads as a paragraph, not an item or a label
PARAGRAPH_WORDS = 14

_BULLETED = re.compile(r"[•◦●]\s+\S")
# "1. Tổng hội Người Việt", "2) …": an item's number; "- Hiệp hội …", "+ …": its dash
_NUMBERED = re.compile(r"(?P<number>\d{1,2})[.)]\s+\S")
_DASHED = re.compile(r"(?P<dash>[-–+])\s+\S")
# "✅ …", "✔ …", "◆ …", "➤ …": a sign of any kind leading each item of a run, as a dash
# does ("✅ 베트남, 글로벌 공급망에서 …", "✅ AI, 반도체 …"); not a note's mark ("※",
# "*"), a quote, a bracket or a stop
_SIGNED = re.compile(
    r"(?P<sign>[^\w\s\"'“”‘’«»()\[\]{}<>【】「」『』〈〉《》.,:;!?#@&%*/\\|※])\s+\S"
)


def no_caption_mark(text: str) -> bool:
    """A bullet, a number or a dash: a list's mark no picture's caption opens with, so
    an item of a run it leads is no caption; a sign such as "📸" or "▲" may lead each of
    a run of captions."""
    return any(mark.match(text) for mark in (_BULLETED, _NUMBERED, _DASHED))


def _mark(text: str) -> int | str | None:
    """The item's number, or its dash, or None for a unit no list marks."""
    if numbered := _NUMBERED.match(text):
        return int(numbered["number"])
    if dashed := _DASHED.match(text):
        return dashed["dash"]
    if signed := _SIGNED.match(text):
        return signed["sign"]
    return None


# the marks of a list's levels, as Korean releases nest them: "○ (서비스) …" over "- 한국
# 기업이 …" and "· (3년) …"; an item of one level stands beside an item of another ("□ …"
# marks a section's heading over them, no item)
_LEVELS = frozenset("○◦-–+·•▪")


def _in_turn(before: int | str | None, after: int | str | None) -> bool:
    """Two items of one list, one after the other: numbered in turn, dashed or signed
    alike, or marked as two levels of one list (``_LEVELS``)."""
    if isinstance(before, int) and isinstance(after, int):
        return after == before + 1
    if isinstance(before, str) and isinstance(after, str):
        return before == after or (before in _LEVELS and after in _LEVELS)
    return False


def in_turn(before: str, after: str) -> bool:
    """Two lines marked as items of one list, one after the other."""
    return _in_turn(_mark(before), _mark(after))


def is_list_item(units: list[Unit], index: int, told: bool) -> bool:
    """The unit at ``index`` is an item of a list: bulleted, or, once the story has
    begun (``told``), one of a run of units numbered in turn or dashed alike (above the
    story, lines led by dashes are a Korean page's decks)."""
    text = units[index].text
    if _BULLETED.match(text):
        return True
    mark = _mark(text) if told else None
    if mark is None:
        return False
    before = _mark(units[index - 1].text) if index else None
    after = _mark(units[index + 1].text) if index + 1 < len(units) else None
    return _in_turn(before, mark) or _in_turn(mark, after)
