"""Text normalisation shared by every stage: NFC, folding, slugs, tokens, sentences."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that are invisible in a browser but break matching and anchors.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Letters that carry no combining mark in NFD, so they must be folded by hand.
_HAND_FOLDED = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i"})
_APOSTROPHES = "'’ʼ"
_TOKEN = re.compile(rf"\w+(?:[{_APOSTROPHES}]\w+)*")
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s$")


def normalize(text: str) -> str:
    """NFC, without invisible characters, with every line ending as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text)


def strip_marks(text: str) -> str:
    """Drop diacritics but keep case: ``Tô Lâm`` → ``To Lam``, ``Đà Nẵng`` → ``Da Nang``.

    Hangul survives: its syllables decompose into jamo (not marks) and recompose.
    """
    if text.isascii():  # nothing to fold: the common case, kept fast
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_HAND_FOLDED))
    return unicodedata.normalize("NFC", decomposed.translate(_MARKS))


class _CombiningMarks(dict):
    """A str.translate table that deletes combining marks, filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_MARKS = _CombiningMarks()


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """The matching key of a text: no diacritics, case-folded (words and lines repeat: folded once)."""
    return strip_marks(text).casefold()


def slugify(name: str) -> str:
    """``Tô Lâm`` → ``to-lam``; ``Ho Chi Minh City`` → ``ho-chi-minh-city``."""
    words = re.findall(r"[a-z0-9]+", re.sub(f"[{_APOSTROPHES}]", "", fold(name)).replace("&", " and "))
    return "-".join(words)


@dataclass(frozen=True)
class Token:
    key: str  # folded, possessive removed
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Word tokens with their spans; ``Seoul’s`` and ``Seoul`` share the key ``seoul``."""
    found = []
    for match in _TOKEN.finditer(text):
        key = _word_key(match.group())
        found.append(Token(key, match.start(), match.end()))
    return found


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """A word's matching key; words repeat across articles, so each is folded once."""
    return _POSSESSIVE.sub("", fold(word))


def name_key(name: str) -> tuple[str, ...]:
    """The token sequence a name is matched by."""
    return tuple(token.key for token in tokens(normalize(name)))


_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "vs", "gen", "lt", "col", "prof", "sen", "rep", "u.s", "jr", "sr"}
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u00C0-\u1EF9\uAC00-\uD7A3])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph; a dot after a known abbreviation does not end one."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start() + 1].split()
        last_word = before[-1].rstrip(".").lower() if before else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in ((a, a + len(text[a:b].rstrip())) for a, b in spans) if b > a]
