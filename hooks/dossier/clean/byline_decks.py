"""A headline and its deck over the byline: "Promoting Public Diplomacy in Vietnam" /
(blank) / "Gwangju Delegation Visits Nghe An Province" / (blank) / "By X". The deck,
longer than the headline, stands right over the byline, where the header rules would
take it for the headline."""

from __future__ import annotations

import re

from dossier.clean.metadata import PAPER_WORD, outlets
from dossier.clean.shapes import is_headline, paragraph_like
from dossier.clean.units import Unit

MIN_HEADLINE_WORDS = 4
MAX_GAP = 2  # a blank line between
# "Y tế - Giáo dục", "News | Culture": a section's path, no headline
_PATH = re.compile(r"\s[-–—|/]\s")
# "Vietnam Business And Investment News": a site's name over the headline, by the word
# an English-language paper's name ends in
_MASTHEAD_END = re.compile(rf"\b{PAPER_WORD}\W*$")


def over_deck_and_byline(
    units: list[Unit], chosen: int, strong: list[int], byline_at: int | None
) -> int | None:
    """The unit above ``chosen`` when the two stand a blank line apart right over the
    byline (``byline_at``, its line), ``chosen`` the longer and both reading strongly
    as headlines (``strong``; not a section's name or crumbs): the headline over its
    deck."""
    if byline_at is None or chosen < 1 or chosen - 1 not in strong:
        return None
    above, deck = units[chosen - 1], units[chosen]
    words, above_words = len(deck.text.split()), len(above.text.split())
    touching = (
        deck.number - above.lines[-1].number <= MAX_GAP
        and 0 < byline_at - deck.lines[-1].number <= MAX_GAP
    )
    shaped = (
        len(above.lines) == 1
        and len(deck.lines) == 1
        and is_headline(above)
        and not paragraph_like(above)
        and words > above_words >= MIN_HEADLINE_WORDS
        and not _PATH.search(above.text)
        and not _MASTHEAD_END.search(above.text)
        and not outlets().find(above.text)
    )
    return chosen - 1 if touching and shaped else None
