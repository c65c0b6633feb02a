"""A currency written after an amount: "20.000 tỷ Won", "90,000 Won/day", "1.3 trillion
South Korean Won", "1,700,000 Vietnamese Dong" are sums of money, not names.

An amount is a number with a thousands' mark or a decimal ("90,000", "20.000", "1.3")
or a number and a word for its scale ("20 tỷ", "6 million"); a bare number ("in 2023
Hanbit …", "300 Hanbit drivers") is a year or a count, before which a name may stand.
"""

from __future__ import annotations

import re

from dossier.model import Candidate

_AMOUNT_BEFORE = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+[.,]\d+"
    r"|\d+\s+(?:tỷ|triệu|nghìn|ngàn|billion|million|trillion|thousand|bn))"
    r"(?:\s+(?:tỷ|triệu|nghìn|ngàn|billion|million|trillion|thousand|bn))?\s+$",
    re.IGNORECASE,
)


def after_amounts_only(candidate: Candidate) -> bool:
    """Whether every sighting of a name stands right after an amount."""
    pattern = re.compile(rf"(?<!\w){re.escape(candidate.name)}(?!\w)")
    seen = 0
    for occurrence in candidate.occurrences:
        for found in pattern.finditer(occurrence.sentence):
            if not _AMOUNT_BEFORE.search(occurrence.sentence[: found.start()]):
                return False
            seen += 1
    return seen > 0
