"""What a page sets under its story that is none of it: the outlet's blurb about itself
("Harbour Weekly Magazine features stories of …", "BERNAMA, Malaysia's national news
agency, delivers …"), below the page's foot furniture, and a box of the layout's table
at the story's end ("| The law on … |"), the story itself set in no table."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean import notes
from dossier.clean.broadcast_furniture import without_broadcast_furniture
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit, drop_unit
from dossier.model import DroppedLine

# the site's name, ending on what it is ("… Magazine", "… News", "… Times"), then what it
# does, told in the present
_PUBLICATION = (
    r"(?:Magazine|News|Times|Daily|Post|Herald|Journal|Weekly|Monthly|Review|Media|"
    r"Online|Radio|TV|Network|Insider|Gazette|Tribune|Chronicle)"
)
_SITE_BLURB = re.compile(
    rf"(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{0,4}}{_PUBLICATION}\s+"
    r"(?:features|covers|brings|delivers|offers|provides|publishes|is)\s"
)
# what a site says of itself: the stories, news and readers it has
_ABOUT_ITSELF = re.compile(
    r"\b(?:stories|news|readers|coverage|articles|trends|lifestyle|updates)\b", re.I
)


def is_foot_blurb(units: list[Unit], index: int, names: meta.Outlets) -> bool:
    """A known outlet's description of itself in apposition; or a site's blurb about
    itself, set apart from the story by furniture (the unit above is no paragraph)."""
    text = units[index].text
    if notes.is_outlet_blurb(text, names):
        return True
    return (
        index > 0
        and not paragraph_like(units[index - 1])
        and len(text.split()) <= notes.MAX_BIO_WORDS
        and _SITE_BLURB.match(text) is not None
        and _ABOUT_ITSELF.search(text) is not None
    )


TABLE_BOX = "table box under the story"


def _celled(unit: Unit) -> bool:
    return unit.text.startswith("| ")


def without_foot_cells(dropped: list[DroppedLine], units: list[Unit]) -> list[Unit]:
    """The units without the table's cells at the story's end ("| Luật … |", cut off or
    closed), where no paragraph of the story above stands in a cell (each logged)."""
    end = len(units)
    while end > 0 and not units[end - 1].caption and _celled(units[end - 1]):
        end -= 1
    story = [u for u in units[:end] if not u.caption and paragraph_like(u)]
    if end == len(units) or len(story) < 2 or any(_celled(u) for u in story):
        return units
    for unit in units[end:]:
        drop_unit(dropped, unit, TABLE_BOX)
    return units[:end]


AUTHOR_BIO = "author's bio"
MAX_UNDER_BIO = 2  # link labels between the bio and the name signing it


def without_signed_bio(
    dropped: list[DroppedLine], units: list[Unit], names: meta.Outlets
) -> list[Unit]:
    """The units without the bio of the writer whose name alone signs the page's foot
    ("Dr X is Deputy Director at …" / "Click here for full text" / "Dr. X"): the bio and
    what stands under it, above the name, are logged; the name stays, a byline."""
    if len(units) < 3 or len(units[-1].lines) != 1:
        return units
    signed = meta.byline(units[-1].text, names, alone=True)
    if not signed:
        return units
    for index in range(len(units) - 2, max(0, len(units) - 3 - MAX_UNDER_BIO), -1):
        unit = units[index]
        if not unit.caption and notes.is_author_bio(unit.text, list(signed)):
            drop_unit(dropped, unit, AUTHOR_BIO)
            for under in units[index + 1 : -1]:
                drop_unit(dropped, under, "after the story")
            return [*units[:index], units[-1]]
        if paragraph_like(unit):
            break
    return units


def without_foot_asides(
    dropped: list[DroppedLine], units: list[Unit], names: meta.Outlets
) -> list[Unit]:
    """The units without a signed writer's bio and a table's box at the story's end,
    and without a broadcast's player and programme line (``broadcast_furniture``)."""
    units = without_broadcast_furniture(dropped, units)
    return without_foot_cells(dropped, without_signed_bio(dropped, units, names))
