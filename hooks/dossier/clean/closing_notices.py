"""A rights notice closes the page: what stands under the first one below the story
("저작권자 © … 무단전재 및 재배포 금지", "Copyright © … All rights reserved") is the page's
foot, however long (a comment policy, a menu word, the site's next story)."""

from __future__ import annotations

from dossier.clean.shapes import paragraph_like
from dossier.clean.tail import MIN_STORY_UNITS
from dossier.clean.units import Unit

# the reasons a line closing the page is dropped for
CLOSING = frozenset(("copyright line",))


def closed_by_copyright(units: list[Unit], lines: list[int]) -> int:
    """How many units stand above the first of the notices on ``lines`` that stands
    below two paragraphs of the story; all of them if none does."""
    told, above = 0, 0  # paragraphs so far, the line the story has reached
    for index, unit in enumerate(units):
        if told >= MIN_STORY_UNITS and any(above < n < unit.number for n in lines):
            return index
        told += paragraph_like(unit)
        above = unit.lines[-1].number
    return len(units)
