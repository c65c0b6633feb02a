"""Which language a page or a line is written in, from its words and its script: English
by its commonest words, Vietnamese by its marked letters, Korean by Hangul."""

from __future__ import annotations

import re

HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-zÀ-ỹ]")
# a letter only Vietnamese writes among Latin scripts (its marked vowels, đ)
VIETNAMESE_LETTER = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")

# The commonest English words: a tenth of an English text, none of a Vietnamese headline
_ENGLISH_WORDS = frozenset(
    ("the", "of", "and", "to", "in", "a", "for", "on", "with", "is", "was", "are",
     "said", "that", "by", "from", "at", "as", "has", "have")
)  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]+")
MIN_LANGUAGE_WORDS = 5
SENTENCE_ENDS = (".", "!", "?", "…", '"', "”")
VIETNAMESE_SHARE = 0.6


def is_english_story(text: str) -> bool:
    """The page's words are mostly English: the common English words are a tenth of them."""
    words = _LETTERS.findall(text.casefold())
    return bool(words) and sum(w in _ENGLISH_WORDS for w in words) >= 0.1 * len(words)


def in_vietnamese(text: str) -> bool:
    """Most words carry Vietnamese letters and none is a common English word: "Hải quân
    Việt Nam và Hàn Quốc tăng cường trao đổi đoàn" (an English story's names do not)."""
    words = _LETTERS.findall(text)
    if len(words) < MIN_LANGUAGE_WORDS or text.endswith(SENTENCE_ENDS):
        return False  # a headline's shape: a caption or a sentence ends with a stop
    if any(w.casefold() in _ENGLISH_WORDS for w in words):
        return False
    marked = sum(not w.isascii() for w in words)
    return marked >= VIETNAMESE_SHARE * len(words) and not HANGUL.search(text)


def is_latin_story(text: str) -> bool:
    """The page is written mostly in Latin script (Hangul lines are then page labels)."""
    if not HANGUL.search(text):
        return True
    return len(HANGUL.findall(text)) < 0.2 * max(1, len(LATIN.findall(text)))
