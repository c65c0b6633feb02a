"""Where an unstopped line of a caption's length may stand besides over a paragraph: set
on two lines by a page that wraps none of its paragraphs, or over a crosshead with the story
going on under it. Neither place is a sign when the line tells what is to come (a story's
plan: "… sẽ thành lập …", "… will go to …")."""

from __future__ import annotations

import re

from dossier.clean.paragraphs import SENTENCE_END
from dossier.clean.shapes import is_subheading, paragraph_like
from dossier.clean.units import Unit, next_unit

# what is to come: a story's plan, no picture's scene (asked of the wrapped line and the
# line over a crosshead; a one-line caption may tell what a site will become)
_TO_COME = re.compile(r"(?<!\w)(?:will|would|sẽ)(?!\w)")


def tells_what_is_to_come(text: str) -> bool:
    return _TO_COME.search(text) is not None


def wrapped_alone(units: list[Unit], index: int) -> bool:
    """Two lines, on a page that sets every other paragraph on one line (the one below
    longer than the first): the page wrapped the caption, not its paragraphs."""
    unit, below = units[index], next_unit(units, index)
    return (
        len(unit.lines) == 2
        and below is not None
        and len(below.lines) == 1
        and len(below.text) > len(unit.lines[0].text)
        and all(
            len(other.lines) == 1
            for other in units
            if other is not unit and paragraph_like(other)
        )
    )


def over_crosshead(units: list[Unit], index: int) -> bool:
    """A crosshead stands under the line and a stopped paragraph under the crosshead (a
    run of short unstopped lines is a list, no crosshead)."""
    below, after = next_unit(units, index), next_unit(units, index + 1)
    return (
        below is not None
        and is_subheading(below)
        and after is not None
        and paragraph_like(after)
        and after.text.endswith(SENTENCE_END)
    )
