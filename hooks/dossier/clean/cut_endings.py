"""Where the copy breaks off: a story whose last paragraph is cut by the end of the pasted
text a few words in ("The team will play their secon"). Fewer than ``MIN_PARAGRAPH``
characters of it are too little to tell which paragraph the outlet printed there, so the
page shows them as the point where the copy ends (kind ``cut-off``), not as a story
paragraph: nothing is lost, and the paragraphs are those the outlet published."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.clean import metadata as meta
from dossier.clean.colon_lists import introduces
from dossier.clean.lists import PARAGRAPH_WORDS, in_turn
from dossier.clean.timed_endings import ends_on_time_or_date
from dossier.model import CUT_OFF, PARAGRAPH, Passage

MIN_PARAGRAPH = 40  # characters: a cut paragraph's opening that still tells which it is
# a last paragraph that ends as a sentence or a line may: a stop and any closing quotes or
# brackets, a Korean sentence's verb ending, whose stop a page may leave off ("… 했다"), a
# quote or bracket closing a word ("'no'", "[in May]"), or a sign ("🙂"); not a letter or a
# digit cut short ("their secon", "at 19"), a comma, a dash, an opening quote or bracket
_COMPLETE = re.compile(
    r"(?:[.!?…。]|[다요])['\"”’)\]』」>]*$|(?<=\w)['\"”’)\]>]$|[^\w\s,;:(\[『「“‘'\"』」—–-]$"
)
MIN_END = 8  # characters of the paragraph's end that the text's last line must end with


def cut_off_ending(passages: list[Passage], text: str) -> list[Passage]:
    """``passages`` with a short last paragraph that stops short where the text ends (its
    words the text's last, no sentence or sign ending it, nor a whole time or date that
    ends a sentence whose stop is left off) made the point where the copy breaks off."""
    if not passages or passages[-1].kind != PARAGRAPH:
        return passages
    last = passages[-1]
    story = " ".join(last.text.split())
    end = " ".join(text.rstrip().rsplit("\n", 1)[-1].split())
    if (
        len(story) >= MIN_PARAGRAPH
        or _COMPLETE.search(story)
        or ends_on_time_or_date(story)  # "The match kicks off at 19:30": a sentence
        or not end.endswith(
            story[-MIN_END:]
        )  # the text goes on below: no copy cut there
        or sum(p.kind == PARAGRAPH for p in passages) < 2
        or _listed(passages, text.split("\n"))
    ):
        return passages
    return [*passages[:-1], Passage(CUT_OFF, "cut-off", last.text, last.line)]


def _listed(passages: list[Passage], lines: list[str]) -> bool:
    """The last paragraph is the last item of a list a story sentence introduces ("The
    two sides agreed on three steps:" / "- expand flights …" / "- open a joint training
    centre"): a line of an item's length marked in turn with the items above it, all of
    them under the lead-in (none contact data), short and unended as the item above it
    is; not a word cut short ("- expand flights …;" / "- open a joint training cen")."""
    marked = [_as_printed(p, lines) for p in passages]
    start = len(passages) - 1
    while start > 0 and _item(marked[start - 1], marked[start]):
        start -= 1
    last = marked[-1]
    return (
        0 < start < len(passages) - 1
        and "\n" not in last
        and len(last.split()) < PARAGRAPH_WORDS
        and marked[-2][-1:].isalnum()  # items ended ("…;") end the list with a stop
        and introduces(marked[start - 1], marked[start:], meta.outlets())
        and not cut_word(last.split()[-1], marked[:-1])
    )


def _as_printed(passage: Passage, lines: list[str]) -> str:
    """A one-line passage as its line reads, with the bullet the passage leaves off."""
    line = lines[passage.line - 1].strip() if 0 < passage.line <= len(lines) else ""
    return line if line.endswith(passage.text) else passage.text


def _item(text: str, below: str) -> bool:
    """One line of an item's length, and the line below it marked as its next item."""
    return (
        "\n" not in text
        and len(text.split()) < PARAGRAPH_WORDS
        and in_turn(text, below)
    )


def cut_word(last: str, above: Iterable[str]) -> bool:
    """The last word cut short ("Many Korean companie"): never a word of the story above,
    only the start of one of its longer words ("companies")."""
    if not last[:1].islower() or not last.isalpha():
        return False
    words = {w.strip(".,;:!?\"“”’'()").casefold() for t in above for w in t.split()}
    return last not in words and any(
        w.startswith(last) and len(w) > len(last) for w in words
    )
