"""Names standing above a headline that are no masthead of the page's outlet.

A site prints its section's or column's name over the headline ("Asia Desk" on a
magazine's site, "The Harbour" on an institute's blog): an unknown name there gives way
to the site the page's address names, when outlets.yml lists it or the page spells the
site's name out ("Example Institute" for example-institute.org). A name with an outlet's
word in it ("… Daily", "Báo …", "…일보") may be another publisher's whose copy the site
carries, and stays; so does a shorter spelling of the site's own name ("Hai Duong Portal"
on the site listed as "Hai Duong City Portal"). A person's name there ("Nguyễn Văn An"
over the headline) is its writer's, no masthead (``people.is_writer_name``).
"""

from __future__ import annotations

import re

from dossier.clean.bylines import KOREAN_OUTLET_WORD
from dossier.clean.metadata import PAPER_WORD, Outlets
from dossier.clean.outlet_lines import site_outlet
from dossier.clean.site_names import site_named
from dossier.text import fold

_OUTLET_WORD = re.compile(
    rf"\b{PAPER_WORD}\b|^(?:Báo|Tạp chí|Đài|Cổng|Kênh)\s|"
    rf"{KOREAN_OUTLET_WORD.pattern.removesuffix('$')}(?:\s|$)|\w\.[a-z]{{2,4}}\b"
)


def site_over_masthead(outlet: str, url: str | None, text: str, names: Outlets) -> str:
    """The outlet of a page whose only evidence of one is an unknown name above its
    headline (``outlet``): the site its address ``url`` names, when outlets.yml lists it
    or the page spells it out, unless the name is an outlet's by its word or agrees
    with the site's."""
    if not url or names.find(outlet) or _OUTLET_WORD.search(outlet):
        return outlet
    site = site_outlet(url, names) or site_named(url, text)
    if not site or _agrees(outlet, site):
        return outlet
    return site


def _agrees(outlet: str, site: str) -> bool:
    """Every word of the one name is in the other: the same outlet spelt shorter."""
    words, site_words = set(fold(outlet).split()), set(fold(site).split())
    return words <= site_words or site_words <= words
