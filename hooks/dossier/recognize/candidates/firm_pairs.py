"""A short name, then a firm's registered name, joined by a lower-case "and": "a joint
venture between Daegun and Ngoc Phu Trade And Construction Co., Ltd.", "HD Hyundai and
Vietnam Shipbuilding Industry Corporation". A firm's name is written in title case, its
own "And" capitalised with the rest ("Trade And Construction"); the "and" in lower case
after a bare name (no head noun, no common word: a brand) is the story's, and the firm's
name after it ends in its legal form.
"""

from __future__ import annotations

from dossier.recognize.candidates.lexicon import Lexicon
from dossier.recognize.tokens import Word

# the legal form a firm's registered name ends in
LEGAL_FORMS = frozenset(
    {"co", "ltd", "corp", "corporation", "inc", "jsc", "company", "llc", "plc"}
    | {"limited", "incorporated"}
)
MAX_BRAND_WORDS = 3  # "Daegun", "HD Hyundai", "Tan Hiep Phat"
MIN_FIRM_WORDS = 2  # words after "and": the firm's own two, then its legal form


def brand_then_firm(words: list[Word], index: int, lex: Lexicon) -> bool:
    """Whether the "and" at ``index`` parts a brand (the words before it) from a firm's
    registered name (the words after it): not "Science and Technology Corporation"
    (common words), "Kim and Chang Co." (one word before the legal form), "Samil Trade
    and Investment JSC". (A few words on either side are read, whatever the run's
    length: a run of thousands of "and" is read in one pass.)"""
    if words[index].text != "and" or words[-1].key not in LEGAL_FORMS:
        return False
    if not 1 <= index <= MAX_BRAND_WORDS or len(words) - index - 1 <= MIN_FIRM_WORDS:
        return False
    heads = lex.inside["organizations"]
    if not all(
        w.capitalised and w.key not in lex.plain and w.key not in heads
        for w in words[:index]
    ):
        return False
    first, second = words[index + 1], words[index + 2]
    if not first.capitalised or first.key in heads or first.key in lex.common:
        return False
    if first.key in lex.stop or first.key in lex.titles:
        return False
    # the firm's own words before its legal form, two or more: "Vietnam Shipbuilding"
    return second.key not in LEGAL_FORMS
