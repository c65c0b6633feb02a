"""Text normalisation shared by every stage: NFC, folding, slugs, tokens, sentences."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate
from operator import add, sub
from typing import NamedTuple

from anyascii import anyascii

# Characters that are invisible in a browser but break matching and anchors.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Letters that carry no combining mark in NFD, so they must be folded by hand.
_HAND_FOLDED = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ð": "d",  # the eth: how text from an old Vietnamese encoding writes Đ ("Ðà Lạt")
        "Ð": "D",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
    }
)
_HAND_FOLDED_PAIRS = tuple(
    (chr(letter), folded) for letter, folded in _HAND_FOLDED.items()
)
# The capital letters of the Latin scripts these articles use, for a character class: the
# range "À-Ỹ" alone also takes every small letter between (đ, ạ, ả …), since Unicode sets
# the Vietnamese capitals and small letters in turn.
CAPITALS = "A-Z" + "".join(
    c for c in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if c.isupper()
)
_APOSTROPHES = "'’ʼ"
# A word's letters and digits; the Hangul letter ㆍ written as a middle dot between two
# words ("포괄적ㆍ전략적", "서울ㆍ하노이") separates them, as "·" does.
_LETTER = r"[^\W\u318d]"
_TOKEN = re.compile(rf"{_LETTER}+(?:[{_APOSTROPHES}]{_LETTER}+)*")
_GAP_AND_TOKEN = re.compile(
    rf"([\W\u318d]*)({_TOKEN.pattern})"
)  # what finditer skips before a token, and the token
_POSSESSIVE = re.compile(rf"[{_APOSTROPHES}]s$")
_TRAILING_MARKS = re.compile(r"[\W\u318d]*")  # read on the reversed text


def normalize(text: str) -> str:
    """NFC, without invisible characters, with every line ending as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for invisible in _INVISIBLE:  # str.replace, not str.translate: a dict look-up per character is many times slower
        if invisible in text:
            text = text.replace(invisible, "")
    return unicodedata.normalize("NFC", text)


def strip_marks(text: str) -> str:
    """Drop diacritics but keep case: ``Tô Lâm`` → ``To Lam``, ``Đà Nẵng`` → ``Da Nang``.

    Hangul survives: its syllables decompose into jamo (not marks) and recompose.
    """
    if text.isascii():  # nothing to fold: the common case, kept fast
        return text
    for (
        letter,
        folded,
    ) in _HAND_FOLDED_PAIRS:  # as in normalize: replace is quicker than translate
        if letter in text:
            text = text.replace(letter, folded)
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", decomposed.translate(_MARKS))


class _CombiningMarks(dict):
    """A str.translate table that deletes combining marks, filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_MARKS = _CombiningMarks()


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A pattern matching any of ``phrases``, the longest first so that none stops short
    inside a longer one, a space in a phrase matching any run of spaces: "lễ hội|dự án"."""
    escaped = (re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return "|".join(sorted(escaped, key=len, reverse=True))


def words_of(text: str) -> tuple[str, ...]:
    """The words of a word list written as one line of text: ``words_of("www en news")``."""
    return tuple(text.split())


def overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern`` in ``text``, each looked for from one character after
    the last one's start, so that a match does not hide one that opens inside it."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        yield match
        at = match.start() + 1


def opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence (the text's or a line's first, or after a
    full stop, a question or a colon; quotes and brackets before it set aside)."""
    before = text[max(0, at - 40) : at].rstrip(" \t\"“‘'([")  # the last few characters
    return not before or before[-1] in ".!?:\n"


# where a text may be cut and its folded start stay the same: before a space or an ASCII
# character (a starter, and no character before it composes with it)
_CUT = re.compile(r"[\x00-\x7f\s]")


def folded_start(text: str, prefixes: tuple[str, ...]) -> bool:
    """Whether ``strip_marks(text).casefold().strip()`` starts with one of ``prefixes``,
    read from the text's first characters only (every name before a comma in a sentence
    of thousands of words asks it of the sentence's rest): cut before a space or an
    ASCII character past twice the longest prefix, the cut's folded start is the whole
    text's once it holds more than the longest prefix."""
    longest = _longest(prefixes)
    cut = _CUT.search(text, 2 * longest + 8, 2 * longest + 264)
    if cut is not None:
        head = strip_marks(text[: cut.start()]).casefold().strip()
        if len(head) > longest:
            return head.startswith(prefixes)
    return strip_marks(text).casefold().strip().startswith(prefixes)


@lru_cache(maxsize=64)
def _longest(prefixes: tuple[str, ...]) -> int:
    return max(map(len, prefixes), default=0)


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """The matching key of a text: no diacritics, case-folded (words and lines repeat: folded once)."""
    return strip_marks(text).casefold()


def slugify(name: str) -> str:
    """``Tô Lâm`` → ``to-lam``; ``Ho Chi Minh City`` → ``ho-chi-minh-city``; a name in a
    script with no Latin letters is spelt out in them first (``피멕스베트남`` →
    ``pimegseubeteunam``), so no page's address is left empty."""
    folded = fold(name)
    if not folded.isascii():
        folded = anyascii(folded).lower()
    words = re.findall(
        r"[a-z0-9]+", re.sub(f"[{_APOSTROPHES}]", "", folded).replace("&", " and ")
    )
    return "-".join(words)


class Token(NamedTuple):
    """A word token (a tuple: every word of every article is one, so each must be cheap to make)."""

    key: str  # folded, possessive removed
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """Word tokens with their spans; ``Seoul’s`` and ``Seoul`` share the key ``seoul``."""
    return list(map(Token._make, zip(*token_spans(text), strict=True)))


def token_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """The keys, starts and ends of the word tokens: ``tokens`` as three lists, much quicker to make
    for a whole article (no match object per word; the spans add up the lengths read, in C)."""
    # read up to the last word's end: a run of marks after it (50,000 brackets) would
    # be tried again from each of its characters
    tail = _TRAILING_MARKS.match(text[::-1])
    pairs = _GAP_AND_TOKEN.findall(text, 0, len(text) - tail.end())
    if not pairs:
        return [], [], []
    gaps, words = zip(*pairs, strict=True)
    lengths = list(map(len, words))
    ends = list(accumulate(map(add, map(len, gaps), lengths)))
    return list(map(_word_key, words)), list(map(sub, ends, lengths)), ends


def without_possessive(word: str) -> str:
    """``HCMC’s`` → ``HCMC``: a word as written, less a possessive ``’s``."""
    return _POSSESSIVE.sub("", word)


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    """A word's matching key; words repeat across articles, so each is folded once."""
    return _POSSESSIVE.sub("", fold(word))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, ...]:
    """The token sequence a name is matched by (names recur: each is read once)."""
    return tuple(token.key for token in tokens(normalize(name)))


