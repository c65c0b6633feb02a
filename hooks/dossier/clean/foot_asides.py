"""What a page sets under its story that is none of it: the outlet's blurb about itself
("Harbour Weekly Magazine features stories of …", "BERNAMA, Malaysia's national news
agency, delivers …"), below the page's foot furniture, and a box of the layout's table
at the story's end ("| The law on … |"), the story itself set in no table."""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean import notes
from dossier.clean.broadcast_furniture import without_broadcast_furniture
from dossier.clean.edges import END_MARK, PUBLICATION_HEAD
from dossier.clean.honorifics import without_title
from dossier.clean.shapes import paragraph_like
from dossier.clean.units import Unit, drop_unit
from dossier.model import DroppedLine

# the site's name, one to four words ending on what it is ("… Magazine", "… News"), then
# what it does, told in the present
_SITE_BLURB = re.compile(
    rf"(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){{1,4}}{PUBLICATION_HEAD}\s+"
    r"(?:features|covers|brings|delivers|offers|provides|publishes|is)\s"
)
# what a site says of itself: the stories, news and readers it has
_ABOUT_ITSELF = re.compile(
    r"\b(?:stories|news|readers|coverage|articles|trends|lifestyle|updates)\b", re.I
)


MAX_MENU_WORDS = 4  # a menu's link label ("Dine & Drink", "Travel")


def _menu_item(unit: Unit) -> bool:
    return (
        not unit.caption
        and len(unit.lines) == 1
        and len(unit.text.split()) <= MAX_MENU_WORDS
        and not paragraph_like(unit)
    )


def _under_foot_line(units: list[Unit], index: int, names: meta.Outlets) -> bool:
    """The unit above is the page's furniture: a byline or a credit, or the last of a
    menu's link labels (two short lines running); not a subheading nor a caption."""
    above = units[index - 1]
    if above.caption:
        return False
    if meta.byline(above.text, names, alone=True):
        return True
    return index > 1 and _menu_item(above) and _menu_item(units[index - 2])


def is_foot_blurb(units: list[Unit], index: int, names: meta.Outlets) -> bool:
    """A known outlet's description of itself in apposition; or a site's blurb about
    itself, set apart from the story by its furniture (a credit, a menu above it)."""
    text = units[index].text
    if notes.is_outlet_blurb(text, names):
        return True
    return (
        index > 0
        and len(text.split()) <= notes.MAX_BIO_WORDS
        and _SITE_BLURB.match(text) is not None
        and _ABOUT_ITSELF.search(text) is not None
        and _under_foot_line(units, index, names)
    )


TABLE_BOX = "table box under the story"


def _celled(unit: Unit) -> bool:
    return unit.text.startswith("| ")


# "| [Luật lao động](https://…) |": a cell holding a link, the layout's, not the story's
_LINKED_CELL = re.compile(r"\]\(|https?://")


def without_foot_cells(dropped: list[DroppedLine], units: list[Unit]) -> list[Unit]:
    """The units without the table's cells at the story's end ("| Luật … |", cut off or
    closed), where no paragraph of the story above stands in a cell, and the story is
    signed off above them (the wire's end mark) or every cell holds a link (each
    logged): a story's own list set in cells ("… as follows." / "| Rice: …") stays."""
    end = len(units)
    while end > 0 and not units[end - 1].caption and _celled(units[end - 1]):
        end -= 1
    story = [u for u in units[:end] if not u.caption and paragraph_like(u)]
    if end == len(units) or len(story) < 2 or any(_celled(u) for u in story):
        return units
    signed = END_MARK.search(units[end - 1].text) is not None
    if not signed and not all(_LINKED_CELL.search(u.text) for u in units[end:]):
        return units
    for unit in units[end:]:
        drop_unit(dropped, unit, TABLE_BOX)
    return units[:end]


AUTHOR_BIO = "author's bio"
MAX_UNDER_BIO = 2  # link labels between the bio and the name signing it


# a source quoted in the story's last paragraph ("…, and he said …"), never a bio
_QUOTED = re.compile(r"[\"“”]|\b(?:said|says|told|added)\b")


def _signed_bio(text: str, signed: list[str]) -> bool:
    """``Dr X is Deputy Director at …`` over ``Dr. X``: the whole name signing the foot,
    its title taken off, then a bio's verb; no one quoted."""
    bare = without_title(text.lstrip("*†‡ "))  # "Dr X is …": the title is no name
    return (
        len(text.split()) <= notes.MAX_BIO_WORDS
        and any(
            bare.startswith(name) and notes.BIO_VERB.match(bare, len(name))
            for name in signed
        )
        and _QUOTED.search(text) is None
    )


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
        if not unit.caption and _signed_bio(unit.text, list(signed)):
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
