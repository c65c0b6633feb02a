"""A page that opens on the first of its numbered sections, no headline above it: "1. Hôn
nhân có yếu tố nước ngoài" … "2. …", "01. 출국" … "02. 도착": the section's heading is
no headline."""

from __future__ import annotations

import re

from dossier.clean.units import Unit

# "1. ", "01. ", "1) ": the first section's number, a heading after it
_FIRST = re.compile(r"0?1[.)]\s+\S")
_NEXT = re.compile(r"0?2[.)]\s+\S")


def first_section(units: list[Unit], index: int) -> bool:
    """The unit ``index``, the page's first, heads the first of numbered sections: it
    opens on "1." and a heading below opens on "2." the same way, no story paragraph
    ended by its full stop (a number of a list's item alone is no section: the second
    must be there; a newsletter's first item under its list of contents is the story's
    headline)."""
    first = index == 0 and _FIRST.match(units[index].text)
    if not first:
        return False
    shape = "0" if units[index].text.startswith("0") else ""
    return any(
        (second := _NEXT.match(unit.text))
        and second.group(0).startswith(shape + "2")
        and not unit.text.rstrip().endswith(".")  # "2. The next step is …, he said."
        for unit in units[index + 1 :]
    )
