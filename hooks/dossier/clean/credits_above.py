"""Whether the page's date or byline stands between its headline and a unit: a
standfirst printed there opens the body, where a deck stands above them."""

from __future__ import annotations

from dossier.clean.evidence import Evidence
from dossier.clean.units import Unit
from dossier.model import HEADLINE


def under_the_credits(read, unit: Unit, evidence: Evidence) -> bool:
    """The page's date or byline stands between the headline and ``unit``: a standfirst
    printed there opens the body (The Hanoi Times), where a deck stands above them."""
    top = next((p.line for p in read.passages if p.kind == HEADLINE), None)
    if top is None:
        return False
    credits = evidence.dated_lines | {
        d.line for d in read.dropped if d.reason == "byline"
    }
    return any(top < line < unit.number for line in credits)
