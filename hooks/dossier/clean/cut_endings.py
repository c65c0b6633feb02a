"""Where the copy breaks off: a story whose last paragraph is cut by the end of the pasted
text a few words in ("The team will play their secon"). Fewer than ``MIN_PARAGRAPH``
characters of it are too little to tell which paragraph the outlet printed there, so the
page shows them as the point where the copy ends (kind ``cut-off``), not as a story
paragraph: nothing is lost, and the paragraphs are those the outlet published."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.clean.lists import no_caption_mark
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
        or _listed(text)
    ):
        return passages
    return [*passages[:-1], Passage(CUT_OFF, "cut-off", last.text, last.line)]


def _listed(text: str) -> bool:
    """The text's last two lines are items of a list ("- expand flights …" / "- open a
    joint training centre"): the last is the list's last item, short and unended as
    items are, not a paragraph cut a few words in."""
    lines = [line.strip() for line in text.rstrip().split("\n") if line.strip()]
    return len(lines) >= 2 and all(no_caption_mark(line) for line in lines[-2:])


def cut_word(last: str, above: Iterable[str]) -> bool:
    """The last word cut short ("Many Korean companie"): never a word of the story above,
    only the start of one of its longer words ("companies")."""
    if not last[:1].islower() or not last.isalpha():
        return False
    words = {w.strip(".,;:!?\"“”’'()").casefold() for t in above for w in t.split()}
    return last not in words and any(
        w.startswith(last) and len(w) > len(last) for w in words
    )
