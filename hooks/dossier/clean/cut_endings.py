"""Where the copy breaks off: a story whose last paragraph is cut by the end of the pasted
text a few words in ("The team will play their secon"). Fewer than ``MIN_PARAGRAPH``
characters of it are too little to tell which paragraph the outlet printed there, so the
page shows them as the point where the copy ends (kind ``cut-off``), not as a story
paragraph: nothing is lost, and the paragraphs are those the outlet published."""

from __future__ import annotations

from dossier.clean.paragraphs import SENTENCE_END
from dossier.model import CUT_OFF, PARAGRAPH, Passage

MIN_PARAGRAPH = 40  # characters: a cut paragraph's opening that still tells which it is


def cut_off_ending(passages: list[Passage], text: str) -> list[Passage]:
    """``passages`` with a short last paragraph on the text's last line, no sentence ended
    in it, made the point where the copy breaks off."""
    if not passages or passages[-1].kind != PARAGRAPH:
        return passages
    last = passages[-1]
    lines = text.rstrip().split("\n")
    story = " ".join(last.text.split())
    if (
        len(story) >= MIN_PARAGRAPH
        or story.endswith(SENTENCE_END)
        or last.line + last.text.count("\n") != len(lines)
        or sum(p.kind == PARAGRAPH for p in passages) < 2
    ):
        return passages
    return [*passages[:-1], Passage(CUT_OFF, "cut-off", last.text, last.line)]
