"""The reporter in a page's list of credits, beside the date: ``• Paul Kim`` over ``• 승인
2019.09.27 14:04``."""

from __future__ import annotations

from dossier.clean.bylines import listed_korean_name
from dossier.clean.dates import find_date
from dossier.clean.lines import LISTED, Furniture, Line
from dossier.clean.metadata import byline, outlets


def listed_byline(
    line: Line, below: Line | None, above: Line | None = None
) -> Furniture | None:
    """``• Paul Kim`` over ``• 승인 2019.09.27 14:04`` (or under ``• 28 October 2014``):
    the reporter in the page's list of credits, the date beside it."""
    item = LISTED.fullmatch(line.text)
    dated = any(
        near is not None and LISTED.fullmatch(near.text) and find_date(near.text)
        for near in (below, above)
    )
    if not item or not dated:
        return None
    authors = byline(item.group(1), outlets(), alone=True)
    if not authors and (name := listed_korean_name(item.group(1), outlets())):
        authors = (name,)
    return Furniture("byline", authors=authors, line=line.number) if authors else None
