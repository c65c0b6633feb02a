"""Paragraphs a copy ran together on one line, with no space after the stop where one
ended and the next began ("… the ministry said.The delegation will …", "… at the
event.Yonhap"): the page's blocks lost their breaks, not their words. Where most of a
line's sentence ends run on with no space, those are where the blocks met, and each block
is a paragraph of its own; a line whose sentences are mostly spaced keeps a missing space
as a slip of the writer's ("… nước ngoài.Khi chúng em …")."""

from __future__ import annotations

import re

# a stop (and any closing quote) with a capital and a small letter right after it; the
# word before it is read from the characters before the stop
_STOP_BEFORE_CAPITAL = re.compile(r"[.!?][\"”’]?(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])")
_SPACED_STOP = re.compile(r"[.!?][\"”’]?\s+(?=[A-ZÀ-ỸĐ\"“])")
MIN_GLUED = 2  # stops run on: one alone is a slip, two or more a copy's lost breaks
# the end of a web address ("VnExpress.Net", "Tuoitre.Vn"), not a sentence's
MAX_WORD = 64  # characters before a stop that the word holding it is read from
_ADDRESS_ENDS = frozenset({"com", "net", "org", "vn", "kr", "co", "gov", "edu"})


def _small_word_before(text: str, stop: int) -> bool:
    """Two small letters before the stop: a word's end ("said."), not an initial or an
    abbreviation ("U.S.", "Mr.")."""
    return stop >= 2 and text[stop - 1].islower() and text[stop - 2].islower()


def _address_at(text: str, stop: int, after: int) -> bool:
    """The stop inside a web address: its next word a domain's ending, or the word
    holding it an address's ("www.", "@")."""
    tail = re.match(r"[A-Za-z]+", text[after : after + 12])
    if tail and tail.group(0).casefold() in _ADDRESS_ENDS:
        return True
    window = max(0, stop - MAX_WORD)  # a word read from its last characters
    word = text[max(window, text.rfind(" ", window, stop) + 1) : stop]
    return "/" in word or "@" in word or "www" in word.casefold()


def glued_breaks(text: str) -> list[int]:
    """Where paragraphs run together in ``text``: the index right after each stop that a
    new sentence follows with no space, when such stops are two or more and outnumber the
    stops a space follows; none otherwise."""
    if len(text) < 2:
        return []
    breaks = [
        match.end()
        for match in _STOP_BEFORE_CAPITAL.finditer(text)
        if _small_word_before(text, match.start())
        and not _address_at(text, match.start(), match.end())
    ]
    if len(breaks) < MIN_GLUED:
        return []
    spaced = sum(
        _small_word_before(text, match.start()) for match in _SPACED_STOP.finditer(text)
    )
    return breaks if len(breaks) > spaced else []


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
