"""An outlet a page names only in a picture's credit ("… — Photo example.vn", "… - Ảnh:
Báo Mẫu"): where the picture came from, not who published the page. On a page whose
address names its site, the site is the outlet (``site_names.named_site``)."""

from __future__ import annotations

import re

from dossier.clean.metadata import Outlets
from dossier.clean.photo_credits import credit_of
from dossier.text import fold


def _spellings(outlet: str, names: Outlets) -> re.Pattern[str]:
    """The outlet's spellings outlets.yml lists (and its own), whole, in folded text."""
    spelt = {fold(outlet)} | {
        key for key, name in names.names.items() if name == outlet
    }
    longest = sorted(filter(None, spelt), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, longest)) + r")(?!\w)")


def only_in_credits(outlet: str, text: str, names: Outlets) -> bool:
    """``outlet`` is named in a picture's credit and nowhere else in ``text``."""
    spelt = _spellings(outlet, names)
    credited = False
    for line in text.splitlines():
        credit = credit_of(line)
        rest = line[: len(line) - len(credit)]
        if spelt.search(fold(rest)):
            return False
        credited = credited or bool(credit and spelt.search(fold(credit)))
    return credited