def glue_keys(left: str, right: str) -> str:
    """Two folded words as one key: letters run together, numbers keep a space."""
    if left[-1:].isalpha() and right[:1].isalpha():
        return left + right
    return f"{left} {right}"


def joined_key(key: tuple[str, ...]) -> str:
    """A name's words as one matching key (``("ha", "noi")`` → ``"hanoi"``)."""
    joined = key[0] if key else ""
    for word in key[1:]:
        joined = glue_keys(joined, word)
    return joined


ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "vs",
    "gen",
    "lt",
    "col",
    "prof",
    "sen",
    "rep",
    "u.s",
    "jr",
    "sr",
    # Vietnamese: "TP." (thành phố, city), "TX." (thị xã, town), "GS." / "PGS." / "TS." /
    # "ThS." (professor, associate professor, doctor, master) before a name
    "tp",
    "tx",
    "gs",
    "pgs",
    "ts",
    "ths",
}
_SENTENCE_END = re.compile(
    r"[.!?…][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9\u00C0-\u1EF9\uAC00-\uD7A3])"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph; a dot after a known abbreviation does not end one."""
    return list(_sentences(text))


@lru_cache(
    maxsize=1 << 15
)  # the candidate finder and the entity pages' quotes split the same paragraphs
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        # the last word before the stop: a window of the text, not all of it since the
        # sentence began (a run of skipped abbreviations would make that quadratic)
        before = text[max(start, match.start() - 63) : match.start() + 1].split()
        last_word = before[-1].rstrip(".").lower() if before else ""
        if last_word in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(
        (a, b) for a, b in ((a, a + len(text[a:b].rstrip())) for a, b in spans) if b > a
    )


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# Hangul syllables by arithmetic, from 가: (initial × 21 + medial) × 28 + final
HANGUL_BASE, HANGUL_INITIALS, HANGUL_MEDIALS, HANGUL_FINALS = 0xAC00, 19, 21, 28
# the tense initials ㄲ ㄸ ㅃ ㅉ and the aspirated ones a writer may hear instead: ㅋ ㅌ ㅍ ㅊ
TENSE_TO_ASPIRATED = {1: 15, 4: 16, 8: 17, 13: 14}


def hangul_parts(syllable: str) -> tuple[int, int, int] | None:
    """A Hangul syllable's initial, medial and final by their places in Hangul ("칠": 14,
    20, 8), or None for any other character."""
    code = ord(syllable) - HANGUL_BASE
    if not 0 <= code < HANGUL_INITIALS * HANGUL_MEDIALS * HANGUL_FINALS:
        return None
    initial, rest = divmod(code, HANGUL_MEDIALS * HANGUL_FINALS)
    medial, final = divmod(rest, HANGUL_FINALS)
    return initial, medial, final


def hangul_syllable(initial: int, medial: int, final: int) -> str:
    return chr(
        HANGUL_BASE + (initial * HANGUL_MEDIALS + medial) * HANGUL_FINALS + final
    )


# The Hangul syllables a Korean family name is written in: a reporter's byline and a
# person's name open with one
KOREAN_SURNAMES = frozenset(  # one syllable each
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민"
    "진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
