"""Vietnamese agreements that give their short form in brackets inside the name, before
its topic: "Biên bản ghi nhớ (MOU) về hợp tác quốc phòng", "ký Thỏa thuận (MOU) giữa
Trường Đại học A và Đại sứ quán B". The brackets cut the run the head noun opens, so
the finder read the head alone, or a scrap of it ("Ghi"); here the head, its brackets
and the topic after them ("về …", on; "giữa … và …", between) are one name. Counted
ones ("15 thỏa thuận (MOU)", "nhiều …") are many agreements, no name."""

from __future__ import annotations

import re
from collections.abc import Set

from dossier.recognize.candidates.vietnamese_heads import NOUN_AFTER

_HEADS = ("biên bản ghi nhớ", "bản ghi nhớ", "thỏa thuận", "thoả thuận", "hiệp định")
# a word: letters, with an apostrophe or a hyphen inside it ("Hàn", "Kiến’s")
WORD = r"[^\W\d_][\w’'-]*"
MAX_WORDS = 16  # "về"/"giữa" and the words after it read at most
# the head (any case), a short form of capitals ("MOU", "MoU", "FTA"), then "về" or
# "giữa" and up to fifteen words; no quantifier nests over more than one word
_BRACKETED = re.compile(
    r"(?<![\w])(?P<head>(?i:"
    + "|".join(h.replace(" ", r"[ \t]+") for h in _HEADS)
    + r"))[ \t]*\([ \t]*[A-Z][A-Za-z]{1,5}[ \t]*\)[ \t]+"
    + rf"(?P<topic>(?P<link>về|giữa)(?:[ \t]+{WORD}){{1,{MAX_WORDS - 1}}})"
)
# a number or a word that counts before the head: many agreements
_COUNTED = re.compile(
    r"(?<![\w])(?:\d+|(?i:các|nhiều|những|mấy|hàng|loạt|hai|ba|bốn|năm|sáu|bảy|tám"
    r"|chín|mười))[ \t]+$"
)
# a phase ("giai đoạn hai") ends a topic, beside the clause's stops
_PHASE = frozenset(["giai"])
# a party placed by "tại" (at) is a mission's or a branch's: "Tổng lãnh sự quán Lào
# tại Busan"; after any other party "tại" gives where the agreement was signed
_PLACED = ("sự quán", "sứ quán", "nhánh", "đại diện")
MIN_TOPIC = 2  # "về" and one word at least


def _size(
    words: list[re.Match[str]], topic: str, between: bool, stops: Set[str]
) -> int:
    """How many of ``words`` (from "về"/"giữa" on) the name keeps: up to a stop;
    "và" goes on between two lower-case topic words, or between two parties."""
    party = 0  # where the current party starts
    for i, word in enumerate(words[1:], 1):
        text = word.group()
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        if text == "và":
            if between or (nxt.islower() and nxt not in stops):
                party = i + 1
                continue
            return i
        if between and text == "tại":
            if any(p in topic[words[party].start() : word.start()] for p in _PLACED):
                continue
            return i
        if between and text == "của":
            continue
        if NOUN_AFTER.get(text) == words[i - 1].group().casefold():
            continue  # "bán dẫn": semiconductors, no verb
        if i > 1 and (text in stops or text in _PHASE):  # "về trao đổi …": a topic
            return i
    return len(words) if len(words) < MAX_WORDS else 0  # no end within reach: none


def bracketed_agreements(text: str, stops: Set[str]) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each agreement whose short form stands in brackets
    between its head and its topic; ``stops`` are the words a clause goes on with after
    a name (particles, verbs, times)."""
    found = []
    for match in _BRACKETED.finditer(text):
        if _COUNTED.search(text, max(0, match.start() - 12), match.start()):
            continue
        between = match["link"] == "giữa"
        words = list(re.finditer(WORD, match["topic"]))
        size = _size(words, match["topic"], between, stops)
        if between:  # the parties are named: the last of them ends on a capital
            while size > 1 and not words[size - 1].group()[0].isupper():
                size -= 1
            if not any(w.group() == "và" for w in words[:size]):
                continue  # one party: the line broke off ("… giữa SM")
        if size < MIN_TOPIC:
            continue
        end = match.start("topic") + words[size - 1].end()
        found.append((text[match.start() : end], "agreements", match.start(), end))
    return found
