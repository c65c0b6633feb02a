"""A currency written after an amount: "20.000 tỷ Won", "90,000 Won/day", "1.3 trillion
South Korean Won", "1,700,000 Vietnamese Dong" are sums of money, not names.

A name is taken for a currency only if its last word is one ("Won", "Vietnamese Dong")
and every sighting follows an amount: a number with a thousands' mark or a decimal
("90,000", "20.000", "1.3") or a number and a word for its scale ("20 tỷ", "6 million").
A count before a name ("12,000 Vietnam Airlines passengers"), a date ("Ngày 15.3 Bộ …")
or a sum with its currency ("a $500 million … Fund") leave the name after it whole.
"""

from __future__ import annotations

import re

from dossier.model import Candidate

_CURRENCIES = frozenset(
    ("won", "dong", "đồng", "yen", "yuan", "dollar", "dollars", "euro", "euros")
    + ("usd", "vnd", "krw", "baht")
)
_SCALE = r"(?:tỷ|triệu|nghìn|ngàn|billion|million|trillion|thousand|bn)"
_AMOUNT_BEFORE = re.compile(
    rf"(?<![\w.,])(?:\d{{1,3}}(?:[.,]\d{{3}})+(?:[.,]\d+)?|\d+[.,]\d+|\d+\s+{_SCALE})"
    rf"(?:\s+{_SCALE})?\s+$",
    re.IGNORECASE,
)
# How far before a sighting its amount is sought: "1,450,000,000 nghìn tỷ " and more
_LOOK_BACK = 60


def after_amounts_only(candidate: Candidate) -> bool:
    """Whether a name ending in a currency's word stands right after an amount at
    every sighting."""
    words = candidate.name.split()
    if not words or words[-1].casefold() not in _CURRENCIES:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(candidate.name)}(?!\w)")
    seen = 0
    for occurrence in candidate.occurrences:
        sentence = occurrence.sentence
        for found in pattern.finditer(sentence):
            before = sentence[max(0, found.start() - _LOOK_BACK) : found.start()]
            if not _AMOUNT_BEFORE.search(before):
                return False
            seen += 1
    return seen > 0
