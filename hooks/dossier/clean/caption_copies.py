"""A picture's caption over the story that a paragraph further down prints again: the
caption took the paragraph's sentence and marked it as a caption's ("After meeting
President X (right) and signing the MOU, Mr Y said …" above the lead, the fourth paragraph
the same without "(right)"; "Tại buổi làm việc, hai bên đã giới thiệu …..." cut with an
ellipsis; "In December 2022, … partnership. Screenshot from …" with its credit). The
paragraph keeps the words, so the copy above goes, logged."""

from __future__ import annotations

import re

from dossier.clean import notes
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit, drop_unit
from dossier.model import DroppedLine
from dossier.text import fold

COPIED_CAPTION = "caption printed again as a paragraph below"
MAX_CAPTION_WORDS = 60
MAX_CREDIT_WORDS = (
    30  # "Screenshot from … on YouTube, 5 December 2022, https://…": a credit
)
MAX_HEADING_WORDS = 3  # "EXECUTIVE SUMMARY" under it, a section's heading
MIN_UNITS_BETWEEN = 1  # the copy stands among the paragraphs, not right under it
# what a picture's credit names after the caption's words: the picture ("Screenshot from
# … on YouTube", "Photo taken from the city's website", "Image: …"), who gave it
# ("courtesy of …", "ảnh: …", "사진 제공"), a mark or an address; not a standfirst's own
# second sentence ("… small firms. Talks resume in May.")
_CREDIT = re.compile(
    r"\b(?:photos?|photograph|screenshot|screen grab|image|picture|video|footage|"
    r"courtesy|credit|file|ảnh|nguồn)\b|사진|제공|자료|[©ⓒ]|https?://|www\.",
    re.IGNORECASE,
)


def _words_of(text: str) -> str:
    """The folded text without what it adds in brackets or its closing dots."""
    return fold(notes.BRACKETED.sub("", text)).rstrip(" .…")


def _marked(top: str, below: str) -> bool:
    """The copy above differs from the paragraph as a caption does: it places people in
    brackets the paragraph has not, it stops on an ellipsis, or it adds a short credit
    (``_CREDIT``) after the paragraph's opening words; not the paragraph's own words, nor
    a standfirst that goes its own way after them or adds a sentence of its own."""
    placed = any(m.group().strip() not in below for m in notes.BRACKETED.finditer(top))
    head, stop, credit = top.rstrip().rpartition(". ")
    credited = (
        bool(stop)
        and 0 < len(credit.split()) <= MAX_CREDIT_WORDS
        and _CREDIT.search(credit) is not None
        and _words_of(below).startswith(_words_of(head))
        and not _words_of(below).startswith(_words_of(top))
    )
    return placed or top.endswith(("...", "…")) or credited


def without_caption_copy(dropped: list[DroppedLine], units: list[Unit]) -> list[Unit]:
    """The units without a caption-length line above the first paragraph whose opening
    (``notes.summary_key``) opens a paragraph further down, that paragraph as long as it
    at least, the line marked as a caption (``_marked``), a paragraph or a heading right
    under it."""
    story = [u for u in units if not u.caption]
    if len(story) < 2 or not (
        paragraph_like(story[1]) or len(story[1].text.split()) <= MAX_HEADING_WORDS
    ):
        return units  # an unended line under it would be read as the story's opening
    top = story[0]
    key = notes.summary_key(top.text)
    if (
        top.kept
        or len(top.lines) != 1
        or len(key) < notes.SUMMARY_KEY
        or len(top.text.split()) > MAX_CAPTION_WORDS
    ):
        return units
    size = len(_words_of(top.text))
    for below in story[1 + MIN_UNITS_BETWEEN :]:
        if (
            notes.summary_key(below.text) == key
            and paragraph_like(below)
            and len(_words_of(below.text)) >= size
            and _marked(top.text, below.text)
        ):
            drop_unit(dropped, top, COPIED_CAPTION)
            return [u for u in units if u is not top]
    return units
