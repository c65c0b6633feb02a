"""A sentence a page's number broke in two: the line under the number, in small letters,
goes on with the sentence the block above left open. Above the story a word alone under a
one-line block (the headline over a post's number) is a forum user's name instead."""

from __future__ import annotations

from dossier.clean.lines import Line
from dossier.clean.paragraphs import SENTENCE_END


def runs_on(above: tuple[Line, ...], text: str, told: bool) -> bool:
    """``text`` goes on with the sentence the lines ``above`` left open; ``told``: the
    story has begun. Before it, a word alone in small letters with no stop after it,
    under a single line, is a user's name ("minhtran88" under the headline), while a lead
    wrapped over lines runs on ("… and agricultural" / "1" / "sectors.")."""
    if not above or not text[:1].islower():
        return False
    alone = " " not in text and not text.endswith(SENTENCE_END)  # a word, no stop
    if not told and len(above) == 1 and alone:
        return False  # a user's name under the post's number
    return not above[-1].text.endswith(SENTENCE_END)
