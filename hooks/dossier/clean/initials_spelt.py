"""A name's initials spelt out as the text writes the name in full before them in
brackets: "Trường Đại học Thương mại (TMU)" for "TMU"."""

from __future__ import annotations

import re


def capitalised(word: str) -> bool:
    """A word written as a name's is: a capital or a figure first."""
    return word[0].isupper() or word[0].isdigit()


# the small words inside an English name: "University of Economics and Finance"
CONNECTORS = frozenset(["of", "and", "for", "the", "on", "in", "de", "&"])
MAX_SPELT_OUT = 12  # words


def spelt_out(initials: str, text: str) -> str:
    """The name ``initials`` stand for where the text gives it before them in brackets
    ("Trường Đại học Thương mại (TMU)"), else the initials. The name runs back from the
    bracket over capitalised words, the small words of an English name between them, and
    the lower-case syllables of a Vietnamese name after a capitalised one."""
    bracket = text.find(f"({initials})")
    if bracket < 0:
        return initials
    head = max(0, bracket - 300)
    words = list(re.finditer(r"[\w'’&.-]+", text[head:bracket]))
    taken: list[re.Match[str]] = []
    for i in range(len(words) - 1, max(-1, len(words) - 1 - MAX_SPELT_OUT), -1):
        word = words[i].group()
        gap_end = head + taken[0].start() if taken else bracket
        gap = text[head + words[i].end() : gap_end]
        if gap.strip() or word.endswith("."):
            break  # "January 31, 2024, the …": punctuation ends the name
        before = words[i - 1].group() if i else ""
        if not (
            capitalised(word)
            or (word in CONNECTORS and before and capitalised(before))
            or (before and capitalised(before) and not word.isascii())
        ):
            break
        taken.insert(0, words[i])
    while taken and not capitalised(taken[0].group()):
        taken.pop(0)
    if len(taken) < 2:
        return initials
    return text[head + taken[0].start() : head + taken[-1].end()]
