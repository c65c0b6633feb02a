"""A picture's caption run on after an archive copy's date, where the headline should be.

The stored web archive runs the page's first line on after its date field (`` date
2021-04-07 Headline``); on a page whose headline it did not keep, that first line is the
caption of the picture over the story ("… Performance of Taekwondo at the event (Photo:
VNA)"). Only a line with a caption's own mark is read so, a photo credit or a caption's
grammar (``caption_grammar``: "The minister is welcomed at …", "A scene in the film", a
portrait's "Jane Roe, chairwoman, X"): a short line without one is far more often a
headline reworked after its address was made. And only
where the page's address spells another headline, in the page's own language and words,
that the line neither is nor starts with (an address cut short spells the start). The
line is kept among the article's dropped lines, as a caption: nothing is lost."""

from __future__ import annotations

from dossier.clean.address_title import address_words, spells_start
from dossier.clean.address_words import is_syllable, page_words
from dossier.clean.archive_fields import date_field_run_on
from dossier.clean.caption_grammar import reads_as_caption
from dossier.clean.photo_credits import is_credited
from dossier.model import HEADLINE, DroppedLine, Passage
from dossier.text import fold, slugify

REASON = "picture's caption run on after the archive's date"
MIN_ADDRESS_WORDS = 5  # an address spelling fewer is no headline's ("news", "view")
MIN_WORD = 3  # letters: "of", "to", "in" say nothing of which line it is
MIN_JOINED = 4  # a word found inside the address's joined words ("vietnamrok", "kpop")
SHARED = 0.5  # of the line's words found in the address: below it, another line
OWN_WORDS = 0.5  # of the address's words found in the page: the page's own words
# of the address's words that are Vietnamese syllables: a Vietnamese address
SYLLABLES = 0.75
# characters: the archive's first line is short; a long one is a lead
MAX_FIRST_LINE = 400


def run_on_caption(title: str | None, text: str, url: str) -> DroppedLine | None:
    """``title`` is the credited caption run on after the archive's date on the page's
    first line, and the address's headline is another one, in the page's own words: the
    line, as a dropped caption."""
    if not (run_on := run_on_line(title, text)):
        return None
    number, _, line = run_on
    # (the title read from it has its credit cut)
    if not (is_credited(line) or reads_as_caption(line)):
        return None
    spelt = address_words(url, numbered=True)
    if len(spelt) < MIN_ADDRESS_WORDS or not own_words(spelt, text):
        return None
    if spells_start(spelt, line):  # the headline, its address cut short
        return None
    words = [w for w in slugify(title).split("-") if len(w) >= MIN_WORD]
    if not words or shared(words, spelt) >= SHARED:
        return None
    return DroppedLine(number, line, REASON)


def run_on_line(title: str | None, text: str) -> tuple[int, str, str] | None:
    """(the line's number, the date field, the text run on after it) where ``title`` was
    read from the page's first line run on after an archive's date."""
    if not title:
        return None
    lines = text.split("\n", 5)
    number = next((n for n, line in enumerate(lines, 1) if line.strip()), 0)
    first = lines[number - 1] if number else ""
    run_on = len(first) <= MAX_FIRST_LINE and date_field_run_on(" ".join(first.split()))
    if not run_on or fold(title).casefold() not in fold(run_on[1]).casefold():
        return None
    return number, *run_on


def own_words(spelt: list[str], text: str) -> bool:
    """The address is in the page's language (a Vietnamese address over an English page
    is a translation's, however many Vietnamese names the page has), and most of its
    words are words of the page (its web addresses left out)."""
    page = page_words(text)
    vietnamese = sum(map(is_syllable, spelt)) >= SYLLABLES * len(spelt)
    if vietnamese != page.in_vietnamese:
        return False
    folded = set(page.folded)
    return sum(w in folded for w in spelt) >= OWN_WORDS * len(spelt)


def logged(
    dropped: list[DroppedLine], caption: DroppedLine, passages: list[Passage]
) -> tuple[list[DroppedLine], list[Passage]]:
    """The dropped lines with the caption among them, unless one of them is that line
    already (a credited caption over the story, dropped as "headline's picture"); and
    the passages without the headline read from it (the page has none: ``add`` names it
    from its address, not from the caption)."""
    passages = [p for p in passages if p.kind != HEADLINE]
    if any(d.line == caption.line and d.text == caption.text for d in dropped):
        return dropped, passages
    return sorted([*dropped, caption], key=lambda d: (d.line, d.reason)), passages


def shared(words: list[str], others: list[str]) -> float:
    """The share of ``words`` (of three letters or more) found among ``others`` or,
    from four letters, inside them run together ("vietnamrok", "kpop")."""
    joined = "".join(others)
    words = [w for w in words if len(w) >= MIN_WORD]
    found = sum(w in others or (len(w) >= MIN_JOINED and w in joined) for w in words)
    return found / len(words) if words else 0.0
