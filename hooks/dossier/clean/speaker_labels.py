"""A broadcaster's web copy of a news item sets who speaks on a line of its own, the name
and a slash and the speaker's role ("Lee Min-ho / Film director", "Tran Thi Mai / Tour
guide"), and the words said as the paragraph under it. The label opens that speaker's
turn: one paragraph, the label kept ("Lee Min-ho / Film director We hoped …"), as a
transcript keeps its speakers' labels; no subheading over the paragraph. An interview's
questions and answers are its turns too (``interview_turns``)."""

from __future__ import annotations

import re

from dossier.clean.interview_turns import interview_turns
from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit

# "Lee Min-ho", "Tran Thi Mai", "김민수": a name of two to four words, each capitalised
# (or Hangul), then " / " and a role of one to six words with no figure, no full stop,
# no address ("Seoul / Hanoi" names no person's role: a role has a small word or two words)
_NAME = r"(?:[A-ZÀ-ỸĐ][\w'’.-]*\s){1,3}[A-ZÀ-ỸĐ][\w'’-]*|[가-힣]{2,4}"
_ROLE = r"[^\W\d_][^\d/.:!?@\n]{1,60}"
_LABEL = re.compile(rf"(?:{_NAME})\s/\s{_ROLE}")
MAX_LABEL_WORDS = 10


def is_speaker_label(unit: Unit) -> bool:
    """One short line "Name / role", ending no sentence."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and not unit.caption
        and len(text.split()) <= MAX_LABEL_WORDS
        and not text.endswith(SENTENCE_END)
        and _LABEL.fullmatch(text) is not None
    )


def joined_speaker_labels(units: list[Unit]) -> list[Unit]:
    """``units`` with each speaker's label between two paragraphs of the story joined to
    the paragraph under it (the words the speaker says), and an interview's questions
    and answers each a turn of its own."""
    joined: list[Unit] = []
    index = 0
    while index < len(units):
        unit = units[index]
        below = units[index + 1] if index + 1 < len(units) else None
        if (
            joined
            and below is not None
            and paragraph_like(joined[-1])
            and not below.caption
            and paragraph_like(below)
            and is_speaker_label(unit)
        ):
            joined.append(
                Unit([*unit.lines, *below.lines], kept=unit.kept or below.kept)
            )
            index += 2
            continue
        joined.append(unit)
        index += 1
    return interview_turns(joined)
