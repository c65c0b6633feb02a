"""The page's author once its story is read: the byline found, else the credit signing
the story's foot (``tail.signature_credit``); never the site's own account, a single word
that spells the site's address ("작성자 Xinchaokorea" on xinchaokorea.co.kr: the board's
post details naming the site, no person)."""

from __future__ import annotations

import re

from dossier.clean.metadata import Outlets
from dossier.clean.outlet_lines import site_host
from dossier.clean.tail import signature_credit
from dossier.model import DroppedLine, Passage
from dossier.text import fold

MIN_SPELT_WORD = 5  # letters of a one-word name an address spells: not "kbs", "vov"


def page_author(
    found: str | None,
    dropped: list[DroppedLine],
    passages: list[Passage],
    names: Outlets,
    url: str | None,
) -> str | None:
    """``found``, or the foot's signature where there is none; None for the site's own
    name as a one-word writer."""
    author = found or signature_credit(dropped, passages, names)
    if author and url and " " not in author and spells_site_word(author, url):
        return None
    return author


def spells_site_word(word: str, url: str) -> bool:
    """The one word is a whole part of the site's address, before its ending:
    "Xinchaokorea" on xinchaokorea.co.kr."""
    spelt = re.sub(r"[^0-9a-z]", "", fold(word))
    parts = [part.replace("-", "") for part in site_host(url).split(".")[:-1]]
    return len(spelt) >= MIN_SPELT_WORD and spelt in parts
