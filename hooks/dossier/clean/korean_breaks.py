"""A Korean sentence a copy broke over two lines: the first left on a particle or a
connective ending that ties its words to what follows ("… 지분 9.5%를" / "3억달러에
매입했다.", "… 동안건설 (동안그룹)으로부터" / "… 마무리하였습니다.", "… 넓힐 수
있으며" / "… 보입니다."). No heading ends on these, so the two lines are one paragraph
however long the line below runs (``paragraphs._broken_korean`` reads a short tail only,
after endings a heading may also end on)."""

from __future__ import annotations

import re

MIN_LEFT = 30  # characters of the line left open: a heading's piece is shorter
# the object particle after a syllable with no final consonant or after a figure, a
# bracket or a Latin word ("바다리테일을" is written with 을, read below); "from", "to
# (someone)"; the connective "and" and "while"
_LEFT_ON = re.compile(
    r"(?:[\uac00-\ud7a3%)\]’”'\"A-Za-z0-9]를|으?로부터|에게서|에게|"
    r"[\uac00-\ud7a3](?:으며|하며|이며|되며|면서))$"
)
# 을 is the object particle only after a syllable closed by a consonant ("협력을"); after
# an open one it ends a noun ("마을", village; "가을", autumn)
_EUL = re.compile(r"([\uac00-\ud7a3])을$")
# the line below closes a sentence: "…했다.", "…됩니다.", "…있어요."
_SENTENCE_CLOSED = re.compile(r"[\uac00-\ud7a3][다요][.!?][\"”’)]?$")
# a line that opens an item, a quote's speaker or a label is no sentence's second half
_OPENS_OWN = ("-", "*", "•", "▲", "△", "◆", "■", "□", "○", "[", "【", "<", "(")
_HANGUL_BASE, _FINALS = 0xAC00, 28


def _closed_syllable(ch: str) -> bool:
    """A Hangul syllable with a final consonant ("력" of 협력; not "마")."""
    return (ord(ch) - _HANGUL_BASE) % _FINALS != 0


TAIL = 8  # characters at a line's end that hold any ending read here


def _left_open(text: str) -> bool:
    text = text[-TAIL:]  # (the end alone: a line may run to thousands of characters)
    if _LEFT_ON.search(text):
        return True
    eul = _EUL.search(text)
    return bool(eul) and _closed_syllable(eul[1])


def broken_on_particle(above: str, below: str) -> bool:
    """``above``, a long Korean line left on a particle or connective ending no heading
    ends on, over ``below``, a line that closes the sentence: one sentence the copy broke."""
    return (
        len(above) >= MIN_LEFT
        and _left_open(above)
        and bool(_SENTENCE_CLOSED.search(below[-TAIL:]))
        and not below.startswith(_OPENS_OWN)
        and len(below.split()) > 1
    )
