"""Whether a unit of the page is its byline, and the authors it names: by its shape (a
bare name, a list of names, names with a place), where it stands (the story's edge, the
page's date line) and what it says ("By …", an address, the place it was filed from)."""

from __future__ import annotations

from dossier.clean import forms
from dossier.clean import metadata as meta
from dossier.clean.cut_bylines import cut_off_name
from dossier.clean.evidence import Evidence
from dossier.clean.headline import BARE_BYLINE
from dossier.clean.people import is_person_name
from dossier.clean.tail import signs
from dossier.clean.units import Unit
from dossier.places import is_place_name


def byline_shaped(unit: Unit, dated: frozenset[int] = frozenset()) -> bool:
    """A byline's shape; names with a place (``Jane Roe in Hanoi``) only over the date."""
    text = unit.text
    if unit.lines[-1].number + 1 in dated and forms.looks_like_byline(text):
        return True
    if forms.is_placed_byline([line.text for line in unit.lines]):
        return True
    return len(unit.lines) == 1 and bool(
        BARE_BYLINE.fullmatch(text) or meta.is_name_list(text)
    )


def unit_byline(
    unit: Unit,
    names: meta.Outlets,
    edge: bool,
    index: int,
    units: list[Unit],
    evidence: Evidence,
) -> tuple[str, ...] | None:
    """The authors a byline unit names: a name with where it was filed from or with an
    email address at the story's edge; a bare name alone at an edge, signing the story or
    next to the page's date line (``Nguyen Phuong Anh`` / ``Published …``), or a blank
    line from it."""
    if cut_off_name(units, index):  # "Deputy Prime M": the copy breaks off there
        return None
    near = evidence.next_to_date(unit.number, unit.lines[-1].number)
    if (edge or near) and (
        found := forms.byline([line.text for line in unit.lines], names)
    ):
        return found
    if len(unit.lines) == 2 and unit.text[:3].casefold() == "by ":
        return meta.byline(unit.text, names, alone=False)  # "By X (" / "x@…)"
    if len(unit.lines) > 1:
        return None
    if near and (found := forms.placed_line(unit.text, names)):
        return found
    alone = (unit.alone and edge) or near or index == 0 or signs(units, index)
    return meta.byline(unit.text, names, alone or _shown_twice(units, index))


def _shown_twice(units: list[Unit], index: int) -> bool:
    """A bare name printed twice in a row, a blank line between ("Kim Ha-eun" / "Kim
    Ha-eun"): the author's picture's caption, then the link to the author's page."""
    unit = units[index]
    below = units[index + 1] if index + 1 < len(units) else None
    return (
        below is not None
        and len(unit.lines) == len(below.lines) == 1
        and below.text == unit.text
        and bool(BARE_BYLINE.fullmatch(unit.text))
        and is_person_name(unit.text)  # no "Korea Trade Agency"
        and not is_place_name(unit.text)  # no "Hai Phong", a picture's caption
    )
