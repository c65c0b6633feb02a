"""A label a page sets over a section of its story, closed by a colon: "Partners:", "Joint
Research Programme:". It names what follows as a heading does, in a word or in title case;
a story's sentence that leads into a list says something of it in lower case ("The two
sides agreed on:", "General information about the project:"), and is a paragraph."""

from __future__ import annotations

import re

from dossier.clean.numbered_headings import is_numbered_heading
from dossier.clean.question_headings import is_question_heading
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit
from dossier.text import words_of

MAX_LABEL_WORDS = 8
# the words an interview's or a transcript's speaker label opens with: a role or a title
SPEAKERS = frozenset(
    words_of(
        "Reporter Interviewer Host Anchor Moderator Question Answer Q A Guest Ambassador "
        "Minister President Chairman Chairwoman Director Governor Mayor Professor Prof "
        "Dr Mr Ms Mrs Miss Sir Madam Speaker Vice Deputy Consul Secretary General"
    )
)
MIN_CAPITALISED = 4  # letters of the words a title-case label capitalises
# words in Latin letters, each a name's word or a short joining word ("of", "to", "the")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][\wÀ-ɏ'’&.–-]*")


def is_section_label(unit: Unit) -> bool:
    """One line of a few words closed by its only colon, each long word capitalised and
    not all in capitals (a transcript's "ANCHOR:" labels a speaker): "Authors:",
    "Memorandum of Understanding:"."""
    text = unit.text.strip()
    if len(unit.lines) != 1 or not text.endswith(":") or text.count(":") != 1:
        return False
    words = text[:-1].split()
    if not 1 <= len(words) <= MAX_LABEL_WORDS:
        return False
    if not all(_LATIN_WORD.fullmatch(word) for word in words):
        return False
    if text[:-1].isupper() or words[0].rstrip(".") in SPEAKERS:
        return False  # "ANCHOR:", "Reporter:", "Ambassador Park:": who speaks next
    long = [w for w in words if len(w) >= MIN_CAPITALISED]
    if len(words) == 1:
        return words[0][:1].isupper()
    return len(long) >= 2 and all(w[:1].isupper() for w in long)


def heads_a_section(units: list[Unit], index: int) -> bool:
    """A heading between a story's paragraphs that a line's shape alone does not show:
    a question ("Why Vietnam?"), a label closed by a colon ("Partners:") or a numbered
    section's title ("1. Factors that led to …")."""
    return (
        is_question_heading(units, index)
        or is_section_label(units[index])
        or is_numbered_heading(units, index)
    )


MAX_NAME_WORDS = 3


def labels_the_story(units: list[Unit]) -> bool:
    """The first unit under the headline is a section's name, not the story's start: a
    line of one to three capitalised words ("Exhibition News"), no byline, with a
    paragraph right under it."""
    first = units[0]
    words = first.text.split()
    return (
        len(units) > 1
        and len(first.lines) == 1
        and not first.caption
        and 1 <= len(words) <= MAX_NAME_WORDS
        and all(w[0].isupper() and w.isalpha() for w in words)
        and paragraph_like(units[1])
    )
