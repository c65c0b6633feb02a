"""Vietnamese agreements that give their short form in brackets inside the name, before
its topic: "Biên bản ghi nhớ (MOU) về hợp tác quốc phòng", "ký Thỏa thuận (MOU) giữa
Trường Đại học A và Đại sứ quán B". The brackets cut the run the head noun opens, so
the finder read the head alone, or a scrap of it ("Ghi"); here the head, its brackets
and the topic after them ("về …", on; "giữa … và …", between) are one name."""

from __future__ import annotations

import re

_HEADS = ("biên bản ghi nhớ", "bản ghi nhớ", "thỏa thuận", "thoả thuận", "hiệp định")
_WORD = r"[^\W\d_][\w’'-]*"
# the head (any case), a short form of capitals ("MOU", "MoU", "FTA"), then "về" or
# "giữa" and up to twelve words; no quantifier nests over more than one word
_BRACKETED = re.compile(
    r"(?<![\w])(?P<head>(?i:"
    + "|".join(h.replace(" ", r"[ \t]+") for h in _HEADS)
    + r"))[ \t]*\([ \t]*[A-Z][A-Za-z]{1,5}[ \t]*\)[ \t]+"
    + rf"(?P<topic>(?P<link>về|giữa)(?:[ \t]+{_WORD}){{1,12}})"
)
# words that end a topic "về …" (on): a clause or another name goes on after them
_ENDS_ON_WORDS = """mà nhằm và với của đã sẽ được vào tại giữa năm trong cho từ để là có
    theo nhưng khi sau trước đến này các những"""
_ENDS_ON = frozenset(_ENDS_ON_WORDS.split())
# between whom ("giữa"): the parties, joined by "và" and placed by "tại", end it
_ENDS_BETWEEN = _ENDS_ON - {"và", "tại", "của"}
MIN_TOPIC = 2  # "về" and one word at least


def bracketed_agreements(text: str) -> list[tuple[str, str, int, int]]:
    """(name, type, start, end) of each agreement whose short form stands in brackets
    between its head and its topic."""
    found = []
    for match in _BRACKETED.finditer(text):
        between = match["link"] == "giữa"
        ends = _ENDS_BETWEEN if between else _ENDS_ON
        words = list(re.finditer(_WORD, match["topic"]))
        size = next(
            (i for i, w in enumerate(words) if i and w.group() in ends), len(words)
        )
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
