"""A picture's caption between the picture and its credit: under an image (its file name,
its numbered alt text, or blank lines under one) and over the line that credits it ("Ảnh:
X", "ẢNH: X", "Ảnh tư liệu: X/Y"), one line is the picture's caption however long it runs.
Vietnamese counts a syllable a word, so a caption there may run to a lead's number of
words; no story paragraph stands between a picture and its credit. A name signed with its
agency ("Thu Hà/TTXVN") is the story's closing signature, and a credit a blank line below
that ends the page's text credits all its pictures: the line above either is the story's
last paragraph, under a picture with no caption."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from dossier.clean.photo_credits import is_credited
from dossier.clean.units import Block
from dossier.model import DroppedLine

# why the cleaner drops a line that credits a picture
CREDITS = ("picture credit", "picture agency credit")
MAX_FRAMED_WORDS = 80  # a caption's length in syllables at most; more is a story's text
# a word naming the picture in a credit ("Ảnh: X", "ẢNH: X", "Photo: X", "사진=X")
_PICTURE_WORD = re.compile(r"ảnh|photo|사진", re.IGNORECASE)


def _credit_below(
    block: Block, dropped: list[DroppedLine], numbers: list[int], starts: list[int]
) -> bool:
    """The next line of text under the block (blank lines apart) is a dropped credit of
    its picture, neither a signature nor the page's last text a blank line apart;
    ``dropped`` in line order, ``numbers`` their lines, ``starts`` the blocks' first."""
    last = block.lines[-1].number
    at = bisect_right(numbers, last)
    if at == len(numbers):
        return False
    nearest = numbers[at]
    after = bisect_right(starts, last)  # the next block: it must not stand between
    if after < len(starts) and starts[after] < nearest:
        return False
    end = bisect_right(numbers, nearest)
    credits = [d for d in dropped[at:end] if d.reason in CREDITS]
    if not credits:
        return False
    # a name signed with its agency and no word of a picture is the story's signature;
    # a credit a blank line apart that ends the page's text credits all its pictures
    if any("/" in d.text and not _PICTURE_WORD.search(d.text) for d in credits):
        return False
    return nearest == last + 1 or after < len(starts)


def framed(blocks: list[Block], dropped: list[DroppedLine]) -> list[Block]:
    """The blocks, each of one line under a picture and over its credit (a credit line
    dropped below it, or its own second line) marked ``framed``: a caption; one line over
    a credit with no picture seen above, ``over_credit``."""
    starts = sorted(block.lines[0].number for block in blocks)
    ordered = sorted(dropped, key=lambda d: d.line)
    numbers = [d.line for d in ordered]
    out = []
    for block in blocks:
        lines = block.lines
        pictured = block.after_image or block.under_picture
        credited = len(lines) == 2 and is_credited(lines[1].text)
        over = len(lines) == 1 and _credit_below(block, ordered, numbers, starts)
        if (
            pictured
            and (len(lines) == 1 or credited)
            and len(lines[0].text.split()) <= MAX_FRAMED_WORDS
            and (credited or over)
        ):
            block = replace(block, framed=True)
        elif over:  # no picture seen above: the credit still marks it (plain_captions)
            block = replace(block, over_credit=True)
        out.append(block)
    return out
