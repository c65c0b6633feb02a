"""A picture's caption run on after an archive copy's date, where the headline should be.

The stored web archive runs the page's first line on after its date field (`` date
2021-04-07 Headline``); on a page whose headline it did not keep, that first line is the
caption of the picture over the story (" date 2024-03-18 A scene in the Korean horror
film", "… Performance of Taekwondo at the event (Photo: VNA)", "… Kim Minh, chairman,
Korean Chamber of Commerce in Vietnam"). Most outlets make a story's address from its
headline: where the address spells a headline in the page's own words and the run-on
line shares fewer than half of its words with it, the line is no headline but the
caption, and the page prints none. (A headline the address spells in another language, as
an English page under a Vietnamese address, is not judged: the address's words must be
the page's.)"""

from __future__ import annotations

import re

from dossier.clean.address_title import address_words
from dossier.clean.archive_fields import date_field_run_on
from dossier.text import fold, slugify

MIN_ADDRESS_WORDS = 5  # an address spelling fewer is no headline's ("news", "view")
MIN_WORD = 3  # letters: "of", "to", "in" say nothing of which line it is
MIN_JOINED = 4  # a word found inside the address's joined words ("vietnamrok", "kpop")
SHARED = 0.5  # of the line's words found in the address: below it, another line
OWN_WORDS = 0.5  # of the address's words found in the page: the page's own language
MAX_FIRST_LINE = (
    400  # characters: the archive's first line is short; a long one is a lead
)


def caption_run_on(title: str | None, text: str, url: str) -> bool:
    """``title`` is the text run on after the archive's date on the page's first line, and
    the address's headline is another one, in the page's own words."""
    if not title:
        return False
    first = next((line for line in text.split("\n", 5) if line.strip()), "")
    run_on = len(first) <= MAX_FIRST_LINE and date_field_run_on(" ".join(first.split()))
    if not run_on or fold(title).casefold() not in fold(run_on[1]).casefold():
        return False
    spelt = address_words(url)
    if len(spelt) < MIN_ADDRESS_WORDS or not _own_words(spelt, text):
        return False
    joined = "".join(spelt)
    words = [w for w in slugify(title).split("-") if len(w) >= MIN_WORD]
    shared = sum(w in spelt or (len(w) >= MIN_JOINED and w in joined) for w in words)
    return bool(words) and shared < SHARED * len(words)


def _own_words(spelt: list[str], text: str) -> bool:
    """Most of the address's words are words of the page (not a translation's address)."""
    page = set(re.findall(r"[a-z0-9]+", fold(text).casefold()))
    return sum(w in page for w in spelt) >= OWN_WORDS * len(spelt)
