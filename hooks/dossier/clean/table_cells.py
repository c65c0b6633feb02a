"""A picture's caption set in a table of one cell, as pages copied with their layout
tables print it: the cell's borders on both sides of the caption, alone on its line
("| Lãnh đạo hai bên ký kết hợp đồng thuê đất tại khu công nghiệp |"), often under the
picture's own cell ("![]() |")."""

from __future__ import annotations

import re

from dossier.clean.units import Unit

# "| … |": one cell, its border opening and closing the line (not a row of cells, "| 2024
# | 1,200 |", nor a lead after its byline's cell, "| 한스경제=X 기자 | 봉화군은 …")
_ONE_CELL = re.compile(r"\|\s+\S(?:(?!\s\|\s).)*?\S\s+\|")


def is_caption_cell(unit: Unit) -> bool:
    """One line that is a table's one cell: a picture's caption, whatever it says."""
    return len(unit.lines) == 1 and _ONE_CELL.fullmatch(unit.text) is not None
