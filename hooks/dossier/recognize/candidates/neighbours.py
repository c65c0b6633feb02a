"""The words either side of a name in its sentence, as the scoring reads its cues."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.recognize.tokens import token_keys

if TYPE_CHECKING:
    from dossier.recognize.candidates.finding import Sentence


def neighbours(
    sentence: Sentence, start: int, stop: int, reach: int = 60
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of the four tokens before ``start`` and after ``stop`` in the sentence.

    Read from a window of ``reach`` characters on either side, as long sentences hold
    many names. A window starting inside a token misreads only its first token, one
    ending inside a token only its last, so five tokens or more leave the four nearest
    right; with fewer, the window widens to the whole sentence on that side.
    """
    text = sentence.text
    low, high = max(sentence.start, start - reach), min(sentence.end, stop + reach)
    before, after = token_keys(text, low, start), token_keys(text, stop, high)
    if low > sentence.start and len(before) < 5:
        before = token_keys(text, sentence.start, start)
    if high < sentence.end and len(after) < 5:
        after = token_keys(text, stop, sentence.end)
    return tuple(before[-4:]), tuple(after[:4])
