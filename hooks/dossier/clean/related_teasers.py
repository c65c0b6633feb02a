"""Other stories listed at a page's foot, each a headline and its teaser cut short, blank
lines between them all:

    NEWS SAME CATEGORY

    Busan port opens a new berth for Vietnamese lines

    The port authority said the berth would take its first ships from Haiphong and…

    Seoul fair draws Vietnamese coffee makers

A list read down to a blank line stops after its first headline; the lines under it,
a headline and a teaser by turns to the page's end (or its footer), are the list's too.
A story's paragraph may end on "…" as well ("… Taekwondo, Vovinam…", "… garments..."),
so the turns must run to the end, and only under a list set out as they are (its first
headline alone between blank lines: a box of headlines one under another ends at its
blank line). A line that is no listed headline ends them, and nothing of them is taken:
a sentence (one ending on a stop, or on a stop inside a closing quote: "… in June.”"), a
line of a few words (the writer's name signing the story off)."""

from __future__ import annotations

from collections.abc import Callable

from dossier.clean.lines import Line

MAX_LIST_ITEM_WORDS = 25  # a listed headline's words at most
MIN_HEADLINE_WORDS = 4  # and at least, under a list (not a sign-off's name)
MIN_TEASER_WORDS = 5
MAX_TEASER_WORDS = 60  # a teaser cut at a site's length (Vietnamese counts syllables)
# lines a foot's list runs to at most, blank ones counted (a page's every list reads no
# more than this: its cost stays linear however many lists a page holds)
MAX_LIST_LINES = 90
HEADLINE_END = (".", "!", "?", ":", ";", ",")  # a listed headline ends on none of these
CUT = ("...", "…")  # a headline or a teaser cut short
_CLOSING = "”’\"')"  # a quote or a bracket closed after a sentence's stop
HEADLINE, TEASER = "headline", "teaser"


def _kind(text: str) -> str | None:
    """A listed headline (a few words, no stop at its end) or a teaser cut short."""
    words = len(text.split())
    if text.endswith(CUT):
        return TEASER if MIN_TEASER_WORDS <= words <= MAX_TEASER_WORDS else None
    ended = text.rstrip(_CLOSING).endswith(HEADLINE_END)
    if MIN_HEADLINE_WORDS <= words <= MAX_LIST_ITEM_WORDS and not ended:
        return HEADLINE
    return None


def teased_to_the_end(
    below: list[Line | None], at: int, is_footer: Callable[[str], bool]
) -> list[Line]:
    """The lines from ``below[at]`` (a blank line under the list's last item,
    ``below[at - 1]``) on, when they are headlines and cut teasers by turns, blank lines
    between, the first of the other kind than that item, down to the page's end or its
    footer (``is_footer``) and at least one of them a teaser; none otherwise."""
    above = below[at - 1] if at else None
    last = _kind(above.text) if above is not None else None
    if last is None:
        return []
    found: list[Line] = []
    gap = True  # a blank line stands between each two
    for line in below[at : at + MAX_LIST_LINES + 1]:
        if line is None:
            gap = True
            continue
        if is_footer(line.text):
            break
        kind = _kind(line.text)
        if kind is None or kind == last or not gap:
            return []  # the story, or a list of another shape, goes on
        found.append(line)
        last, gap = kind, False
    else:
        if at + MAX_LIST_LINES < len(below):
            return []  # longer than any foot's list
    teased = any(_kind(line.text) == TEASER for line in found) or (
        _kind(above.text) == TEASER  # type: ignore[union-attr]
    )
    return found if teased else []
