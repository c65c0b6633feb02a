"""Credits in a page's head the story's byline reading does not see.

- The date line between two copies of the headline (the page's title, then the article's
  headline a few lines under it: "Headline" / "10-05-2025 20:25" / "Headline") is the
  story's own, as one under the headline is; it is no site's clock over the menus, which
  stands above both.
- A name standing right over the post's date row in the page's head ("Huyền PT" /
  "2025.08.22 Thích 0 Lượt xem 521", a user's handle "reader2704" over it) is the post's
  writer, where no byline names one; it was dropped as a label above or under the headline.
"""

from __future__ import annotations

import re

from dossier.clean import metadata as meta
from dossier.clean.evidence import Evidence
from dossier.clean.people import is_person_name
from dossier.clean.units import Unit
from dossier.model import DroppedLine
from dossier.places import is_country
from dossier.text import fold

MAX_COPY_SPAN = 8  # lines from the headline's copy above it to the headline
# a site's user name: small letters, with a digit or an underscore in it ("minh_anh",
# "reader2704"; not a word, "admin")
_HANDLE = re.compile(r"(?=[a-z0-9_.]*[\d_])[a-z][a-z0-9_.]{3,29}")
HEAD_LABELS = ("section label", "title line above the story")  # a head's lines, dropped


def dates_from(units: list[Unit], found: int | None) -> int:
    """The line from which a date line counts as the story's own: the headline's
    (``units[found]``), or that of its copy a few lines above it."""
    if found is None:
        return 0
    top = units[found].number
    shown = fold(" ".join(units[found].text.split()))
    for unit in units[:found]:
        if (
            top - unit.number <= MAX_COPY_SPAN
            and fold(" ".join(unit.text.split())) == shown
        ):
            return unit.number
    return top


def names_over_date(
    dropped: list[DroppedLine], evidence: Evidence, names: meta.Outlets
) -> list[str]:
    """The writer named right over the post's date row in the page's head, where nothing
    else names one."""
    if evidence.authors:
        return []
    found: list[str] = []
    for line in dropped:
        if line.reason not in HEAD_LABELS or line.line + 1 not in evidence.dated_lines:
            continue
        text = line.text.strip()
        if names.find(text) or _body(text):
            continue
        if _HANDLE.fullmatch(text):
            found.append(text)
        elif (named := meta.byline(text, names, alone=True)) and all(
            map(is_person_name, named)
        ):
            found.extend(named)
    return found


def _body(name: str) -> bool:
    """A body's name, no person's: the page's own over its post's date ("KOICA Vietnam" /
    "5 June 2025 at 16:02", a social page's post), by an acronym among words in small
    letters or a country's name among its words."""
    words = name.split()
    acronym = not name.isupper() and any(w.isupper() and len(w) >= 3 for w in words)
    return acronym or any(is_country(word) for word in words)
