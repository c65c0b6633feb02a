"""Paragraphs a copy ran together on one line, with no space after the stop where one
ended and the next began ("… the ministry said.The delegation will …", "… at the
event.Yonhap"): the page's blocks lost their breaks, not their words. Where most of a
line's sentence ends run on with no space, those are where the blocks met, and each block
is a paragraph of its own; a line whose sentences are mostly spaced keeps a missing space
as a slip of the writer's ("… nước ngoài.Khi chúng em …").

Editors often keep such a copy as one paragraph, so a line is cut only where it is clearly
paragraphs: two or more such stops, each after a word in small letters that is no
abbreviation ("Prof.Kim", "vs.Thailand", "tp.Hải Phòng"), no initial ("U.S.Army") and no
name ("Samsung.Vina"), each before a capital and a small letter, and every block but the
last a sentence of a few words (the last may be the outlet's sign-off, "….Yonhap")."""

from __future__ import annotations

import re

from dossier.text import ABBREVIATIONS

# a stop (and any closing quote) with two letters right after it; that they are a capital
# and a small one, and what the word before the stop is, are read in ``_sentence_end``
_STOP_BEFORE_LETTERS = re.compile(r"[.!?][\"”’]?(?=[^\W\d_]{2})")
_SPACED_STOP = re.compile(r"[.!?][\"”’]?\s+(?=[^\W\d_]{2})")
MIN_GLUED = 2  # stops run on: one alone is a slip, two or more a copy's lost breaks
MIN_BLOCK_WORDS = 4  # words of each block but the last: a sentence, not a name's piece
MAX_WORD = 64  # characters before a stop that the word holding it is read from
# the end of a web address ("VnExpress.Net", "Tuoitre.Vn"), not a sentence's
_ADDRESS_ENDS = frozenset({"com", "net", "org", "vn", "kr", "co", "gov", "edu"})
# words in small letters a stop ends that no sentence ends on, besides the project's list
# ("Korea vs.Japan", "tại tp.Hải Phòng", "tx.Sơn Tây", "etc.")
_SMALL_ABBREVIATIONS = frozenset(
    {"vs", "tp", "tx", "tt", "ng", "etc", "approx", "incl", "est", "ca", "cf", "viz"}
)


def _word_before(text: str, stop: int) -> str:
    """The letters right before the stop (``said`` in "… said.The …")."""
    start = stop
    while start > max(0, stop - MAX_WORD) and text[start - 1].isalpha():
        start -= 1
    return text[start:stop]


def _ends_a_sentence(text: str, stop: int) -> bool:
    """The word before the stop is one a sentence ends on: two or more letters, all
    small (not an initial, "U.S.", nor a name, "Samsung.Vina", nor "Prof.", "TP."), and
    no abbreviation written small ("vs.", "tp.")."""
    word = _word_before(text, stop)
    if len(word) < 2 or not word.islower():
        return False
    if stop > len(word) and text[stop - len(word) - 1] == ".":
        return False  # "a.m.", "e.g.": letters between stops
    key = word.casefold()
    return key not in ABBREVIATIONS and key not in _SMALL_ABBREVIATIONS


def _opens_a_sentence(text: str, after: int) -> bool:
    """A capital and a small letter right after the stop, in any script ("The", "Đà",
    "Ngoài")."""
    return text[after].isupper() and text[after + 1].islower()


def _address_at(text: str, stop: int, after: int) -> bool:
    """The stop inside a web address: its next word a domain's ending, or the word
    holding it an address's ("www.", "@")."""
    tail = re.match(r"[A-Za-z]+", text[after : after + 12])
    if tail and tail.group(0).casefold() in _ADDRESS_ENDS:
        return True
    window = max(0, stop - MAX_WORD)  # a word read from its last characters
    word = text[max(window, text.rfind(" ", window, stop) + 1) : stop]
    return "/" in word or "@" in word or "www" in word.casefold()


def _sentence_break(text: str, stop: int, after: int) -> bool:
    return (
        _ends_a_sentence(text, stop)
        and _opens_a_sentence(text, after)
        and not _address_at(text, stop, after)
    )


def _blocks_are_sentences(text: str, breaks: list[int]) -> bool:
    """Every block the breaks make but the last holds a few words: a sentence, not the
    piece of a name or a list ("… as Samsung.Vina and Hyosung.Vina …")."""
    bounds = [0, *breaks]
    return all(
        len(text[a:b].split()) >= MIN_BLOCK_WORDS
        for a, b in zip(bounds, bounds[1:], strict=False)
    )


def glued_breaks(text: str) -> list[int]:
    """Where paragraphs run together in ``text``: the index right after each stop that a
    new sentence follows with no space, when such stops are two or more, outnumber the
    stops a space follows and leave a sentence in each block; none otherwise."""
    if len(text) < 2:
        return []
    breaks = [
        match.end()
        for match in _STOP_BEFORE_LETTERS.finditer(text)
        if _sentence_break(text, match.start(), match.end())
    ]
    if len(breaks) < MIN_GLUED:
        return []
    spaced = sum(
        _sentence_break(text, match.start(), match.end())
        for match in _SPACED_STOP.finditer(text)
    )
    if len(breaks) <= spaced or not _blocks_are_sentences(text, breaks):
        return []
    return breaks


def glued_paragraphs(text: str) -> list[str]:
    """``text`` cut where paragraphs run together (see ``glued_breaks``); the text
    whole, as one part, where they do not."""
    breaks = glued_breaks(text)
    if not breaks:
        return [text]
    bounds = [0, *breaks, len(text)]
    return [
        text[a:b].strip()
        for a, b in zip(bounds, bounds[1:], strict=False)
        if text[a:b].strip()
    ]
