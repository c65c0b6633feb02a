"""A line read as the headline that the page's own address disowns.

Most outlets make a story's address from its headline ("…/assistance-offered-to-women-
married-abroad-546381.html"). A line read as the headline that shares next to none of
the address's words, nor the address next to none of its words, in the same language, is
some other line of the page: a related story's headline over it, a sub-heading, a
column's kicker, a teaser. The headline is then the line the address spells, where the
page has it, or none (``cleaning`` falls back on the spelt line). A headline reworked
after its address was made keeps most of its words, or at least a third of them; an
address in another language than the line (a Vietnamese address over an English
translation) says nothing of it; a line run on after an archive copy's date is left to
``run_on_captions``, which keeps it unless it has a caption's marks. The line is kept
among the dropped lines.
"""

from __future__ import annotations

from dossier.clean.address_title import address_words
from dossier.clean.address_words import syllable_share
from dossier.clean.lines import HANGUL
from dossier.clean.run_on_captions import (
    MIN_ADDRESS_WORDS,
    own_words,
    run_on_caption,
    run_on_line,
    shared,
)
from dossier.model import HEADLINE, DroppedLine, Passage
from dossier.text import slugify

REASON = "not the headline the page's address spells"
SHARED = 1 / 3  # of the words found on the other side: no more on both sides, another
SAME_LANGUAGE = 0.3  # at most this apart in their shares of Vietnamese syllables


def disowned(
    title: str | None,
    text: str,
    url: str | None,
    passages: list[Passage],
    spelt_line: str | None = None,
) -> DroppedLine | None:
    """The line read as the headline, as a dropped line, where it is a caption run on
    after an archive's date (``run_on_captions``) or a line the address disowns while
    the page prints another line the address spells (``spelt_line``, ``address_title``).
    An address's words found only here and there on the page are no such line: an
    outlet's search-engine address, or a headline reworked after its address was made,
    keeps the page's headline."""
    if not url:
        return None
    if caption := run_on_caption(title, text, url):
        return caption
    # (a line run on after an archive's date without a caption's marks is read as a
    # reworked headline: ``run_on_captions``)
    if not title or HANGUL.search(title) or run_on_line(title, text):
        return None
    if not spelt_line or slugify(spelt_line) == slugify(title):
        return None  # no other line of the page is the headline the address spells
    spelt = address_words(url)
    words = [w for w in slugify(title).split("-") if w]
    if len(spelt) < MIN_ADDRESS_WORDS or not words:
        return None
    if abs(syllable_share(spelt) - syllable_share(words)) >= SAME_LANGUAGE:
        return None  # another language: a translation's address
    # (the address's last word may be cut: "…-tickets-location-you-sho")
    if shared(words, spelt) > SHARED or shared(spelt[:-1], words) > SHARED:
        return None
    if not own_words(spelt, text):
        return None
    line = next((p.line for p in passages if p.kind == HEADLINE), 0)
    return DroppedLine(line, title, REASON) if line else None
