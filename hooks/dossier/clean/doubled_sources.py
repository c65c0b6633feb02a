"""A carried story's credit as an aggregator prints it over the story: the paper's name
twice, run together (its logo's text, then its name), then the date, no space between
("Báo Mẫu HìnhBáo Mẫu Hình21/02/2024"). The paper named is the story's outlet, as a
"Source:" line names it, when the name is an outlet's: listed in outlets.yml, or
carrying a paper's word ("Báo …", "… Times", a domain). Anything else printed twice so
is a writer's name under an avatar, a section's label, a place or a headline, no
outlet; a name printed twice with a space between ("Hà Nội Hà Nội"), or a date alone,
is no such credit."""

from __future__ import annotations

import re

from dossier.clean.dates import find_date
from dossier.clean.metadata import Outlets
from dossier.clean.outlet_words import OUTLET_WORD

# the name starts and ends on a letter or a digit ("Kenh14") and its copy starts right
# after it; the date follows, after a dash, a comma or a dot perhaps, a time after it
_DOUBLED = re.compile(
    r"(?P<name>\w.{1,60}?\w)(?P=name)(?:\s?|\s*[-–,·]\s*)"
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})"
    r"(?:\s+\d{1,2}:\d{2})?"
)
MAX_NAME_WORDS = 8


def doubled_source(text: str, outlets: Outlets) -> tuple[str, str] | None:
    """The paper and the date of a line of an outlet's name printed twice run together,
    then the date: ``("Báo Mẫu Hình", "2024-02-21")``; the name as ``outlets`` lists it
    ("VnExpressVnExpress21/02/2024": VnExpress)."""
    doubled = _DOUBLED.fullmatch(text.strip())
    if not doubled or len(doubled["name"].split()) > MAX_NAME_WORDS:
        return None
    name = doubled["name"]
    paper = outlets.find(name) or (OUTLET_WORD.search(name) and name)
    date = find_date(doubled["date"])
    return (paper, date) if paper and date else None
