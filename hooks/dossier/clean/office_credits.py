"""A Vietnamese office's credit closing its story: the writer's initials, then the office
or the source, in brackets (``(T.M., Sở Ngoại vụ tỉnh Lam Sơn)``). The initials sign the
story, as they do alone on its last line; a credit without them (``(AP, Reuters)``, two
agencies; ``(Sở Ngoại vụ …)``, a source alone) names no writer."""

from __future__ import annotations

import re

from dossier.clean.metadata import Outlets, byline

INITIALS_AND_OFFICE = "initials and office"  # the clutter rule's reason (clutter.yml)
# what stands before the first comma inside the brackets
_FIRST_PART = re.compile(r"\(\s*(?P<initials>[^,()]{1,12}?)\s*,")


def office_initials(text: str, outlets: Outlets) -> tuple[str, ...]:
    """The writer's initials an office's bracketed credit opens with, if dotted ones
    ("T.M.", "N.T.H."; not "AP", an agency, nor "U.S.", a country)."""
    first = _FIRST_PART.match(text.strip())
    initials = first["initials"] if first else ""
    if "." not in initials or outlets.find(initials):
        return ()
    found = byline(initials, outlets, alone=True)
    return found if found == (initials,) else ()
