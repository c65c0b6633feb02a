"""A site's label read as a name, for a page that names its outlet nowhere and an address
no rule spells better: ``verdict.co.uk`` → "Verdict", ``apparelresources.com`` → "Apparel
Resources", ``baophutho.vn`` → "Bao Phu Tho", ``tcn.vn`` → "TCN". The editor confirms it.

English words are found with ``wordsegment`` (word frequencies of a large English corpus:
"gapping world", not "gap ping world"), and a split is taken only when each word is a
common one; a Vietnamese site's label splits into syllables where it splits one best way.
A Korean page's label is romanised Korean ("gunchinews": 건치신문), never cut into English
words. What does not split stays whole."""

from __future__ import annotations

import re
from functools import cache

from dossier.clean.address_words import best_split, is_syllable

COMMON_RANK = 30_000  # of the corpus's words by frequency: "media", "vine", not "etsu"
MIN_WORD = 3  # letters: "biz", "net"; not "s money", "g captain"
SHORT_WORD = 5  # letters: a word this short must be a common one
MAX_INITIALS = 4  # letters of a short label read as initials: "TCN", "VUFO", "OSEN"
KOREAN_SHARE = 0.3  # of a page's letters, the share of Hangul that makes it Korean
_HANGUL = re.compile("[\uac00-\ud7a3]")
_VOWELS = frozenset("aeiouy")
_LETTER = re.compile(r"[^\W\d_]")


@cache
def _segmenter() -> tuple[object, float]:
    """The English segmenter, loaded once and only when a label needs it (its word
    list takes a moment to read), and the count of its ``COMMON_RANK``-th word."""
    from wordsegment import Segmenter

    segmenter = Segmenter()
    segmenter.load()
    counts = sorted(segmenter.unigrams.values(), reverse=True)
    return segmenter, counts[min(COMMON_RANK, len(counts) - 1)]


def _is_common(word: str) -> bool:
    """A word of the corpus, and a common one when it is short (a chance cut leaves short
    rare pieces: "evert iq", "etsu jin", "bong danet")."""
    segmenter, common = _segmenter()
    count = segmenter.unigrams.get(word, 0)  # type: ignore[attr-defined]
    return len(word) >= MIN_WORD and count >= (common if len(word) <= SHORT_WORD else 1)


def _english_words(part: str) -> list[str] | None:
    """``part`` in common English words (a word with digits in it too: "7m sport news")."""
    segmenter, _ = _segmenter()
    words = segmenter.segment(part)  # type: ignore[attr-defined]
    if len(words) < 2 or "".join(words) != part:
        return None
    if all(any(c.isdigit() for c in w) or _is_common(w) for w in words):
        return words
    return None


def _syllables(part: str) -> list[str] | None:
    """``part`` in Vietnamese syllables, a common English word among them counting as two
    pieces ("ha noi online", not "ha noi on li ne"), where it splits one best way."""

    def cost(piece: str) -> tuple[int, int] | None:
        if is_syllable(piece) and (len(piece) >= MIN_WORD or piece[0] not in _VOWELS):
            return 0, 0  # (a vowel and a final alone, "ip", "ac", is too weak a cut)
        return (1, 0) if _is_common(piece) else None

    split = best_split(part, cost)
    return (
        split
        if split and len(split) > 1 and any(cost(p) == (0, 0) for p in split)
        else None
    )


def is_korean(text: str) -> bool:
    letters = len(_LETTER.findall(text))
    return bool(letters) and len(_HANGUL.findall(text)) >= KOREAN_SHARE * letters


def label_name(label: str, vietnamese: bool, korean: bool) -> str:
    """``label`` (a site's own part of its address, "apparelresources", "oled-info") as a
    name: each hyphened part in Vietnamese syllables on a Vietnamese site, else in
    common English words unless the page is in Korean, else whole; a short label alone,
    or a word with no vowel, in capitals."""
    parts = [part for part in label.split("-") if part]
    if len(parts) == 1 and len(label) <= MAX_INITIALS and label.isalpha():
        return label.upper()
    words: list[str] = []
    for part in parts:
        split = (
            (vietnamese and _syllables(part))
            or (not korean and part.isascii() and _english_words(part))
            or [part]
        )
        words.extend(split)
    return " ".join(_cased(word) for word in words)


def _cased(word: str) -> str:
    """A word capitalised, or in capitals when it has no vowel ("LNG Prime")."""
    if word.isalpha() and not _VOWELS.intersection(word):
        return word.upper()
    return word[:1].upper() + word[1:]
