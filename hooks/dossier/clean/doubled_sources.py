"""A carried story's credit as an aggregator prints it over the story: the paper's name
twice, run together (its logo's text, then its name), then the date, no space between
("Báo Mẫu HìnhBáo Mẫu Hình21/02/2024"). The paper named is the story's outlet, as a
"Source:" line names it; a name printed twice with a space between ("Hà Nội Hà Nội"),
or a date alone, is no such credit."""

from __future__ import annotations

import re

from dossier.clean.dates import find_date

# the name ends on a letter and its copy starts right after it; the date follows, a
# time perhaps after it
_DOUBLED = re.compile(
    r"(?P<name>\w[^\d]{1,60}?\w)(?P=name)\s?"
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})"
    r"(?:\s+\d{1,2}:\d{2})?"
)
MAX_NAME_WORDS = 8


def doubled_source(text: str) -> tuple[str, str] | None:
    """The paper and the date of a line of its name printed twice run together, then
    the date: ``("Báo Mẫu Hình", "2024-02-21")``."""
    doubled = _DOUBLED.fullmatch(text.strip())
    if not doubled or len(doubled["name"].split()) > MAX_NAME_WORDS:
        return None
    date = find_date(doubled["date"])
    return (doubled["name"], date) if date else None
