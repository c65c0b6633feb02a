"""A Korean sentence a copy broke over two lines: the first left on a particle or a
connective ending that ties its words to what follows ("… 지분 9.5%를" / "3억달러에
매입했다.", "… 동안건설 (동안그룹)으로부터" / "… 마무리하였습니다.", "… 넓힐 수
있으며" / "… 보입니다."). The two lines are one paragraph however long the line below
runs (``paragraphs._broken_korean`` reads a short tail only).

A subheading ("◇ … 새로운 해법을", "… 청년들과 함께 성장하며") and a letter's salutation
("… 사랑하는 제자들에게") end on these too: a line that opens with a heading's mark, or
one of a heading's length that names no topic ("… 그룹은", as a sentence's first half
does), is not joined to the line below."""

from __future__ import annotations

import re

from dossier.text import hangul_parts

MIN_LEFT = 30  # characters of the line left open: a heading's piece is shorter
# "from", "to (someone)"; the connective "and" and "while"
_LEFT_ON = re.compile(
    r"(?:으?로부터|에게서|에게|[\uac00-\ud7a3](?:으며|하며|이며|되며|면서))$"
)
# the object particle: 을 after a syllable closed by a consonant ("협력을"; after an open
# one it ends a noun: "마을", village; "가을", autumn), 를 after an open one ("지분를" is
# no Korean) or after a figure, a bracket or a Latin word ("9.5%를", "(마산그룹)를")
_OBJECT = re.compile(r"(.)([을를])$")
_BEFORE_REUL = frozenset("%)]’”'\"")
# the line below closes a sentence: "…했다.", "…됩니다.", "…있어요."
_SENTENCE_CLOSED = re.compile(r"[\uac00-\ud7a3][다요][.!?][\"”’)]?$")
# a heading's mark: the line it opens is a heading or an item, no sentence's half
_HEADING_MARKS = ("◇", "◆", "■", "□", "▲", "△", "▶", "▷", "●", "○", "※", "【")
# a line that opens an item, a quote's speaker or a label is no sentence's second half
_OPENS_OWN = ("-", "*", "•", "[", "<", "(", *_HEADING_MARKS)
TAIL = 8  # characters at a line's end that hold any ending read here


def _object_left(text: str) -> bool:
    found = _OBJECT.search(text)
    if found is None:
        return False
    before, particle = found[1], found[2]
    parts = hangul_parts(before)
    if parts is None:  # a figure, a bracket, a Latin word: written with 를
        return particle == "를" and (
            before in _BEFORE_REUL or (before.isascii() and before.isalnum())
        )
    closed = parts[2] != 0  # the syllable's final consonant
    return closed if particle == "을" else not closed


def _left_open(text: str) -> bool:
    text = text[-TAIL:]  # (the end alone: a line may run to thousands of characters)
    return _LEFT_ON.search(text) is not None or _object_left(text)


def _heading_shaped(text: str) -> bool:
    """A line opening with a heading's mark, or one no longer than a heading's line
    that names no topic: a subheading or a salutation, not a sentence's first half."""
    # (paragraphs imports this module: its names are read once both are loaded)
    from dossier.clean.paragraphs import _OPENS_SENTENCE, MAX_HEADLINE_LINE

    if text.startswith(_HEADING_MARKS):
        return True
    return len(text) <= MAX_HEADLINE_LINE and _OPENS_SENTENCE.search(text) is None


def broken_on_particle(above: str, below: str) -> bool:
    """``above``, a long Korean line left on a particle or connective ending, not of a
    heading's shape, over ``below``, a line that closes the sentence: one sentence the
    copy broke."""
    return (
        len(above) >= MIN_LEFT
        and _left_open(above)
        and bool(_SENTENCE_CLOSED.search(below[-TAIL:]))
        and not below.startswith(_OPENS_OWN)
        and " " in below
        and not _heading_shaped(above)
    )
