"""Captions a page printed with neither credit nor mark, known by where they stand and how
they are written: a photo story's run of short sentences in the present between paragraphs
that tell the story at length ("Chefs prepare dishes at the contest." / "The stall is
crowded with visitors."), a picture's people named with a participle and no verb of a
sentence ("Minister X welcomed by Mayor Y."), and the text of a post embedded in the page
(``embedded_posts``)."""

from __future__ import annotations

import re

from dossier.clean.embedded_posts import is_post_text
from dossier.clean.lines import HANGUL
from dossier.clean.shapes import paragraph_like
from dossier.clean.short_captions import in_a_list
from dossier.clean.units import Unit

MIN_RUN = 3  # captions one under another: a photo story, not a short paragraph
MIN_RUN_WORDS, MAX_RUN_WORDS = 4, 20
MIN_TOLD_PARAGRAPHS = 2
MIN_TOLD_MEDIAN_WORDS = 30  # the page's other paragraphs, told at length
# a caption shows the present; a story's short sentence tells, reports, plans or points
# back to the one above it ("They finally agree …", "It surpassed …", "… the company said.")
_TOLD = re.compile(
    r"\b(?:was|were|had|did|will|would|could|should|said|says|say|told|according|added|"
    r"also|too|again|however|meanwhile|then|finally|you|your|i|we|our)\b|"
    r"^(?:This|These|Those|Such|It|They|He|She|Its|Their|His|Her)\s",
    re.I,
)
_ORDINAL = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b")  # "the 9th festival": a name's


def _gallery_line(unit: Unit) -> bool:
    """One short sentence of a caption's: no quote, no figure but an edition's, no clause
    that tells, reports or points back."""
    text = unit.text
    words = text.split()
    return (
        len(unit.lines) == 1
        and MIN_RUN_WORDS <= len(words) <= MAX_RUN_WORDS
        and text.endswith(".")
        and ". " not in text[:-1]
        and not any(mark in text for mark in '"“”:;!?()')
        and not any(c.isdigit() for c in _ORDINAL.sub("", text))
        and _TOLD.search(text) is None
        and HANGUL.search(text) is None
    )


def in_gallery_run(units: list[Unit], index: int) -> bool:
    """The line is one of at least three short present-tense sentences one under another,
    no item of a list, on a page whose other paragraphs run long (a median of 30 words or
    more): the captions of a photo story, its pictures left out. A page written in short
    paragraphs throughout (a film's plot told in the present) is not one."""
    if not _gallery_line(units[index]) or in_a_list(units, index):
        return False
    start = index
    while start > 0 and _gallery_line(units[start - 1]):
        start -= 1
    end = index + 1
    while end < len(units) and _gallery_line(units[end]):
        end += 1
    if end - start < MIN_RUN:
        return False
    told = sorted(
        len(u.text.split())
        for u in units[:start] + units[end:]
        if paragraph_like(u) and not u.caption
    )
    return (
        len(told) >= MIN_TOLD_PARAGRAPHS
        and told[len(told) // 2] >= MIN_TOLD_MEDIAN_WORDS
    )


# "Minister X welcomed by Mayor Y.", "Ambassador X and his wife welcoming guests at the
# entrance.": who is in the picture, by name or title, then a participle and no verb of a
# sentence; a story's sentence has one ("X was welcomed by …", "X welcomed …")
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|of|the|and|&|couple|wife|husband|spouse|his|her)"
_PARTICIPLE_SCENE = re.compile(
    rf"^[A-Z][\w.'’-]*(?:\s{_NAME_WORD}){{1,12}}?\s"
    r"(?:(?:welcomed|greeted|received|accompanied|flanked|escorted|surrounded)\sby|"
    r"(?:welcoming|greeting|receiving|shaking hands with|posing for|presenting|"
    r"handing over|talking with|chatting with|inspecting|touring|visiting|attending|"
    r"cutting|signing|waving|delivering)\s)"
    r"[^.;:!?\"“”]{3,160}\.?$"
)
_SENTENCE_VERBS = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|told|after|before|"
    r"while|when|which|who|that)\b",
    re.I,
)
MAX_PARTICIPLE_WORDS = 30


def is_participle_scene(unit: Unit) -> bool:
    """A line naming who is in the picture and what they are doing, in a participle, with
    no verb a sentence needs: a caption, wherever it stands (a hard-wrapped copy may break
    it in two)."""
    text = unit.text
    scene = _PARTICIPLE_SCENE.match(text)
    return (
        scene is not None
        and len(text.split()) <= MAX_PARTICIPLE_WORDS
        and _SENTENCE_VERBS.search(text) is None
    )


def is_unmarked_caption(units: list[Unit], index: int) -> bool:
    """A caption between paragraphs with neither credit nor mark (see the module's note)."""
    return in_gallery_run(units, index) or is_post_text(units, index)
