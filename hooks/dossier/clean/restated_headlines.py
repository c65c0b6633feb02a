"""A headline in title case over a second line in title case that says the same thing in
other words, the story right under the pair: the page's headline, then a subtitle that
restates it ("Port Call Draws Crowds in Da Nang Harbour" / "Navy Ship Docks in Da Nang
Harbour to Crowds"). The upper line is the headline; the lower one, nearer the story,
is its restatement, not a deck that says more."""

from __future__ import annotations

import re

from dossier.clean.shapes import is_headline, paragraph_like
from dossier.clean.units import Unit
from dossier.text import fold

MIN_WORDS = 5  # a headline's length, not a section's or a company's name
MAX_LENGTH_RATIO = 1.5  # a restatement is about as long as the headline
MIN_SHARED = 2  # content words both lines use
MIN_LONG_WORD = 4  # letters of a word that counts towards case and content
TITLE_SHARE = 0.7  # of the longer words starting with a capital
# words any headline about the two countries may share with another
_COMMON = frozenset(("korea", "korean", "vietnam", "vietnamese", "south", "with"))


def restated(units: list[Unit], below: int) -> bool:
    """The unit ``below`` restates the headline above it, and the story follows: both
    in title case, about as long, and sharing at least half of the content words of the
    shorter (not a journal's name under its society's, a label under them)."""
    after = units[below + 1] if below + 1 < len(units) else None
    if below < 1 or after is None or not paragraph_like(after) or is_headline(after):
        return False
    return _restates(units[below - 1].text, units[below].text)


def _restates(above: str, below: str) -> bool:
    if above[-1:].isdigit() or below[-1:].isdigit():
        return False  # a volume's or a counter's number: "… Research 1", "… No. 5"
    upper, lower = len(above.split()), len(below.split())
    if min(upper, lower) < MIN_WORDS:
        return False
    if max(upper, lower) > MAX_LENGTH_RATIO * min(upper, lower):
        return False
    if not (_title_case(above) and _title_case(below)):
        return False
    first, second = _content(above), _content(below)
    shared = len(first & second)
    return shared >= MIN_SHARED and 2 * shared >= min(len(first), len(second))


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) >= MIN_LONG_WORD and w[:1].isalpha()]
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) >= 3 and capitals >= TITLE_SHARE * len(words)


def _content(text: str) -> set[str]:
    """Words of four letters or more, folded, plural and possessive aside ("Visitors",
    "visitor's" → visitor)."""
    words = (re.sub(r"(?:['’]s|s)$", "", w) for w in re.findall(r"[\w'’]+", fold(text)))
    return {w for w in words if len(w) >= MIN_LONG_WORD and w not in _COMMON}
